import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardKinds, type Dashboard } from '@qudao/contract';
import { loadDemo } from '../src/demo/load';
import { openTestApp, type TestApp } from './app';
import { testPassword } from './builders';
import { accountsOf, all, sqlFigures, type Case } from './dashboards-sql';

// Issue 8 item 5 acceptance: every dashboard figure on the demo company equals a direct SQL computation of
// the same figure, for HQ, a manager, a rep, and HQ filtered by region and period, by team and by rep;
// drill-downs list exactly the accounts behind a figure; the XLSX export carries the figures.

const asOf = '2026-11-20';
const nullWhenEmpty = new Set(['keepingRatePct', 'avgSharePct', 'avgCompletenessPct']);

describe('dashboards on the demo data', () => {
  let t: TestApp;
  let hq: string;
  let rep: { id: string; username: string };
  let mgr: { id: string; username: string; reps: string[] };
  let region: string;
  beforeAll(async () => {
    t = await openTestApp({ seed: async (db) => void (await loadDemo(db, { seed: 1, password: testPassword, referenceDate: asOf })) });
    hq = await t.login('hq');
    mgr = (await all<{ id: string; username: string; reps: string[] }>(t.database.db, sql`
      select m.id, m.username, array(select r.id::text from users r where r.manager_id = m.id and r.role = 'rep') as reps from users m where m.role = 'manager' order by m.username limit 1`))[0]!;
    rep = (await all<{ id: string; username: string }>(t.database.db, sql`select id, username from users where role = 'rep' order by username limit 1`))[0]!;
    region = (await all<{ id: string }>(t.database.db, sql`select region_unit_id as id from meetings where region_unit_id is not null order by region_unit_id limit 1`))[0]!.id;
  }, 300_000);
  afterAll(async () => t.close());

  const get = async (cookie: string, url: string) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res.json();
  };
  const figuresOf = (d: Dashboard) => new Map<string, number | null>(d.categories.flatMap((c, i) => d.series.map((s) => [`${c.key}|${s.key}`, s.values[i] ?? null] as const)));

  it('answers every figure of every dashboard as a direct SQL computation does, in every scope and filter', async () => {
    const whole = { from: '2025-12', to: '2026-11', asOf };
    const cases: { who: () => string; query: () => string; c: () => Case }[] = [
      { who: () => 'hq', query: () => '', c: () => ({ visible: 'all', caller: null, ...whole }) },
      { who: () => 'hq', query: () => `?regionUnitId=${region}&from=2026-03&to=2026-08`, c: () => ({ visible: 'all', region, caller: null, from: '2026-03', to: '2026-08', asOf }) },
      { who: () => mgr.username, query: () => '', c: () => ({ visible: mgr.reps, caller: { userId: mgr.id, repIds: mgr.reps }, ...whole }) },
      { who: () => rep.username, query: () => '', c: () => ({ visible: [rep.id], caller: { userId: rep.id, repIds: [rep.id] }, ...whole }) },
      { who: () => 'hq', query: () => `?managerId=${mgr.id}`, c: () => ({ visible: 'all', narrow: mgr.reps, caller: null, ...whole }) },
      { who: () => 'hq', query: () => `?repId=${rep.id}&from=2026-01&to=2026-11`, c: () => ({ visible: 'all', narrow: [rep.id], caller: null, from: '2026-01', to: '2026-11', asOf }) },
    ];
    let compared = 0;
    let nonZero = 0;
    for (const k of cases) {
      const cookie = k.who() === 'hq' ? hq : await t.login(k.who());
      for (const kind of dashboardKinds.filter((x) => x !== 'archive')) {
        const d: Dashboard = await get(cookie, `/api/dashboards/${kind}${k.query()}`);
        const expected = await sqlFigures(t.database.db, kind, k.c());
        const actual = figuresOf(d);
        for (const key of expected.keys()) expect(actual.has(key), `${kind} ${k.who()}${k.query()} lacks ${key}`).toBe(true);
        for (const [key, value] of actual) {
          const series = key.split('|')[1]!;
          const want = expected.has(key) ? expected.get(key) : nullWhenEmpty.has(series) ? null : 0;
          expect(value, `${kind} ${k.who()}${k.query()} ${key}`).toBe(want);
          compared++;
          if (value) nonZero++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(nonZero).toBeGreaterThan(500);
  }, 600_000);

  it('has data on every dashboard for HQ', async () => {
    for (const kind of dashboardKinds) {
      const d: Dashboard = await get(hq, `/api/dashboards/${kind}`);
      expect(d.series.some((s) => s.values.some((v) => (v ?? 0) > 0)), kind).toBe(true);
    }
  });

  it("answers the archive's completeness and staleness as the account pages (the domain) do, for a rep and a manager", async () => {
    type Page = { overallPercent: number; staleSections: number; sections: { section: string; scorePercent: number; stale: boolean }[] };
    // Mean of whole percents rounded half up to one decimal, in exact integer arithmetic.
    const mean1 = (xs: number[]) => (xs.length === 0 ? null : Math.round((xs.reduce((s, x) => s + x, 0) * 10) / xs.length) / 10);
    for (const who of [rep, mgr]) {
      const cookie = await t.login(who.username);
      const f = figuresOf(await get(cookie, '/api/dashboards/archive'));
      const list = await get(cookie, '/api/accounts?pageSize=200&status=active');
      const ids = (await all<{ id: string }>(t.database.db, sql`select x.id from (${accountsOf({ visible: who === rep ? [rep.id] : mgr.reps, caller: null, from: '2026-11', to: '2026-11', asOf })}) x where x.status <> 'closed'`)).map((r) => r.id);
      expect(list.total).toBeGreaterThan(0);
      const pages: Page[] = [];
      for (const id of ids) pages.push(await get(cookie, `/api/accounts/${id}/archive`));
      expect(f.get('overall|avgCompletenessPct')).toBe(mean1(pages.map((p) => p.overallPercent)));
      expect(f.get('overall|completeAccounts')).toBe(pages.filter((p) => p.overallPercent === 100).length);
      expect(f.get('overall|staleAccounts')).toBe(pages.filter((p) => p.staleSections > 0).length);
      for (const section of ['basic', 'contacts', 'region', 'competitors', 'trading', 'deeper']) {
        const scores = pages.map((p) => p.sections.find((s) => s.section === section)!);
        expect(f.get(`${section}|avgCompletenessPct`), `${who.username} ${section}`).toBe(mean1(scores.map((x) => x.scorePercent)));
        expect(f.get(`${section}|completeAccounts`), `${who.username} ${section}`).toBe(scores.filter((x) => x.scorePercent === 100).length);
        expect(f.get(`${section}|staleAccounts`), `${who.username} ${section}`).toBe(scores.filter((x) => x.stale).length);
      }
    }
  }, 600_000);

  it('drills down to exactly the accounts behind a figure, within the caller scope', async () => {
    const checks: [string, string, string][] = [['sales', '2026-10', 'salesFen'], ['overdue', 'A', 'overdue'], ['violations', '2026-10', 'violations'], ['coverage', '2026-10', 'B_effective'], ['promises', '2026-09', 'kept']];
    for (const who of ['hq', rep.username]) {
      const cookie = who === 'hq' ? hq : await t.login(who);
      for (const [kind, category, series] of checks) {
        const figure = figuresOf(await get(cookie, `/api/dashboards/${kind}`)).get(`${category}|${series}`) ?? 0;
        const list = await get(cookie, `/api/dashboards/${kind}/accounts?category=${category}&series=${series}&pageSize=200`);
        const sum = list.items.reduce((s: number, a: { value: number | null }) => s + (a.value ?? 0), 0);
        if (kind === 'overdue') expect(list.total, `${who} ${kind}`).toBe(figure);
        else if (list.total <= 200) expect(sum, `${who} ${kind}`).toBe(figure);
        if (who !== 'hq') {
          const ids: string[] = list.items.map((a: { accountId: string }) => a.accountId);
          const visible = await all<{ n: number }>(t.database.db, sql`select count(*)::int as n from (${accountsOf({ visible: [rep.id], caller: null, from: '2026-11', to: '2026-11', asOf })}) x
            where x.id::text in (${sql.join(ids.concat(['-']).map((id) => sql`${id}`), sql`, `)})`);
          expect(visible[0]!.n).toBe(ids.length);
        }
      }
    }
    const policies: Dashboard = await get(hq, '/api/dashboards/policies');
    const p = policies.categories[0]!.key;
    const missing = await get(hq, `/api/dashboards/policies/accounts?category=${p}&series=notDelivered&pageSize=200`);
    expect(missing.total).toBe(figuresOf(policies).get(`${p}|notDelivered`));
    expect(missing.items.every((a: { kind: string }) => a.kind === 'distributor')).toBe(true);
  }, 300_000);

  it('narrows but never widens: a rep filtering on another rep sees nothing', async () => {
    const [other] = await all<{ id: string }>(t.database.db, sql`select id from users where role = 'rep' and id <> ${rep.id}::uuid order by username limit 1`);
    const d: Dashboard = await get(await t.login(rep.username), `/api/dashboards/sales?repId=${other!.id}`);
    expect(d.series.every((s) => s.values.every((v) => v === 0))).toBe(true);
    const ov: Dashboard = await get(await t.login(rep.username), `/api/dashboards/overdue?managerId=${mgr.id}&repId=${other!.id}`);
    expect(ov.series.every((s) => s.values.every((v) => v === 0))).toBe(true);
  });

  it('refuses a reversed or over-long period and an unknown series with coded errors in both languages', async () => {
    const zh = await t.app.inject({ method: 'GET', url: '/api/dashboards/sales?from=2026-06&to=2026-01', headers: { cookie: hq } });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error).toMatchObject({ code: 'DASHBOARD.PERIOD_INVALID' });
    expect(zh.json().error.message).toContain('2026-06');
    const en = await t.app.inject({ method: 'GET', url: '/api/dashboards/sales?from=2020-01&to=2026-01', headers: { cookie: hq, 'accept-language': 'en' } });
    expect(en.json().error.code).toBe('DASHBOARD.PERIOD_INVALID');
    expect(en.json().error.message).toContain('36 months');
    const bad = await t.app.inject({ method: 'GET', url: '/api/dashboards/sales/accounts?category=2026-10&series=nope', headers: { cookie: hq } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('REQUEST.INVALID');
    const month = await t.app.inject({ method: 'GET', url: '/api/dashboards/sales?from=2026-13', headers: { cookie: hq } });
    expect(month.statusCode).toBe(400);
  });

  it('exports a dashboard to XLSX with the same figures, in the caller language', async () => {
    const d: Dashboard = await get(hq, '/api/dashboards/violations');
    const res = await t.app.inject({ method: 'GET', url: '/api/dashboards/violations/xlsx', headers: { cookie: hq } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('低于最低价的违规');
    const last = d.categories.length - 1;
    const row = ws.getRow(5 + last);
    expect(row.getCell(1).value).toBe(d.categories[last]!.key);
    expect(row.getCell(2).value).toBe(d.series[0]!.values[last]);
    expect(row.getCell(3).value).toBe((d.series[1]!.values[last] ?? 0) / 100);
  });
});
