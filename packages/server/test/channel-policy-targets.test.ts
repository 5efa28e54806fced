import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/schema';
import { tierAssessments } from '../src/db/schema-classes';
import { policies } from '../src/db/schema-channel';
import { openTestApp, type TestApp } from './app';
import { buildWorld, type World } from './world';

// Issue 8 leftovers, item 1: a policy may be for some tiers and some regions only. Coverage, "not yet told",
// the visit brief's pending policies and a meeting's invitees then count only the distributors it is for.
// World: A1 (沈阳, under 辽宁) tier A, A2 (大连, under 辽宁) tier B, B1 (长春, no province) tier A, orphan (UX) tier A.

describe('policies limited to tiers and regions', () => {
  let t: TestApp;
  let w: World;
  let hq: string;
  let liaoningA: { id: string };
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        w = await buildWorld(db);
        const tier = (accountId: string, value: 'A' | 'B', effectiveOn = '2026-10-01') => ({ accountId, effectiveOn, tier: value, reasons: [], facts: {}, explanation: {} });
        await db.insert(tierAssessments).values([
          tier(w.accounts.distA1.id, 'A'),
          // A2 was A last year and is B now: only the current tier counts.
          tier(w.accounts.distA2.id, 'A', '2025-10-01'), tier(w.accounts.distA2.id, 'B'),
          tier(w.accounts.distB1.id, 'A'), tier(w.accounts.orphan.id, 'A'),
        ]);
      },
    });
    hq = await t.login('hq');
  });
  afterAll(async () => t.close());

  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, lang = 'zh-CN') =>
    t.app.inject({ method, url, headers: { cookie, 'accept-language': lang }, ...(payload ? { payload } : {}) });
  const ids = (rows: { accountId: string }[]) => rows.map((r) => r.accountId).sort();

  it('drafts a policy for A-tier distributors of one province and lists its targets with names', async () => {
    const res = await call(hq, 'POST', '/api/policies', { title: '辽宁 A 级返利', targetTiers: ['A', 'A'], targetUnitIds: [w.units.province.id] });
    expect(res.statusCode).toBe(201);
    liaoningA = res.json();
    expect(res.json()).toMatchObject({ targetTiers: ['A'], targetUnits: [{ id: w.units.province.id, name: '辽宁省' }], distributorCount: 1 });
    const all = (await call(hq, 'POST', '/api/policies', { title: '全国政策' })).json();
    expect(all).toMatchObject({ targetTiers: [], targetUnits: [], distributorCount: 4 });
    const bEverywhere = (await call(hq, 'POST', '/api/policies', { title: 'B 级政策', targetTiers: ['B'] })).json();
    expect(bEverywhere.distributorCount).toBe(1);
    // A prefecture is a region too: 长春 holds B1 only.
    const city = (await call(hq, 'POST', '/api/policies', { title: '长春政策', targetUnitIds: [w.units.ub1.id] })).json();
    expect(city.distributorCount).toBe(1);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, liaoningA.id));
    expect(audit.find((a) => a.field === 'targets')?.newValue).toEqual({ tiers: ['A'], unitIds: [w.units.province.id] });
  });

  it('refuses an unknown region in both languages and writes nothing; an unknown tier is a validation error', async () => {
    const before = (await t.database.db.select().from(policies)).length;
    const zh = await call(hq, 'POST', '/api/policies', { title: '坏范围', targetUnitIds: [w.units.province.id, 'NOPE9'] });
    expect(zh.statusCode).toBe(422);
    expect(zh.json().error).toMatchObject({ code: 'POLICY.TARGET_INVALID' });
    expect(zh.json().error.message).toContain('NOPE9');
    expect(zh.json().error.message).toContain('区域');
    const en = await call(hq, 'POST', '/api/policies', { title: 'bad', targetUnitIds: ['NOPE9'] }, 'en');
    expect(en.json().error.message).toContain('region NOPE9');
    expect((await call(hq, 'POST', '/api/policies', { title: 'bad', targetTiers: ['D'] })).statusCode).toBe(400);
    expect((await t.database.db.select().from(policies)).length).toBe(before);
  });

  it('counts coverage, "not yet told" and pending policies over the targeted distributors only', async () => {
    await call(hq, 'POST', `/api/policies/${liaoningA.id}/release`, { overrideReason: '测试：直接发布' });
    const cov = (await call(hq, 'GET', `/api/policies/${liaoningA.id}/coverage`)).json();
    expect(cov.delivered).toEqual([]);
    expect(ids(cov.missing)).toEqual([w.accounts.distA1.id]);
    // The managers' policy-delivery dashboard counts the same targeted distributors, and drills to them.
    const dash = (await call(hq, 'GET', '/api/dashboards/policies')).json() as { categories: { key: string }[]; series: { key: string; values: number[] }[] };
    const at = dash.categories.findIndex((c) => c.key === liaoningA.id);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(dash.series.find((x) => x.key === 'distributors')!.values[at]).toBe(1);
    const dashMissing = (await call(hq, 'GET', `/api/dashboards/policies/accounts?category=${liaoningA.id}&series=notDelivered&pageSize=200`)).json();
    expect(dashMissing.items.map((i: { accountId: string }) => i.accountId)).toEqual([w.accounts.distA1.id]);
    const repA1 = await t.login('repa1');
    // The brief of a visit to A1 or to an end user buying through A1 suggests it; A2 (B now) and B1 (outside 辽宁) not.
    const pending = async (cookie: string, accountId: string) => ((await call(cookie, 'GET', `/api/accounts/${accountId}/pending-policies`)).json().items as { id: string }[]).map((p) => p.id);
    expect(await pending(repA1, w.accounts.distA1.id)).toContain(liaoningA.id);
    expect(await pending(repA1, w.accounts.endA1Remote.id)).toContain(liaoningA.id);
    expect(await pending(await t.login('repa2'), w.accounts.distA2.id)).not.toContain(liaoningA.id);
    expect(await pending(await t.login('repb1'), w.accounts.distB1.id)).not.toContain(liaoningA.id);
    // Telling a distributor the policy is not for is refused, in both languages, and not recorded.
    const repB1 = await t.login('repb1');
    const wrong = await call(repB1, 'POST', `/api/policies/${liaoningA.id}/deliveries`, { accountId: w.accounts.distB1.id, deliveredOn: '2026-11-20', acknowledgedBy: '李总' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.code).toBe('POLICY.NOT_TARGETED');
    expect(wrong.json().error.message).toContain('适用');
    const wrongEn = await call(repB1, 'POST', `/api/policies/${liaoningA.id}/deliveries`, { accountId: w.accounts.distB1.id, deliveredOn: '2026-11-20', acknowledgedBy: '李总' }, 'en');
    expect(wrongEn.json().error.message).toContain('outside the tiers or regions');
    const ok = await call(repA1, 'POST', `/api/policies/${liaoningA.id}/deliveries`, { accountId: w.accounts.distA1.id, deliveredOn: '2026-11-20', acknowledgedBy: '王总' });
    expect(ok.json()).toMatchObject({ deliveredCount: 1, distributorCount: 1 });
    const after = (await call(hq, 'GET', `/api/policies/${liaoningA.id}/coverage`)).json();
    expect(ids(after.delivered)).toEqual([w.accounts.distA1.id]);
    expect(after.missing).toEqual([]);
    expect(await pending(repA1, w.accounts.distA1.id)).not.toContain(liaoningA.id);
  });

  it('suggests and invites only the distributors a policy is for when a meeting is to discuss it', async () => {
    const p = (await call(hq, 'POST', '/api/policies', { title: '辽宁新品推广', targetUnitIds: [w.units.province.id] })).json();
    const without = (await call(hq, 'GET', '/api/meetings/invitee-preview?tiers=A,B')).json().items;
    expect(ids(without)).toEqual([w.accounts.distA1.id, w.accounts.distA2.id, w.accounts.distB1.id, w.accounts.orphan.id].sort());
    const withPolicy = (await call(hq, 'GET', `/api/meetings/invitee-preview?tiers=A,B&policyId=${p.id}`)).json().items;
    expect(ids(withPolicy)).toEqual([w.accounts.distA1.id, w.accounts.distA2.id].sort());
    expect((await call(hq, 'GET', `/api/meetings/invitee-preview?tiers=A&policyId=${liaoningA.id}`)).json().items.map((i: { accountId: string }) => i.accountId)).toEqual([w.accounts.distA1.id]);
    const m = await call(hq, 'POST', '/api/meetings', { title: '全国会（辽宁政策）', scope: 'national', heldOn: '2026-12-05', tiers: ['A', 'B'], policyId: p.id });
    expect(m.statusCode).toBe(201);
    expect(ids(m.json().invitees)).toEqual([w.accounts.distA1.id, w.accounts.distA2.id].sort());
    const ghost = '00000000-0000-4000-8000-00000000beef';
    expect((await call(hq, 'POST', '/api/meetings', { title: 'x', scope: 'national', heldOn: '2026-12-05', tiers: ['A'], policyId: ghost })).statusCode).toBe(404);
  });
});
