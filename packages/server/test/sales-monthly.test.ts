import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './app';
import { all } from './dashboards-sql';
import { buildWorld, type World } from './world';

// Issue 8: the sales dashboard reads sales_monthly, a summary kept by triggers on sales_lines. After every
// kind of write — an import that adds lines, a re-import that edits them (amount, date into another month,
// another account), a direct update, a delete, a truncate — the summary equals the raw lines' sums. Without
// the triggers the first comparison after the import already fails.

const header = 'external_ref,date,account_code,product_model,quantity,amount_yuan,gross_profit_yuan,serial_numbers';

describe('the monthly sales summary', () => {
  let t: TestApp;
  let w: World;
  let cookie: string;
  beforeAll(async () => {
    t = await openTestApp({ seed: async (db) => void (w = await buildWorld(db)) });
    cookie = await t.login('hq');
  });
  afterAll(async () => t.close());

  const importSales = async (lines: string[]) => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/imports/sales?dryRun=false',
      headers: { cookie, 'content-type': 'application/octet-stream' }, payload: `${[header, ...lines].join('\n')}\n`,
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  // Rows of the summary and of the raw lines grouped the same way, as comparable strings.
  const summary = async () =>
    (await all<{ k: string }>(t.database.db, sql`select concat_ws('|', account_id, month, amount_fen, gross_profit_fen, quantity, line_count) as k from sales_monthly order by 1`)).map((r) => r.k);
  const raw = async () =>
    (await all<{ k: string }>(t.database.db, sql`select concat_ws('|', account_id, date_trunc('month', date)::date, sum(amount_fen), sum(gross_profit_fen), sum(quantity), count(*)) as k
      from sales_lines group by account_id, date_trunc('month', date) order by 1`)).map((r) => r.k);
  const expectInStep = async () => {
    const want = await raw();
    expect(want.length).toBeGreaterThan(0);
    expect(await summary()).toEqual(want);
  };

  it('equals the raw lines after the seed and after an import adds lines', async () => {
    await expectInStep();
    const a = w.accounts.distA1.externalCode;
    const b = w.accounts.distB1.externalCode;
    await importSales([
      `SM-1,2026-09-03,${a},${w.product.model},2,1000.00,200.00,`,
      `SM-2,2026-09-28,${a},${w.product.model},1,500.50,50.25,`,
      `SM-3,2026-10-01,${a},${w.product.model},1,300.00,30.00,`,
      `SM-4,2026-10-15,${b},${w.product.model},3,900.00,90.00,`,
    ]);
    await expectInStep();
    const [sept] = await all<{ amount: string; n: number }>(t.database.db, sql`
      select amount_fen::text as amount, line_count as n from sales_monthly sm join accounts a on a.id = sm.account_id where a.external_code = ${a} and sm.month = '2026-09-01'`);
    expect(sept).toBeDefined();
    expect(sept!.n).toBeGreaterThanOrEqual(2);
  });

  it('follows a re-import that edits lines: a new amount, a date in another month, another account', async () => {
    const a = w.accounts.distA1.externalCode;
    const b = w.accounts.distB1.externalCode;
    await importSales([
      `SM-1,2026-09-03,${a},${w.product.model},2,1200.00,220.00,`,
      `SM-2,2026-08-10,${a},${w.product.model},1,500.50,50.25,`,
      `SM-3,2026-10-01,${b},${w.product.model},1,300.00,30.00,`,
      `SM-4,2026-10-15,${b},${w.product.model},3,900.00,90.00,`,
    ]);
    await expectInStep();
  });

  it('follows direct updates, deletes and a truncate', async () => {
    await t.database.db.execute(sql`update sales_lines set amount_fen = amount_fen + 1, date = date - 40 where external_ref in ('SM-1', 'SM-4')`);
    await expectInStep();
    await t.database.db.execute(sql`delete from sales_lines where external_ref = 'SM-3'`);
    await expectInStep();
    await t.database.db.execute(sql`truncate sales_lines cascade`);
    expect(await summary()).toEqual([]);
  });
});
