import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load';
import { openTestApp, type TestApp } from './app';
import { testPassword } from './builders';

// Issue 8 item 3 on the demo company: a serial sold to one distributor, imported as installed at an end user
// in another manager's territory, raises a dumping case that both managers see (once, however often the
// file is imported); the demo's own registrations already gave every manager a case.

describe('dumping from an imported installation on the demo data', () => {
  let t: TestApp;
  let hq: string;
  beforeAll(async () => {
    t = await openTestApp({ seed: async (db) => void (await loadDemo(db, { seed: 1, password: testPassword, referenceDate: '2026-11-20' })) });
    hq = await t.login('hq');
  }, 300_000);
  afterAll(async () => t.close());

  const rows = async <T>(q: ReturnType<typeof sql>) => {
    const res = (await t.database.db.execute(q)) as unknown as { rows: T[] } | T[];
    return Array.isArray(res) ? res : res.rows;
  };
  const managers = ['mgr01', 'mgr02', 'mgr03'];

  it('gives every manager a dumping case from the demo registrations', async () => {
    for (const m of managers) {
      const list = (await t.app.inject({ method: 'GET', url: '/api/dumping-cases', headers: { cookie: await t.login(m) } })).json();
      expect(list.total, m).toBeGreaterThan(0);
    }
    const [n] = await rows<{ n: number }>(sql`select count(*)::int as n from machine_registrations where alert_id is not null`);
    expect(n!.n).toBeGreaterThanOrEqual(3);
  });

  it('raises one case for both managers when an imported installation crosses territories', async () => {
    const [pick] = await rows<{ serial: string; code: string; sold_mgr: string; found_mgr: string }>(sql`
      with owner as (select tu.unit_id, u.manager_id from territory_units tu join territories t on t.id = tu.territory_id join users u on u.id = t.owner_id),
      one as (select sn as serial, ch.id as ch_id, ch.unit_id as ch_unit, o.manager_id as sold_mgr
        from sales_lines sl cross join lateral unnest(sl.serial_numbers) sn join accounts s on s.id = sl.account_id
        join accounts ch on ch.id = coalesce(s.distributor_id, s.id) join owner o on o.unit_id = ch.unit_id
        where not exists (select 1 from cross_territory_alerts a where a.serial = sn) order by sl.date desc, sn limit 1)
      select one.serial, e.external_code as code, one.sold_mgr, oe.manager_id as found_mgr from one
      join accounts e on e.kind = 'end_user' and coalesce(e.distributor_id, e.id) <> one.ch_id and e.unit_id <> one.ch_unit
      join owner oe on oe.unit_id = e.unit_id and oe.manager_id <> one.sold_mgr
      order by e.external_code limit 1`);
    expect(pick).toBeDefined();
    const csv = `登记单号,登记类型,日期,出厂编号,安装客户编码,安装地点\nSVC-9001,安装,2026-11-18,${pick!.serial},${pick!.code},装配车间\n`;
    const post = () => t.app.inject({ method: 'POST', url: '/api/imports/installations?dryRun=false', headers: { cookie: hq, 'content-type': 'application/octet-stream' }, payload: csv });
    expect((await post()).json()).toMatchObject({ committed: true, created: 1, alerts: 1 });
    expect((await post()).json()).toMatchObject({ created: 0, unchanged: 1 });
    const cases = await rows<{ id: string; manager_ids: string[] }>(sql`select c.id, c.manager_ids from dumping_cases c join cross_territory_alerts a on a.id = c.alert_id where a.serial = ${pick!.serial}`);
    expect(cases).toHaveLength(1);
    expect([...cases[0]!.manager_ids].sort()).toEqual([pick!.sold_mgr, pick!.found_mgr].sort());
    const names = await rows<{ username: string }>(sql`select username from users where id = any(${sql.param([pick!.sold_mgr, pick!.found_mgr])}::uuid[])`);
    for (const { username } of names) {
      const detail = await t.app.inject({ method: 'GET', url: `/api/dumping-cases/${cases[0]!.id}`, headers: { cookie: await t.login(username) } });
      expect(detail.json()).toMatchObject({ serial: pick!.serial, foundBy: 'installation', registrationRef: 'SVC-9001', status: 'investigating' });
    }
  });
});
