import { eq, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tierAssessments } from '../src/db/schema-classes';
import { priceViolations } from '../src/db/schema-channel';
import { priceObservations } from '../src/db/schema-visits';
import { scanViolations } from '../src/modules/price-discipline/repo';
import { openTestApp, type TestApp } from './app';
import { buildWorld, type World } from './world';

// Issue 8 (R4): an observation of our model below the applicable minimum price raises a violation with its
// evidence; repeated undercutting by one distributor is flagged; competitors' prices never are.

describe('price discipline', () => {
  let t: TestApp;
  let w: World;
  let hq: string;
  const observe = (accountId: string, priceFen: number, observedOn = '2026-10-10', competitorBrand: string | null = null) =>
    t.database.db.insert(priceObservations).values({ accountId, observedOn, competitorBrand, model: w.product.model, priceFen, source: 'visit', createdBy: w.users.repA1.id }).returning().then((r) => r[0]!);
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        w = await buildWorld(db);
        await db.insert(tierAssessments).values({ accountId: w.accounts.distA1.id, effectiveOn: '2026-01-01', tier: 'A', reasons: [], facts: {}, explanation: {} });
      },
    });
    hq = await t.login('hq');
  });
  afterAll(async () => t.close());

  it('compares observations with the most specific valid minimum price', async () => {
    const inProvince = await observe(w.accounts.subA1.id, 110_000);
    const outside = await observe(w.accounts.endA1Remote.id, 110_000);
    const competitor = await observe(w.accounts.subA1.id, 50_000, '2026-10-10', '友嘉');
    const before = await observe(w.accounts.subA1.id, 50_000, '2025-12-01');
    const general = await t.app.inject({ method: 'POST', url: '/api/minimum-prices', headers: { cookie: hq }, payload: { model: w.product.model, priceFen: 100_000, validFrom: '2026-01-01' } });
    expect(general.statusCode).toBe(201);
    const specific = await t.app.inject({ method: 'POST', url: '/api/minimum-prices', headers: { cookie: hq }, payload: { model: w.product.model, tier: 'A', regionUnitId: w.units.province.id, priceFen: 120_000, validFrom: '2026-01-01', validTo: '2026-12-31' } });
    expect(specific.statusCode).toBe(201);
    const rows = await t.database.db.select().from(priceViolations).where(ne(priceViolations.observationId, w.dumping.observationId));
    expect(rows.map((r) => r.observationId)).toEqual([inProvince.id]);
    expect(rows[0]).toMatchObject({ shortfallFen: 10_000, distributorId: w.accounts.distA1.id });
    for (const o of [outside, competitor, before]) expect(rows.some((r) => r.observationId === o.id)).toBe(false);
    expect((await t.app.inject({ method: 'POST', url: '/api/minimum-prices', headers: { cookie: hq }, payload: { model: 'NOPE', priceFen: 1, validFrom: '2026-01-01' } })).json().error.code).toBe('PRICE.MODEL_UNKNOWN');
  });

  it('flags a malicious-quote pattern and keeps violations inside the scope', async () => {
    const more = [await observe(w.accounts.subA1.id, 90_000, '2026-10-20'), await observe(w.accounts.distA1.id, 95_000, '2026-11-01')];
    expect(await scanViolations(t.database.db, more.map((o) => o.id))).toBe(2);
    expect(await scanViolations(t.database.db, more.map((o) => o.id))).toBe(0);
    // This year's only: the shared world carries one violation of 2020 at B1's end user.
    const list = (await t.app.inject({ method: 'GET', url: '/api/price-violations?from=2026-01-01', headers: { cookie: hq } })).json();
    expect(list.total).toBe(3);
    expect(list.items.every((v: { pattern: boolean; observedBy: string }) => v.pattern && v.observedBy === w.users.repA1.displayName)).toBe(true);
    const repA1 = (await t.app.inject({ method: 'GET', url: '/api/price-violations', headers: { cookie: await t.login('repa1') } })).json();
    expect(repA1.total).toBe(3);
    const repB1 = (await t.app.inject({ method: 'GET', url: '/api/price-violations?from=2026-01-01', headers: { cookie: await t.login('repb1') } })).json();
    expect(repB1.total).toBe(0);
    const [one] = await t.database.db.select().from(priceViolations).where(eq(priceViolations.observationId, more[0]!.id));
    expect(one!.shortfallFen).toBe(30_000);
  });

  it('reports competitor intelligence within the scope, as direct SQL computes it', async () => {
    await observe(w.accounts.subA1.id, 70_000, '2026-09-05', '友嘉');
    await observe(w.accounts.distB1.id, 60_000, '2026-09-06', '友嘉');
    const hqView = (await t.app.inject({ method: 'GET', url: '/api/competitor-intel', headers: { cookie: hq } })).json();
    const youjia = hqView.competitorPrices.filter((r: { brand: string }) => r.brand === '友嘉');
    const direct = (await t.database.db.execute(sql`select to_char(observed_on, 'YYYY-MM') as month, count(*)::int as n, min(price_fen)::int8 as min from price_observations where competitor_brand = '友嘉' group by 1 order by 1`)) as unknown as { rows: { month: string; n: number; min: string }[] };
    expect(youjia.map((r: { month: string; observations: number; minPriceFen: number }) => ({ month: r.month, n: r.observations, min: r.minPriceFen }))).toEqual(direct.rows.map((r) => ({ ...r, min: Number(r.min) })));
    const ours = hqView.ourModels.find((m: { model: string }) => m.model === w.product.model);
    expect(ours.observations).toBe(Number(((await t.database.db.execute(sql`select count(*)::int as n from price_observations where competitor_brand is null`)) as unknown as { rows: { n: number }[] }).rows[0]!.n));
    const repView = (await t.app.inject({ method: 'GET', url: '/api/competitor-intel', headers: { cookie: await t.login('repa1') } })).json();
    const sept = repView.competitorPrices.find((r: { brand: string; month: string }) => r.brand === '友嘉' && r.month === '2026-09');
    expect(sept).toMatchObject({ observations: 1, minPriceFen: 70_000 });
  });
});
