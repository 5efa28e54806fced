import ExcelJS from 'exceljs';
import { dashboardCategoryLabel, dashboardSeriesLabel, dashboardTitles, type Dashboard, type Locale } from '@qudao/contract';

const headings: Record<Locale, { period: string; asOf: string; yuan: string; category: string }> = {
  'zh-CN': { period: '期间', asOf: '统计日', yuan: '（元）', category: '项目' },
  en: { period: 'Period', asOf: 'As of', yuan: ' (CNY)', category: 'Item' },
};

/**
 * A dashboard as an XLSX workbook in `locale`: a title, the period, then one row per category and one
 * column per series. Money series (keys ending in Fen) are written in yuan with two decimals.
 */
export async function dashboardWorkbook(d: Dashboard, locale: Locale): Promise<Buffer> {
  const h = headings[locale];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(d.kind);
  ws.addRow([dashboardTitles[d.kind][locale]]).font = { bold: true, size: 14 };
  ws.addRow([h.period, `${d.from} – ${d.to}`, h.asOf, d.asOf]);
  ws.addRow([]);
  const money = d.series.map((s) => s.key.endsWith('Fen'));
  ws.addRow([h.category, ...d.series.map((s, i) => `${dashboardSeriesLabel(s.key, locale)}${money[i] ? h.yuan : ''}`)]).font = { bold: true };
  d.categories.forEach((c, row) => {
    ws.addRow([dashboardCategoryLabel(c, locale), ...d.series.map((s, i) => {
      const v = s.values[row] ?? null;
      return v === null ? null : money[i] ? v / 100 : v;
    })]);
  });
  money.forEach((m, i) => {
    if (m) ws.getColumn(i + 2).numFmt = '#,##0.00';
  });
  ws.columns.forEach((col, i) => {
    col.width = i === 0 ? 28 : 16;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
