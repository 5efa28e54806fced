import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ImportEntity, ImportReport, Locale } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import { accountVisible } from '../../access/visibility';
import type { WriteContext } from '../../audit/record';
import type { Db } from '../../db/connect';
import { importBatches } from '../../db/schema-classes';
import type { Result } from '../../http/errors';
import { rowsOf } from '../classes/repo';
import { columnLabel, columnsOf, mapHeader, problemText } from './columns';
import { importLimits, readSheet, writeSheet } from './parse';
import { storeAccounts, storeContacts, storeSales, storeTargets, type StoreCounts } from './store';
import { storeInstallations } from './store-installations';
import { validateRows, type InputRow, type Lookups, type ParsedAccount, type ParsedContact, type ParsedInstallation, type ParsedSale, type ParsedTarget } from './validate';

async function loadLookups(db: Db, entity: ImportEntity, rows: InputRow[]): Promise<Lookups> {
  const accs = rowsOf<{ code: string; id: string; kind: string }>(await db.execute(sql`select external_code as code, id, kind from accounts where external_code is not null`));
  const units = entity === 'accounts' ? rowsOf<{ id: string }>(await db.execute(sql`select id from units`)) : [];
  const prods = entity === 'sales' ? rowsOf<{ model: string; id: string }>(await db.execute(sql`select model, id from products`)) : [];
  // Installations: which of the file's serials some sales line carries (the sale to trace them to).
  const wanted = entity === 'installations' ? [...new Set(rows.map((r) => r.cells.serial ?? '').filter((s) => s !== ''))] : [];
  const serials = wanted.length === 0 ? [] : rowsOf<{ s: string }>(await db.execute(sql`select distinct s from sales_lines, unnest(serial_numbers) s where s = any(${sql.param(wanted)}::text[])`));
  return {
    accounts: new Map(accs.map((a) => [a.code, { id: a.id, kind: a.kind }])), unitIds: new Set(units.map((u) => u.id)), products: new Map(prods.map((p) => [p.model, p.id])),
    serials: new Set(serials.map((r) => r.s)),
  };
}

/**
 * Imports a spreadsheet (XLSX or CSV) of accounts, contacts, sales lines, monthly targets or installation and
 * warranty registrations (which raise 窜货 alerts and dumping cases like a downline visit's finding).
 *
 * - A file that is not a spreadsheet, has no data rows, or exceeds the limits is refused with a coded error.
 * - Every bad cell of every row is reported (row number as in the spreadsheet, header = 1; column name and
 *   reason in `locale`).
 * - Dry run: validates and counts what would be created, updated and left unchanged; writes nothing.
 * - Commit is all-or-nothing: with any bad row nothing is stored (IMPORT.ROWS_INVALID, the errors in
 *   `details`); otherwise every row is stored in one transaction.
 * - Upserts by natural key (account external code, sales external reference, contact = account + name,
 *   target = account + month), so importing the same file twice changes nothing the second time.
 */
