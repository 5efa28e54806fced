import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './app';
import { all } from './dashboards-sql';
import { buildWorld } from './world';

// Issue 8: the archive dashboard reads archive_scores, refreshed for the accounts that triggers on every
// table the score reads mark as changed. After writes to each of those tables, the stored scores equal a
// full recomputation of every account; without a table's trigger its edit would leave a stale score.

describe('the stored archive scores', () => {
  let t: TestApp;
  let hq: string;
  beforeAll(async () => {
    t = await openTestApp({ seed: async (db) => void (await buildWorld(db)) });
    hq = await t.login('hq');
  });
  afterAll(async () => t.close());

  const stored = async () => (await all<{ k: string }>(t.database.db, sql`select concat_ws('|', s.*) as k from archive_scores s order by s.account_id`)).map((r) => r.k);
  const readDashboard = async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/dashboards/archive', headers: { cookie: hq } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('follows writes to accounts, profiles, unit profiles, contacts, contact profiles, competitors, outcomes and section dates', async () => {
    await readDashboard();
    const before = await stored();
    expect(before.length).toBeGreaterThan(0);
    const db = t.database.db;
    // One edit per table the score reads, each flipping something the score or a section date depends on.
    await db.execute(sql`update accounts set phone = case when phone is null then '021-1' else null end where id = (select id from accounts order by id limit 1)`);
    await db.execute(sql`update account_profiles set business_scope = case when business_scope is null then '机床' else null end where account_id = (select account_id from account_profiles order by account_id limit 1)`);
    await db.execute(sql`update unit_profiles set culture = case when culture is null then '重信誉' else null end where unit_id = (select unit_id from unit_profiles order by unit_id limit 1)`);
    await db.execute(sql`update contacts set title = case when title is null then '经理' else null end where id = (select id from contacts order by id limit 1)`);
    await db.execute(sql`update contact_profiles set hobbies = case when hobbies is null then '钓鱼' else null end where contact_id = (select contact_id from contact_profiles order by contact_id limit 1)`);
    await db.execute(sql`delete from account_competitors where id = (select id from account_competitors order by id limit 1)`);
    await db.execute(sql`delete from order_outcomes where id = (select id from order_outcomes order by id limit 1)`);
    await db.execute(sql`update archive_section_meta set updated_on = '2020-01-01' where account_id = (select account_id from archive_section_meta order by account_id limit 1)`);
    const marked = await all<{ n: number }>(db, sql`select count(distinct account_id)::int as n from archive_score_dirty`);
    expect(marked[0]!.n).toBeGreaterThanOrEqual(2);
    const dashboard = await readDashboard();
    const afterEdits = await stored();
    expect(afterEdits).not.toEqual(before);
    // A full recomputation of every account gives the same rows and the same dashboard.
    await db.execute(sql`insert into archive_score_dirty (account_id) select id from accounts`);
    expect(await readDashboard()).toEqual(dashboard);
    expect(await stored()).toEqual(afterEdits);
  });

  it('drops the score of a deleted account and scores a new one', async () => {
    const db = t.database.db;
    const [unit] = await all<{ id: string }>(db, sql`select unit_id as id from accounts limit 1`);
    await db.execute(sql`insert into accounts (id, name, kind, unit_id, status) values ('00000000-0000-4000-8000-0000000000a1', '新客户', 'end_user', ${unit!.id}, 'active')`);
    await readDashboard();
    expect((await all(db, sql`select 1 from archive_scores where account_id = '00000000-0000-4000-8000-0000000000a1'`)).length).toBe(1);
    await db.execute(sql`delete from accounts where id = '00000000-0000-4000-8000-0000000000a1'`);
    expect((await all(db, sql`select 1 from archive_scores where account_id = '00000000-0000-4000-8000-0000000000a1'`)).length).toBe(0);
    await readDashboard();
  });
});
