import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tierHistoryDates } from '../src/demo/classes';
import { loadDemo } from '../src/demo/load';
import { openTestApp, type TestApp } from './app';
import { testPassword } from './builders';
import { all } from './dashboards-sql';

// Issue 8 leftovers, item 4: the demo runs the real tier computation on past quarter ends (from the sales and
// share data as they stood then) before the reference date, so the tier-migration dashboard shows movement.

const asOf = '2026-11-20';

describe('demo tier history', () => {
  let t: TestApp;
  let hq: string;
  beforeAll(async () => {
    t = await openTestApp({ seed: async (db) => void (await loadDemo(db, { seed: 1, password: testPassword, referenceDate: asOf })) });
    hq = await t.login('hq');
  }, 300_000);
  afterAll(async () => t.close());

  it('runs the tiers on the month end a year back, each quarter end since, and the reference date', async () => {
    expect(tierHistoryDates(asOf)).toEqual(['2025-10-31', '2025-12-31', '2026-03-31', '2026-06-30', '2026-09-30']);
    expect(tierHistoryDates('2026-01-05')).toEqual(['2024-12-31', '2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']);
    const runs = await all<{ as_of: string; trigger: string }>(t.database.db, sql`select as_of::text as as_of, trigger from tier_runs order by as_of`);
    expect(runs).toEqual([...tierHistoryDates(asOf), asOf].map((d) => ({ as_of: d, trigger: 'demo' })));
    // Every tier row comes from the run of its day: nothing invented beside the tier computation.
    const orphans = await all<{ n: number }>(t.database.db, sql`select count(*)::int as n from tier_assessments t left join tier_runs r on r.id = t.run_id where r.as_of is distinct from t.effective_on`);
    expect(orphans[0]!.n).toBe(0);
  });

  it('shows distributors moving between tiers over the past year on the migration dashboard', async () => {
    const moved = await all<{ n: number }>(t.database.db, sql`
      with tier_on as (select distinct on (account_id, d) account_id, d, tier from tier_assessments, (values ('2025-10-31'::date), (${asOf}::date)) v(d)
        where effective_on <= d order by account_id, d, effective_on desc, created_at desc)
      select count(*)::int as n from tier_on a join tier_on b on b.account_id = a.account_id and b.d > a.d where a.tier <> b.tier`);
    expect(moved[0]!.n).toBeGreaterThanOrEqual(5);
    const res = await t.app.inject({ method: 'GET', url: '/api/dashboards/tiers?from=2025-11&to=2026-11', headers: { cookie: hq } });
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json() as { categories: { key: string }[]; series: { key: string; values: (number | null)[] }[] };
    const changed = d.series
      .filter((s) => s.key.startsWith('from_') && s.key !== 'from_none')
      .flatMap((s) => d.categories.map((c, i) => (s.key === `from_${c.key}` ? 0 : (s.values[i] ?? 0))))
      .reduce((a, b) => a + b, 0);
    console.log(`demo tier migration 2025-11..2026-11: ${moved[0]!.n} distributors changed tier; dashboard from another tier: ${changed}`);
    expect(changed).toBe(moved[0]!.n);
  });
});
