import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from './app';
import { buildWorld, type World } from './world';

// Issue 4 acceptance (item 7): 1,000 good rows and 50 bad → the dry run lists all 50 with reasons;
// the commit is all-or-nothing; importing the same file twice adds nothing.

const header = 'external_ref,date,account_code,product_model,quantity,amount_yuan,gross_profit_yuan,serial_numbers';

function salesCsv(w: World, good: number, bad: number): string {
  const lines = [header];
  for (let i = 0; i < good; i++) lines.push(`IMP-${i},2026-10-${String((i % 28) + 1).padStart(2, '0')},${w.accounts.distA1.externalCode},${w.product.model},1,${1000 + i}.50,200.25,SN-${i}`);
  // Bad rows cycle through five faults, one cell each.
  const faults = [
    (i: number) => `BAD-${i},2026-13-01,${w.accounts.distA1.externalCode},${w.product.model},1,100,10,`,
    (i: number) => `BAD-${i},2026-10-01,NO-SUCH-CODE,${w.product.model},1,100,10,`,
    (i: number) => `BAD-${i},2026-10-01,${w.accounts.distA1.externalCode},NO-MODEL,1,100,10,`,
    (i: number) => `BAD-${i},2026-10-01,${w.accounts.distA1.externalCode},${w.product.model},0,100,10,`,
    (i: number) => `BAD-${i},2026-10-01,${w.accounts.distA1.externalCode},${w.product.model},1,12.345,10,`,
  ];
  for (let i = 0; i < bad; i++) lines.splice(1 + Math.floor(((i + 1) * good) / (bad + 1)) + i, 0, faults[i % faults.length]!(i));
  return `${lines.join('\n')}\n`;
}

describe('imports', () => {
  let t: TestApp;
  let w: World;
  let cookie: string;
  beforeAll(async () => {
    t = await openTestApp({ seed: async (db) => void (w = await buildWorld(db)) });
    cookie = await t.login('hq');
  });
  afterAll(async () => t.close());

  const post = (entity: string, body: Buffer | string, dryRun: boolean, lang = 'en') =>
    t.app.inject({ method: 'POST', url: `/api/imports/${entity}?dryRun=${dryRun}`, headers: { cookie, 'content-type': 'application/octet-stream', 'accept-language': lang }, payload: body });
  const countSales = async () => (await t.database.db.execute(sql`select count(*)::int as n from sales_lines`)) as unknown as { rows: { n: number }[] };

  it('dry run of 1,000 good and 50 bad rows lists all 50 with row, column and reason; commit stores nothing', async () => {
    const before = (await countSales()).rows[0]!.n;
    const csv = salesCsv(w, 1000, 50);
    const dry = await post('sales', csv, true);
    expect(dry.statusCode).toBe(200);
    const report = dry.json();
    expect(report.rowCount).toBe(1050);
    expect(report.validCount).toBe(1000);
    expect(report.errors).toHaveLength(50);
    expect(new Set(report.errors.map((e: { row: number }) => e.row)).size).toBe(50);
    expect(report.errors[0]).toEqual({ row: expect.any(Number), column: 'Date', reason: 'date must be YYYY-MM-DD' });
    const zh = (await post('sales', csv, true, 'zh-CN')).json();
    expect(zh.errors[1]).toMatchObject({ column: '客户编码', reason: '客户编码不存在' });
    const commit = await post('sales', csv, false);
    expect(commit.statusCode).toBe(422);
    expect(commit.json().error.code).toBe('IMPORT.ROWS_INVALID');
    expect(commit.json().error.details.errors).toHaveLength(50);
    expect((await countSales()).rows[0]!.n).toBe(before);
  });

  it('a clean file commits in full; importing it again adds and changes nothing', async () => {
    const before = (await countSales()).rows[0]!.n;
    const csv = salesCsv(w, 1000, 0);
    const first = await post('sales', csv, false);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ committed: true, created: 1000, updated: 0, unchanged: 0, errors: [] });
    expect((await countSales()).rows[0]!.n).toBe(before + 1000);
    const again = await post('sales', csv, false);
    expect(again.json()).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: 1000 });
    expect((await countSales()).rows[0]!.n).toBe(before + 1000);
  });

  it('accounts round-trip through XLSX: export → re-import changes nothing; a new row is created', async () => {
    const exported = await t.app.inject({ method: 'GET', url: '/api/exports/accounts?format=xlsx', headers: { cookie } });
    expect(exported.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(1 + Object.keys(w.accounts).length);
    const same = await post('accounts', exported.rawPayload, false);
    expect(same.json()).toMatchObject({ created: 0, updated: 0, unchanged: Object.keys(w.accounts).length });
    ws.addRow(['NEW-1', '新客户', '最终用户', w.units.ua1.id, w.accounts.distA1.externalCode, '', '', '', '', '']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await post('accounts', buf, false)).json()).toMatchObject({ created: 1, unchanged: Object.keys(w.accounts).length });
  });

  it('export honours visibility: a rep gets only their accounts', async () => {
    const rep = await t.login('repa1');
    const res = await t.app.inject({ method: 'GET', url: '/api/exports/accounts?format=csv', headers: { cookie: rep } });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('ZZOUT');
    // Header, the rep's three accounts and NEW-1 imported above (an end user buying through the rep's distributor).
    expect(res.body.trim().split('\r\n')).toHaveLength(1 + 4);
    const refused = await t.app.inject({ method: 'POST', url: '/api/imports/accounts?dryRun=true', headers: { cookie: rep, 'content-type': 'application/octet-stream' }, payload: 'x' });
    expect(refused.statusCode).toBe(403);
  });

  it('refuses a file that is not a spreadsheet, is empty, or has the wrong header, with a clear message', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const notSheet = await post('sales', png, true);
    expect(notSheet.statusCode).toBe(415);
    expect(notSheet.json().error.message).toContain('not a spreadsheet');
    const zip = await post('sales', Buffer.from('PK\u0003\u0004garbage'), true);
    expect(zip.json().error.code).toBe('IMPORT.NOT_SPREADSHEET');
    expect((await post('sales', `${header}\n\n`, true)).json().error.code).toBe('IMPORT.EMPTY');
    expect((await post('sales', '', true)).json().error.code).toBe('IMPORT.EMPTY');
    const wrong = await post('sales', 'a,b\n1,2\n', true);
    expect(wrong.json().error.code).toBe('IMPORT.HEADER_INVALID');
    const huge = await post('sales', Buffer.alloc(21 * 1024 * 1024, 0x41), true, 'zh-CN');
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error).toMatchObject({ code: 'IMPORT.TOO_LARGE', message: '文件过大：最多 100000 行、20 MB' });
  });

  it('template downloads in both formats', async () => {
    const csv = await t.app.inject({ method: 'GET', url: '/api/imports/targets/template?format=csv', headers: { cookie } });
    expect(csv.body).toContain('account_code,month,amount_yuan');
    const xlsx = await t.app.inject({ method: 'GET', url: '/api/imports/contacts/template?format=xlsx', headers: { cookie } });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
