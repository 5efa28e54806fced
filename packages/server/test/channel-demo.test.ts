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
});
