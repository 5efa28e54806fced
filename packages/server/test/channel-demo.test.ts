import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load';
import { priceObservations } from '../src/db/schema-visits';
import { scanViolations } from '../src/modules/price-discipline/repo';
import { openTestApp, type TestApp } from './app';
import { testPassword } from './builders';

// Issue 8 acceptance on the demo company: every channel page has data; an observation below the minimum
// price raises a violation; a policy never on an agenda cannot be released.

describe('channel management on the demo data', () => {
  let t: TestApp;
  let hq: string;
  beforeAll(async () => {
    t = await openTestApp({ seed: async (db) => void (await loadDemo(db, { seed: 1, password: testPassword, referenceDate: '2026-11-20' })) });
    hq = await t.login('hq');
  }, 240_000);
  afterAll(async () => t.close());

  const one = async <T>(q: ReturnType<typeof sql>) => {
    const res = (await t.database.db.execute(q)) as unknown as { rows: T[] } | T[];
    return (Array.isArray(res) ? res : res.rows)[0]!;
  };

  it('has policies, two held meetings with a confirmed recognition, minimum prices and violations', async () => {
    const policies = (await t.app.inject({ method: 'GET', url: '/api/policies', headers: { cookie: hq } })).json();
    expect(policies.items.map((p: { status: string }) => p.status).sort()).toEqual(['drafted', 'released', 'released']);
    const released = policies.items.find((p: { title: string }) => p.title.includes('返利'));
    const delivered = await one<{ n: number }>(sql`select count(*)::int as n from policy_deliveries where policy_id = ${released.id}::uuid`);
    expect(released.deliveredCount).toBe(delivered.n);
    const meetings = (await t.app.inject({ method: 'GET', url: '/api/meetings', headers: { cookie: hq } })).json();
    expect(meetings.total).toBe(2);
    for (const m of meetings.items) expect(m.invitees.length).toBeGreaterThan(0);
    const recognised = await one<{ n: number }>(sql`select count(*)::int as n from audit_log where entity = 'account' and field = 'recognition'`);
    expect(recognised.n).toBeGreaterThan(0);
    const violations = (await t.app.inject({ method: 'GET', url: '/api/price-violations', headers: { cookie: hq } })).json();
    const direct = await one<{ n: number }>(sql`
      select count(*)::int as n from price_violations v join price_observations o on o.id = v.observation_id join minimum_prices m on m.id = v.minimum_price_id
      where o.price_fen < m.price_fen and o.competitor_brand is null`);
    expect(violations.total).toBeGreaterThan(0);
    expect(violations.total).toBe(direct.n);
  });

  it('raises a violation for an observation below the minimum price', async () => {
    const m = await one<{ model: string; price_fen: number }>(sql`select model, price_fen::int8 as price_fen from minimum_prices where tier is null order by model limit 1`);
    const acc = await one<{ id: string }>(sql`select id from accounts where kind = 'end_user' order by external_code limit 1`);
    const [obs] = await t.database.db.insert(priceObservations).values({ accountId: acc.id, observedOn: '2026-11-18', model: m.model, priceFen: Number(m.price_fen) - 500_000, source: 'import' }).returning();
    expect(await scanViolations(t.database.db, [obs!.id])).toBe(1);
    const list = (await t.app.inject({ method: 'GET', url: '/api/price-violations', headers: { cookie: hq } })).json();
    const found = list.items.find((v: { observationId: string }) => v.observationId === obs!.id);
    // The general minimum, or a higher regional A-tier one where that applies.
    expect(found).toMatchObject({ model: m.model, priceFen: Number(m.price_fen) - 500_000 });
    expect(found.shortfallFen).toBeGreaterThanOrEqual(500_000);
  });

  it('refuses to release the drafted policy that no meeting discussed', async () => {
    const policies = (await t.app.inject({ method: 'GET', url: '/api/policies', headers: { cookie: hq } })).json();
    const drafted = policies.items.find((p: { status: string }) => p.status === 'drafted');
    const res = await t.app.inject({ method: 'POST', url: `/api/policies/${drafted.id}/release`, headers: { cookie: hq }, payload: {} });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('POLICY.NOT_DISCUSSED');
  });

  it('turns a serial sold to one distributor and found in another territory into a dumping case for both managers', async () => {
    const demoCases = (await t.app.inject({ method: 'GET', url: '/api/dumping-cases', headers: { cookie: hq } })).json();
    expect(demoCases.total).toBeGreaterThan(0);
    const found = await one<{ found_id: string; username: string; serial: string; found_mgr: string; channel_mgr: string }>(sql`
      select e.id as found_id, u.username, x.serial, u.manager_id as found_mgr, x.channel_mgr
      from accounts e
      join territory_units tu on tu.unit_id = e.unit_id join territories t on t.id = tu.territory_id join users u on u.id = t.owner_id
      join lateral (
        select sl.serial_numbers[1] as serial, u2.manager_id as channel_mgr from sales_lines sl
        join accounts s on s.id = sl.account_id join accounts ch on ch.id = coalesce(s.distributor_id, s.id)
        join territory_units tu2 on tu2.unit_id = ch.unit_id join territories t2 on t2.id = tu2.territory_id join users u2 on u2.id = t2.owner_id
        where cardinality(sl.serial_numbers) > 0 and ch.id <> coalesce(e.distributor_id, e.id) and ch.unit_id <> e.unit_id and t2.owner_id <> t.owner_id
          and u2.manager_id <> u.manager_id
          and not exists (select 1 from cross_territory_alerts a where a.serial = sl.serial_numbers[1])
        order by sl.date desc, sl.id limit 1) x on true
      where e.kind = 'end_user' and u.role = 'rep' order by e.external_code limit 1`);
    const rep = await t.login(found.username);
    const visit = await t.app.inject({ method: 'POST', url: '/api/visits', headers: { cookie: rep }, payload: { accountId: found.found_id, kind: 'downline', plannedOn: '2026-11-20', objectives: [{ type: 'new_order', details: { products: 'CK6150 数控车床', quantity: 1 } }], fixedTime: true, fixedRoute: true } });
    expect(visit.statusCode, visit.body).toBe(201);
    const vid = visit.json().id as string;
    await t.app.inject({ method: 'POST', url: `/api/visits/${vid}/check-in`, headers: { cookie: rep }, payload: { position: null } });
    const item = await t.app.inject({ method: 'POST', url: `/api/visits/${vid}/items`, headers: { cookie: rep }, payload: { kind: 'machine_confirmed', serial: found.serial, place: '一号车间' } });
    expect(item.statusCode, item.body).toBe(201);
    const alertId = item.json().alertId as string;
    expect(alertId).toBeTruthy();
    const cases = (await t.app.inject({ method: 'GET', url: '/api/dumping-cases', headers: { cookie: hq } })).json();
    const c = cases.items.find((x: { alertId: string }) => x.alertId === alertId);
    expect(c).toMatchObject({ status: 'investigating', serial: found.serial });
    expect(c.managerIds.sort()).toEqual([found.found_mgr, found.channel_mgr].sort());
    // Both managers see it; a manager of neither territory does not.
    for (const mgr of [found.found_mgr, found.channel_mgr]) {
      const u = await one<{ username: string }>(sql`select username from users where id = ${mgr}::uuid`);
      const seen = (await t.app.inject({ method: 'GET', url: '/api/dumping-cases', headers: { cookie: await t.login(u.username) } })).json();
      expect(seen.items.some((x: { id: string }) => x.id === c.id)).toBe(true);
    }
    const other = await one<{ username: string }>(sql`select username from users where role = 'manager' and id <> ${found.found_mgr}::uuid and id <> ${found.channel_mgr}::uuid order by username limit 1`);
    const notSeen = await t.app.inject({ method: 'POST', url: `/api/dumping-cases/${c.id}/steps`, headers: { cookie: await t.login(other.username) }, payload: { step: 'confirmed', note: 'x' } });
    expect(notSeen.statusCode).toBe(404);
    // investigate → confirm → action, in order, each step audited.
    const early = await t.app.inject({ method: 'POST', url: `/api/dumping-cases/${c.id}/steps`, headers: { cookie: hq }, payload: { step: 'action', note: '扣减返利' } });
    expect(early.json().error.code).toBe('DUMPING.STEP_INVALID');
    expect((await t.app.inject({ method: 'POST', url: `/api/dumping-cases/${c.id}/steps`, headers: { cookie: hq }, payload: { step: 'confirmed', note: '销售记录与装机地点一致' } })).json().status).toBe('confirmed');
    expect((await t.app.inject({ method: 'POST', url: `/api/dumping-cases/${c.id}/steps`, headers: { cookie: hq }, payload: { step: 'action', note: '扣减当季返利 2%' } })).json()).toMatchObject({ status: 'actioned', action: '扣减当季返利 2%' });
    const trail = await one<{ n: number }>(sql`select count(*)::int as n from audit_log where entity = 'dumping_case' and entity_id = ${c.id}`);
    expect(trail.n).toBe(4);
  });
});