export async function importSpreadsheet(
  db: Db,
  opts: { entity: ImportEntity; buffer: Buffer; fileName: string; dryRun: boolean; locale: Locale; ctx: WriteContext },
): Promise<Result<ImportReport>> {
  const started = Date.now();
  const read = await readSheet(opts.buffer);
  if (!read.ok) return { ok: false, code: read.code, params: { maxRows: importLimits.maxRows, maxMb: importLimits.maxBytes / 1024 / 1024 } };
  const { index, missing } = mapHeader(opts.entity, read.sheet.header);
  if (missing.length > 0) return { ok: false, code: 'IMPORT.HEADER_INVALID', params: { missing: missing.map((c) => `${c.key} (${columnLabel(opts.locale, c)})`).join(', ') } };
  const rows: InputRow[] = [];
  read.sheet.rows.forEach((cells, i) => {
    if (read.blankRows.has(i)) return;
    rows.push({ row: i + 2, cells: Object.fromEntries([...index].map(([key, col]) => [key, (cells[col] ?? '').trim()])) });
  });
  const lookups = await loadLookups(db, opts.entity, rows);
  const { problems, parsed } = validateRows(opts.entity, rows, lookups);
  const spec = new Map(columnsOf[opts.entity].map((c) => [c.key, c]));
  const errors = problems.map((p) => ({ row: p.row, column: columnLabel(opts.locale, spec.get(p.column)!), reason: problemText(opts.locale, p.problem) }));
  const report = (counts: StoreCounts, committed: boolean): ImportReport => ({
    entity: opts.entity, dryRun: opts.dryRun, committed, rowCount: rows.length, validCount: parsed.length, ...counts, errors, durationMs: Date.now() - started,
  });
  const store = (tx: Db, write: boolean): Promise<StoreCounts> => {
    switch (opts.entity) {
      case 'accounts': return storeAccounts(tx, parsed as ParsedAccount[], lookups, opts.ctx, write);
      case 'contacts': return storeContacts(tx, parsed as ParsedContact[], opts.ctx, write);
      case 'sales': return storeSales(tx, parsed as ParsedSale[], opts.ctx, write);
      case 'installations': return storeInstallations(tx, parsed as ParsedInstallation[], opts.ctx, write);
      default: return storeTargets(tx, parsed as ParsedTarget[], opts.ctx, write);
    }
  };
  if (opts.dryRun) return { ok: true, value: report(await store(db, false), false) };
  if (errors.length > 0) return { ok: false, code: 'IMPORT.ROWS_INVALID', params: { count: new Set(errors.map((e) => e.row)).size }, details: { errors } };
  const counts = await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const c = await store(tx, true);
    await tx.insert(importBatches).values({
      entity: opts.entity, fileName: opts.fileName.slice(0, 200), fileSha256: createHash('sha256').update(opts.buffer).digest('hex'), rowCount: rows.length,
      created: c.created, updated: c.updated, unchanged: c.unchanged, createdBy: opts.ctx.userId, createdAt: opts.ctx.now.toISOString(),
    });
    return c;
  });
  return { ok: true, value: report(counts, true) };
}

/** The template of an entity: the header row (column keys) and one example row; names in both languages as a note row. */
export async function importTemplate(entity: ImportEntity, format: 'xlsx' | 'csv'): Promise<Buffer> {
  const cols = columnsOf[entity];
  return writeSheet(format, entity, cols.map((c) => c.key), [cols.map((c) => c.example)]);
}

/**
 * Exports what the scope may see, in the import template's columns (an export re-imports unchanged).
 * Money in yuan with two decimals.
 */
export async function exportSpreadsheet(db: Db, scope: Scope, entity: ImportEntity, format: 'xlsx' | 'csv'): Promise<Buffer> {
  const visible = accountVisible(scope, { unitId: sql`a.unit_id`, distributorId: sql`a.distributor_id` });
  const yuan = (col: string) => sql.raw(`to_char(${col} / 100.0, 'FM9999999999999990.00')`);
  let query;
  if (entity === 'accounts') {
    query = sql`select a.external_code, a.name, a.kind, a.unit_id, d.external_code as distributor_code, a.address, a.phone, a.lng::text, a.lat::text, a.status
      from accounts a left join accounts d on d.id = a.distributor_id where ${visible} order by a.external_code nulls last, a.id`;
  } else if (entity === 'contacts') {
    query = sql`select a.external_code as account_code, c.name, c.title, c.phone, c.email, case when c.is_primary then 'yes' else 'no' end as is_primary, c.notes
      from contacts c join accounts a on a.id = c.account_id where ${visible} order by a.external_code, c.name`;
  } else if (entity === 'sales') {
    query = sql`select s.external_ref, to_char(s.date, 'YYYY-MM-DD') as date, a.external_code as account_code, p.model as product_model, s.quantity::text,
      ${yuan('s.amount_fen')} as amount_yuan, ${yuan('s.gross_profit_fen')} as gross_profit_yuan, array_to_string(s.serial_numbers, ';') as serial_numbers
      from sales_lines s join accounts a on a.id = s.account_id join products p on p.id = s.product_id where ${visible} order by s.date, s.external_ref`;
  } else if (entity === 'installations') {
    query = sql`select r.ref as registration_ref, r.kind, to_char(r.registered_on, 'YYYY-MM-DD') as date, r.serial, a.external_code as account_code, r.place
      from machine_registrations r join accounts a on a.id = r.account_id where ${visible} order by r.registered_on, r.ref`;
  } else {
    query = sql`select a.external_code as account_code, t.month, ${yuan('t.amount_fen')} as amount_yuan
      from sales_targets t join accounts a on a.id = t.account_id where ${visible} order by a.external_code, t.month`;
  }
  const rows = rowsOf<Record<string, string | null>>(await db.execute(query));
  const keys = columnsOf[entity].map((c) => c.key);
  return writeSheet(format, entity, keys, rows.map((r) => keys.map((k) => r[k] ?? null)));
}
