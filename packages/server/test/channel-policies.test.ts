import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/schema';
import { tierAssessments } from '../src/db/schema-classes';
import { policies } from '../src/db/schema-channel';
import { openTestApp, type TestApp } from './app';
import { buildWorld, type World } from './world';

// Issue 8 (R2.3): a policy is released only after a meeting discussed it (or HQ overrides with a
// reason); meetings invite distributors by tier and region; recognitions land in the archive history.

describe('policies and distributor meetings', () => {
  let t: TestApp;
  let w: World;
  let hq: string;
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        w = await buildWorld(db);
        const tier = (accountId: string, value: 'A' | 'B') => ({ accountId, effectiveOn: '2026-10-01', tier: value, reasons: [], facts: {}, explanation: {} });
        await db.insert(tierAssessments).values([tier(w.accounts.distA1.id, 'A'), tier(w.accounts.distA2.id, 'A'), tier(w.accounts.distB1.id, 'A'), tier(w.accounts.orphan.id, 'B')]);
      },
    });
    hq = await t.login('hq');
  });
  afterAll(async () => t.close());

  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object, lang = 'zh-CN') =>
    t.app.inject({ method, url, headers: { cookie, 'accept-language': lang }, ...(payload ? { payload } : {}) });

  it('refuses to release a policy never on an agenda, in both languages, and changes nothing', async () => {
    const p = (await call(hq, 'POST', '/api/policies', { title: '2027 年返利政策' })).json();
    expect(p.status).toBe('drafted');
    const zh = await call(hq, 'POST', `/api/policies/${p.id}/release`, {});
    expect(zh.statusCode).toBe(409);
    expect(zh.json().error.code).toBe('POLICY.NOT_DISCUSSED');
    expect(zh.json().error.message).toContain('议程');
    const en = await call(hq, 'POST', `/api/policies/${p.id}/release`, {}, 'en');
    expect(en.json().error.message).toContain('agenda');
    const [row] = await t.database.db.select().from(policies).where(eq(policies.id, p.id));
    expect(row!.status).toBe('drafted');
    // HQ may override with a reason, which is kept.
    const over = await call(hq, 'POST', `/api/policies/${p.id}/release`, { overrideReason: '竞品突然降价，需立即应对' });
    expect(over.statusCode).toBe(200);
    expect(over.json()).toMatchObject({ status: 'released', overrideReason: '竞品突然降价，需立即应对' });
    expect((await call(hq, 'POST', `/api/policies/${p.id}/release`, {})).json().error.code).toBe('POLICY.STATUS_INVALID');
  });

  it('schedules a regional meeting for A-tier distributors, discusses a policy, releases it, records attendance and a recognition', async () => {
    const p = (await call(hq, 'POST', '/api/policies', { title: '区域保护政策' })).json();
    const m = await call(hq, 'POST', '/api/meetings', { title: '辽宁 A 级经销商会', scope: 'regional', regionUnitId: w.units.province.id, heldOn: '2026-11-25', tiers: ['A'] });
    expect(m.statusCode).toBe(201);
    const meeting = m.json();
    // A1 and A2 are A-tier in the province; B1 is outside it; the orphan is B-tier.
    expect(meeting.invitees.map((i: { accountId: string }) => i.accountId).sort()).toEqual([w.accounts.distA1.id, w.accounts.distA2.id].sort());
    const withPolicy = (await call(hq, 'POST', `/api/meetings/${meeting.id}/agenda`, { kind: 'policy', policyId: p.id })).json();
    expect(withPolicy.agenda).toHaveLength(1);
    const released = await call(hq, 'POST', `/api/policies/${p.id}/release`, {});
    expect(released.json()).toMatchObject({ status: 'released', overrideReason: null, meetingIds: [meeting.id] });

    const att = await call(hq, 'PUT', `/api/meetings/${meeting.id}/attendance`, { items: [{ accountId: w.accounts.distA1.id, attended: true }, { accountId: w.accounts.distA2.id, attended: false }] });
    expect(att.json().invitees.find((i: { accountId: string }) => i.accountId === w.accounts.distA1.id).attended).toBe(true);
    expect((await call(hq, 'PUT', `/api/meetings/${meeting.id}/attendance`, { items: [{ accountId: w.accounts.distB1.id, attended: true }] })).json().error.code).toBe('MEETING.NOT_INVITED');

    const board = await call(hq, 'GET', `/api/meetings/${meeting.id}/leaderboard?board=sales_growth`);
    expect(board.statusCode).toBe(200);
    const rec = (await call(hq, 'POST', `/api/meetings/${meeting.id}/agenda`, { kind: 'recognition', accountId: w.accounts.distA1.id, board: 'sales_growth', title: '年度增长之星' })).json();
    const item = rec.agenda.find((g: { kind: string }) => g.kind === 'recognition');
    const confirmed = await call(hq, 'POST', `/api/meetings/${meeting.id}/agenda/${item.id}/confirm`);
    expect(confirmed.statusCode).toBe(200);
    const rows = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, w.accounts.distA1.id), eq(auditLog.field, 'recognition')));
    expect(rows).toHaveLength(1);
    const timeline = await call(hq, 'GET', `/api/accounts/${w.accounts.distA1.id}/timeline?pageSize=200`);
    expect(timeline.body).toContain('年度增长之星');
  });

  it('delivers a released policy through the rep, scoped, and shows who has not heard it', async () => {
    const p = (await call(hq, 'POST', '/api/policies', { title: '以旧换新补贴' })).json();
    const drafted = await call(await t.login('repa1'), 'POST', `/api/policies/${p.id}/deliveries`, { accountId: w.accounts.distA1.id, deliveredOn: '2026-11-20', acknowledgedBy: '王总' });
    expect(drafted.json().error.code).toBe('POLICY.NOT_RELEASED');
    await call(hq, 'POST', `/api/policies/${p.id}/release`, { overrideReason: '总部紧急' });
    const rep = await t.login('repa1');
    const pending = await call(rep, 'GET', `/api/accounts/${w.accounts.endA1Remote.id}/pending-policies`);
    expect(pending.json().items.map((i: { id: string }) => i.id)).toContain(p.id);
    // Another rep's distributor answers like a missing one.
    const hidden = await call(rep, 'POST', `/api/policies/${p.id}/deliveries`, { accountId: w.accounts.distB1.id, deliveredOn: '2026-11-20', acknowledgedBy: 'x' });
    expect(hidden.statusCode).toBe(404);
    const ok = await call(rep, 'POST', `/api/policies/${p.id}/deliveries`, { accountId: w.accounts.distA1.id, deliveredOn: '2026-11-20', acknowledgedBy: '王总' });
    expect(ok.json()).toMatchObject({ deliveredCount: 1, distributorCount: 1 });
    const pendingAfter = await call(rep, 'GET', `/api/accounts/${w.accounts.endA1Remote.id}/pending-policies`);
    expect(pendingAfter.json().items.map((i: { id: string }) => i.id)).not.toContain(p.id);
    const cov = (await call(hq, 'GET', `/api/policies/${p.id}/coverage`)).json();
    expect(cov.delivered.map((d: { accountId: string }) => d.accountId)).toEqual([w.accounts.distA1.id]);
    expect(cov.missing.map((d: { accountId: string }) => d.accountId).sort()).toEqual([w.accounts.distA2.id, w.accounts.distB1.id, w.accounts.orphan.id].sort());
    const repCov = await call(rep, 'GET', `/api/policies/${p.id}/coverage`);
    expect(repCov.body).not.toContain(w.accounts.distB1.id);
    expect((await call(rep, 'POST', '/api/policies', { title: 'x' })).statusCode).toBe(403);
  });
});
