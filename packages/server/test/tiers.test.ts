import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from './app';
import { buildSalesLine } from './builders';
import { buildWorld, type World } from './world';

// Distributor tiers through the API (R6): sales-ratio share computed and stored, tier with explanation
// and policy on the account, needs review with reasons (never a guess), list filters and scoped status.

describe('distributor tiers', () => {
  let t: TestApp;
  let w: World;
  let hq: string;
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        w = await buildWorld(db);
        // distA1: ¥30.3 M of our sales through it in the last year (its own ¥30 M plus ¥0.1 M each from itself
        // and its two downline accounts in the world) against ¥60 M turnover (large), credit AA → share 50.5 % → tier B.
        await buildSalesLine(db, { accountId: w.accounts.distA1.id, productId: w.product.id, date: '2026-06-01', amountFen: 3_000_000_000, grossProfitFen: 600_000_000 });
        await db.execute(sql`insert into account_profiles (account_id, credit_rating, machine_tool_turnover_fen) values (${w.accounts.distA1.id}::uuid, 'AA', 6000000000)`);
        // distB1: turnover known, credit missing → needs review with the reason.
        await db.execute(sql`insert into account_profiles (account_id, machine_tool_turnover_fen) values (${w.accounts.distB1.id}::uuid, 2000000000)`);
      },
    });
    hq = await t.login('hq');
  });
  afterAll(async () => t.close());

  it('a run tiers every distributor, stores the sales-ratio share and explains each tier', async () => {
    const dry = await t.app.inject({ method: 'POST', url: '/api/tiers/runs', headers: { cookie: hq }, payload: { dryRun: true } });
    expect(dry.json()).toMatchObject({ dryRun: true, runId: null });
    const res = await t.app.inject({ method: 'POST', url: '/api/tiers/runs', headers: { cookie: hq }, payload: {} });
    expect(res.statusCode).toBe(200);
    expect(res.json().counts).toMatchObject({ B: 1, needs_review: 3 });
    const card = (await t.app.inject({ method: 'GET', url: `/api/accounts/${w.accounts.distA1.id}/tier`, headers: { cookie: hq } })).json();
    expect(card.current.tier).toBe('B');
    expect(card.current.explanation.en).toContain('50');
    expect(card.policy.actions.length).toBeGreaterThan(0);
    expect(card.shares).toEqual([expect.objectContaining({ source: 'sales_ratio' })]);
    expect(card.shares[0].ourSharePct).toBe(50.5);
    const b1 = (await t.app.inject({ method: 'GET', url: `/api/accounts/${w.accounts.distB1.id}/tier`, headers: { cookie: hq } })).json();
    expect(b1.current).toMatchObject({ tier: 'needs_review', reasons: expect.arrayContaining(['credit_missing']) });
    // A second run on the same data adds no history row.
    await t.app.inject({ method: 'POST', url: '/api/tiers/runs', headers: { cookie: hq }, payload: {} });
    const again = (await t.app.inject({ method: 'GET', url: `/api/accounts/${w.accounts.distA1.id}/tier`, headers: { cookie: hq } })).json();
    expect(again.history).toHaveLength(1);
  });

  it('the tiers page data is scoped; the migration report counts new tiers', async () => {
    const mgr = await t.login('mgra');
    const page = (await t.app.inject({ method: 'GET', url: '/api/tiers', headers: { cookie: mgr } })).json();
    const seen = page.items.map((i: { accountId: string }) => i.accountId);
    expect(seen).toContain(w.accounts.distA1.id);
    expect(seen).not.toContain(w.accounts.distB1.id);
    expect(seen).not.toContain(w.accounts.orphan.id);
    const mig = (await t.app.inject({ method: 'GET', url: '/api/tiers/migration?from=2026-01-01&to=2026-12-31', headers: { cookie: hq } })).json();
    expect(mig.items).toContainEqual(expect.objectContaining({ from: null, to: 'B', count: 1 }));
    const rep = await t.login('repa1');
    expect((await t.app.inject({ method: 'GET', url: '/api/tiers', headers: { cookie: rep } })).statusCode).toBe(403);
  });

  it('the account list filters by tier and class; status answers only visible accounts', async () => {
    await t.app.inject({ method: 'POST', url: '/api/classes/runs', headers: { cookie: hq }, payload: {} });
    const list = (await t.app.inject({ method: 'GET', url: '/api/accounts?tier=B', headers: { cookie: hq } })).json();
    expect(list.items.map((a: { id: string }) => a.id)).toEqual([w.accounts.distA1.id]);
    // Every world account started trading within the year: provisional, distributors B by default.
    const byClass = (await t.app.inject({ method: 'GET', url: '/api/accounts?valueClass=B&pageSize=200', headers: { cookie: hq } })).json();
    expect(byClass.items.map((a: { id: string }) => a.id)).toContain(w.accounts.distA1.id);
    const rep = await t.login('repa1');
    const ids = Object.values(w.accounts).map((a) => a.id).join(',');
    const status = (await t.app.inject({ method: 'GET', url: `/api/classes/status?ids=${ids}`, headers: { cookie: rep } })).json();
    expect(status.items).toHaveLength(3);
    expect(status.items.find((s: { accountId: string }) => s.accountId === w.accounts.distA1.id)).toMatchObject({ valueClass: 'B', provisional: true, tier: 'B', sharePct: 50.5 });
  });

  it('a manager reads the accounts and summary of a run only within scope', async () => {
    const run = (await t.app.inject({ method: 'POST', url: '/api/classes/runs', headers: { cookie: hq }, payload: {} })).json();
    const mgr = await t.login('mgra');
    const res = await t.app.inject({ method: 'GET', url: `/api/classes/runs/${run.id}/accounts`, headers: { cookie: mgr } });
    expect(res.statusCode).toBe(200);
    for (const hidden of [w.accounts.distB1, w.accounts.endB1, w.accounts.orphan]) {
      expect(res.body).not.toContain(hidden.id);
      expect(res.body).not.toContain(hidden.name);
    }
    const all = res.json().run.summary.filter((r: { kind: string }) => r.kind === 'all');
    expect(all.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(5);
    const rep = await t.login('repa1');
    expect((await t.app.inject({ method: 'GET', url: `/api/classes/runs/${run.id}/accounts`, headers: { cookie: rep } })).statusCode).toBe(403);
  });
});
