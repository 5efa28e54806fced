import ExcelJS from 'exceljs';

/** Limits of one import file (documented in the import wizard and the API). */
export const importLimits = { maxBytes: 20 * 1024 * 1024, maxRows: 100_000 };

/** Why a file was refused before looking at its rows. */
export type FileRefusal = 'IMPORT.NOT_SPREADSHEET' | 'IMPORT.EMPTY' | 'IMPORT.TOO_LARGE';

/** A read sheet: the header cells and the data rows as trimmed strings (row i is spreadsheet row i + 2). */
export interface Sheet {
  header: string[];
  rows: string[][];
}

const isZip = (b: Buffer) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value).trim();
}

async function readXlsx(buffer: Buffer): Promise<string[][] | null> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    out[n - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(out, (r) => r ?? []);
}

// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks.
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field.trim());
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field.trim());
    rows.push(row);
  }
  return rows;
}

/**
 * Reads an XLSX (first worksheet) or a UTF-8 CSV file into a header and data rows. Refuses a file over
 * the byte or row limit, one that is neither (binary, undecodable, a zip that is not a workbook), and
 * one without data rows. Blank rows are dropped but keep the numbering of the rows after them.
 */
export async function readSheet(buffer: Buffer): Promise<{ ok: true; sheet: Sheet; blankRows: Set<number> } | { ok: false; code: FileRefusal }> {
  if (buffer.length > importLimits.maxBytes) return { ok: false, code: 'IMPORT.TOO_LARGE' };
  if (buffer.length === 0) return { ok: false, code: 'IMPORT.EMPTY' };
  let table: string[][] | null;
  if (isZip(buffer)) table = await readXlsx(buffer);
  else {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch {
      return { ok: false, code: 'IMPORT.NOT_SPREADSHEET' };
    }
    // Control characters other than tab and line breaks mean a binary file, not text.
    for (let i = 0; i < Math.min(text.length, 65_536); i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return { ok: false, code: 'IMPORT.NOT_SPREADSHEET' };
    }
    table = readCsv(text.replace(/^\uFEFF/, ''));
  }
  if (table === null) return { ok: false, code: 'IMPORT.NOT_SPREADSHEET' };
  const [header, ...data] = table;
  if (!header || header.every((h) => h === '')) return { ok: false, code: 'IMPORT.EMPTY' };
  const blankRows = new Set<number>();
  data.forEach((r, i) => {
    if (r.every((c) => c === '')) blankRows.add(i);
  });
  if (data.length - blankRows.size === 0) return { ok: false, code: 'IMPORT.EMPTY' };
  if (data.length > importLimits.maxRows) return { ok: false, code: 'IMPORT.TOO_LARGE' };
  return { ok: true, sheet: { header: header.map((h) => h.trim()), rows: data }, blankRows };
}

/** Writes a table as XLSX (one worksheet) or CSV (UTF-8 with BOM so Excel opens Chinese correctly). */
export async function writeSheet(format: 'xlsx' | 'csv', name: string, header: string[], rows: (string | number | null)[][]): Promise<Buffer> {
  if (format === 'csv') {
    const esc = (v: string | number | null) => {
      const s = v === null ? '' : String(v);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    return Buffer.from(`\uFEFF${[header, ...rows].map((r) => r.map(esc).join(',')).join('\r\n')}\r\n`, 'utf8');
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r.map((v) => (v === null ? '' : v)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
