import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { loadDemo } from '../src/demo/load';
import { classRuns } from '../src/db/schema-classes';
import { accountClasses } from '../src/db/schema-shared';
import { runClassification } from '../src/modules/classes/service';
import { runMonthlyIfDue } from '../src/modules/classes/scheduler';
import { openTestApp, type TestApp } from './app';

// Issue 4 acceptance: on the demo data a classification run gives about 20 % of accounts in A carrying
// about 80 % of sales, and each class shows its visit interval.

describe('value classes on the demo company', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        await loadDemo(db, { seed: 1, password: 'test-password-1', referenceDate: '2026-11-15' });
      },
      start: new Date('2026-11-20T02:00:00Z'),
    });
  }, 120_000);
  afterAll(async () => t.close());

  it('dry run: ≈20 % of accounts in A carry ≈80 % of sales; intervals 14/30/60; nothing stored', async () => {
    const before = (await t.database.db.select().from(classRuns)).length;
    const ctx = { userId: null, now: new Date('2026-11-20T02:00:00Z'), source: 'system' as const };
    const r = await runClassification(t.database.db, { asOf: '2026-11-20', dryRun: true, trigger: 'cli', ctx });
    if (!r.ok) throw new Error(r.code);
    const all = r.value.summary.filter((s) => s.kind === 'all');
    const a = all.find((s) => s.valueClass === 'A')!;
    expect(a.valueSharePercent).toBeGreaterThanOrEqual(78);
    expect(a.valueSharePercent).toBeLessThanOrEqual(85);
    expect(a.accountSharePercent).toBeGreaterThanOrEqual(10);
    expect(a.accountSharePercent).toBeLessThanOrEqual(30);
    const dist = r.value.summary.filter((s) => s.kind === 'distributor');
    expect(dist.map((s) => s.visitIntervalDays)).toEqual([14, 30, 60]);
    expect(await t.database.db.select().from(classRuns)).toHaveLength(before);
  });

  it('HQ runs on demand through the API: stored with parameters, current classes written, moves listed', async () => {
    const cookie = await t.login('hq', 'test-password-1');
    const res = await t.app.inject({ method: 'POST', url: '/api/classes/runs', headers: { cookie }, payload: {} });
    expect(res.statusCode).toBe(201);
    const run = res.json();
    const [n] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(accountClasses);
    expect(n!.n).toBe(run.accountCount);
    const list = await t.app.inject({ method: 'GET', url: `/api/classes/runs/${run.id}/accounts?kind=distributor`, headers: { cookie } });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { rank: number | null; cumulativeSharePct: number | null }[];
    expect(items.length).toBeGreaterThan(10);
    // The demo load classified already; a second run on the same data moves nobody.
    const again = await t.app.inject({ method: 'POST', url: '/api/classes/runs', headers: { cookie }, payload: {} });
    expect(again.json().movedCount).toBe(0);
  });

  it('monthly scheduler runs once per month (injected clock)', async () => {
    const db = t.database.db;
    expect(await runMonthlyIfDue(db, new Date('2026-11-25T02:00:00Z'), 'Asia/Shanghai')).toBeNull(); // November has runs
    const dec = await runMonthlyIfDue(db, new Date('2026-11-30T17:00:00Z'), 'Asia/Shanghai'); // 1 Dec in Shanghai
    expect(dec).not.toBeNull();
    const [row] = await db.select().from(classRuns).where(eq(classRuns.id, dec!));
    expect(row!.month).toBe('2026-12');
    expect(row!.trigger).toBe('scheduled');
    const tierRuns = await db.execute(sql`select count(*)::int as n from tier_runs where trigger = 'scheduled' and as_of = '2026-12-01'`);
    expect((tierRuns as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1);
    expect(await runMonthlyIfDue(db, new Date('2026-12-02T02:00:00Z'), 'Asia/Shanghai')).toBeNull();
  });

  it('override with reason and expiry wins on the next run; a blank reason is refused', async () => {
    const cookie = await t.login('hq', 'test-password-1');
    const [acc] = await t.database.db.select().from(accountClasses).where(eq(accountClasses.valueClass, 'C')).limit(1);
    const bad = await t.app.inject({ method: 'PUT', url: `/api/accounts/${acc!.accountId}/class-override`, headers: { cookie }, payload: { valueClass: 'A', reason: ' ', expiresOn: '2027-01-31' } });
    expect(bad.statusCode).toBe(422);
    const good = await t.app.inject({ method: 'PUT', url: `/api/accounts/${acc!.accountId}/class-override`, headers: { cookie }, payload: { valueClass: 'A', reason: '战略客户', expiresOn: '2027-01-31' } });
    expect(good.statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: '/api/classes/runs', headers: { cookie }, payload: {} });
    const view = await t.app.inject({ method: 'GET', url: `/api/accounts/${acc!.accountId}/class`, headers: { cookie } });
    expect(view.json()).toMatchObject({ valueClass: 'A', override: { reason: '战略客户' } });
  });
});
