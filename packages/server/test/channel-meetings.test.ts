import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareEstimates } from '../src/db/schema-shared';
import { tierAssessments } from '../src/db/schema-classes';
import { policyDeliveries } from '../src/db/schema-channel';
import { visitItems, visits } from '../src/db/schema-visits';
import { openTestApp, type TestApp } from './app';
import { buildWorld, type World } from './world';

// Issue 8 item 2 (R2.3): leaderboards of share-of-business gain and service evaluation (figures checked
// by hand), invitee preview, follow-up actions, place, recognitions in the archive; item 1: a visit item
// naming a pending policy delivers it and the brief stops listing it.

describe('meetings: leaderboards, actions, recognitions; policy delivery at a visit', () => {
  let t: TestApp;
  let w: World;
  let hq: string;
  let meetingId: string;
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        w = await buildWorld(db);
        const tier = (accountId: string) => ({ accountId, effectiveOn: '2026-10-01', tier: 'A' as const, reasons: [], facts: {}, explanation: {} });
        await db.insert(tierAssessments).values([tier(w.accounts.distA1.id), tier(w.accounts.distA2.id)]);
        // Window of a meeting on 2026-11-25: [2025-11-01, 2026-11-01), the year before from 2024-11-01.
        const share = (accountId: string, date: string, ourSharePct: number) => ({ accountId, date, ourSharePct, source: 'manual' as const });
        await db.insert(shareEstimates).values([
          share(w.accounts.distA1.id, '2025-06-01', 30), share(w.accounts.distA1.id, '2026-03-01', 40), share(w.accounts.distA1.id, '2026-09-01', 45),
          share(w.accounts.distA2.id, '2025-10-01', 50), share(w.accounts.distA2.id, '2026-05-01', 48),
          share(w.accounts.distA2.id, '2026-11-10', 90), // after the window: not counted
        ]);
        const visit = async (accountId: string, repId: string, status: 'done' | 'in_progress', plannedOn: string, s: [number, number, number, number]) => {
          const [v] = await db.insert(visits).values({ accountId, repId, kind: 'downline', status, plannedOn, objectives: [] }).returning();
          await db.insert(visitItems).values({ visitId: v!.id, kind: 'distributor_evaluation', data: { kind: 'distributor_evaluation', scores: { responsiveness: s[0], technicalSkill: s[1], spareParts: s[2], attitude: s[3] }, comment: null } });
        };
        await visit(w.accounts.endA1Remote.id, w.users.repA1.id, 'done', '2026-06-01', [5, 4, 3, 4]); // 4
        await visit(w.accounts.subA1.id, w.users.repA1.id, 'done', '2026-07-01', [3, 3, 3, 3]); // 3
        await visit(w.accounts.subA1.id, w.users.repA1.id, 'in_progress', '2026-08-01', [1, 1, 1, 1]); // not done
        await visit(w.accounts.endA1Remote.id, w.users.repA1.id, 'done', '2025-09-01', [1, 1, 1, 1]); // before the window
        await visit(w.accounts.endA2.id, w.users.repA2.id, 'done', '2026-02-01', [2, 2, 2, 3]); // 2.25
      },
    });
    hq = await t.login('hq');
  });
  afterAll(async () => t.close());

  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object, lang = 'zh-CN') =>
    t.app.inject({ method, url, headers: { cookie, 'accept-language': lang }, ...(payload ? { payload } : {}) });

  it('previews the invitees by tier and region, then schedules with a place', async () => {
    const preview = await call(hq, 'GET', `/api/meetings/invitee-preview?tiers=A&regionUnitId=${w.units.province.id}`);
    expect(preview.json().items.map((i: { accountId: string; tier: string }) => [i.accountId, i.tier]).sort()).toEqual([[w.accounts.distA1.id, 'A'], [w.accounts.distA2.id, 'A']].sort());
    expect((await call(hq, 'GET', '/api/meetings/invitee-preview?tiers=D')).statusCode).toBe(400);
    expect((await call(await t.login('mgra'), 'GET', '/api/meetings/invitee-preview?tiers=A')).statusCode).toBe(403);
    const m = await call(hq, 'POST', '/api/meetings', { title: '辽宁 A 级会', scope: 'regional', regionUnitId: w.units.province.id, heldOn: '2026-11-25', place: '沈阳 友谊宾馆', tiers: ['A'] });
    expect(m.statusCode).toBe(201);
    expect(m.json()).toMatchObject({ place: '沈阳 友谊宾馆', actions: [] });
    meetingId = m.json().id;
    const moved = await call(hq, 'PATCH', `/api/meetings/${meetingId}`, { place: '大连 会展中心' });
    expect(moved.json().place).toBe('大连 会展中心');
  });

  it('ranks share-of-business gain and service evaluation from downline visits', async () => {
    const share = (await call(hq, 'GET', `/api/meetings/${meetingId}/leaderboard?board=share_gain`)).json().items;
    expect(share).toEqual([
      { accountId: w.accounts.distA1.id, name: w.accounts.distA1.name, value: 15, rank: 1 },
      { accountId: w.accounts.distA2.id, name: w.accounts.distA2.name, value: -2, rank: 2 },
    ]);
    const service = (await call(hq, 'GET', `/api/meetings/${meetingId}/leaderboard?board=service_evaluation`)).json().items;
    expect(service).toEqual([
      { accountId: w.accounts.distA1.id, name: w.accounts.distA1.name, value: 3.5, rank: 1 },
      { accountId: w.accounts.distA2.id, name: w.accounts.distA2.name, value: 2.25, rank: 2 },
    ]);
  });

  it('keeps follow-up actions with owner, due date and done, refusing an unknown owner in both languages', async () => {
    const ghost = '00000000-0000-4000-8000-000000000bad';
    const zh = await call(hq, 'POST', `/api/meetings/${meetingId}/actions`, { title: '调查跨区低价', ownerId: ghost, dueOn: '2026-12-10' });
    expect(zh.statusCode).toBe(422);
    expect(zh.json().error).toMatchObject({ code: 'MEETING.OWNER_INVALID' });
    expect(zh.json().error.message).toContain('负责人');
    expect((await call(hq, 'POST', `/api/meetings/${meetingId}/actions`, { title: 'x', ownerId: ghost, dueOn: '2026-12-10' }, 'en')).json().error.message).toContain('owner');
    const added = (await call(hq, 'POST', `/api/meetings/${meetingId}/actions`, { title: '调查跨区低价', ownerId: w.users.mgrA.id, dueOn: '2026-12-10' })).json();
    expect(added.actions).toEqual([expect.objectContaining({ title: '调查跨区低价', ownerId: w.users.mgrA.id, dueOn: '2026-12-10', doneAt: null })]);
    const actionId = added.actions[0].id;
    const done = (await call(hq, 'PATCH', `/api/meetings/${meetingId}/actions/${actionId}`, { done: true, note: '已走访两家' })).json();
    expect(done.actions[0].doneAt).not.toBeNull();
    const reopened = (await call(hq, 'PATCH', `/api/meetings/${meetingId}/actions/${actionId}`, { done: false })).json();
    expect(reopened.actions[0].doneAt).toBeNull();
    expect((await call(await t.login('repa1'), 'POST', `/api/meetings/${meetingId}/actions`, { title: 'x', ownerId: w.users.repA1.id, dueOn: '2026-12-10' })).statusCode).toBe(403);
  });

  it('shows confirmed recognitions in the distributor archive, scoped', async () => {
    const rec = (await call(hq, 'POST', `/api/meetings/${meetingId}/agenda`, { kind: 'recognition', accountId: w.accounts.distA1.id, board: 'share_gain', title: '份额提升之星' })).json();
    const item = rec.agenda.find((g: { title: string }) => g.title === '份额提升之星');
    const rep = await t.login('repa1');
    const before = (await call(rep, 'GET', `/api/accounts/${w.accounts.distA1.id}/recognitions`)).json().items;
    expect(before.map((r: { title: string }) => r.title)).toEqual(['增长之星A1']);
    await call(hq, 'POST', `/api/meetings/${meetingId}/agenda/${item.id}/confirm`);
    const after = (await call(rep, 'GET', `/api/accounts/${w.accounts.distA1.id}/recognitions`)).json().items;
    expect(after[0]).toMatchObject({ title: '份额提升之星', board: 'share_gain', meetingId, heldOn: '2026-11-25' });
    expect((await call(rep, 'GET', `/api/accounts/${w.accounts.distB1.id}/recognitions`)).statusCode).toBe(404);
  });

  it('lets a manager rank and propose only their own distributors; HQ confirms', async () => {
    const mgrA = await t.login('mgra');
    const shared = w.channel.meetingId; // invites A1 (manager A's) and B1 (not)
    const board = (await call(mgrA, 'GET', `/api/meetings/${shared}/leaderboard?board=sales_growth`)).json().items;
    expect(board.map((r: { accountId: string }) => r.accountId)).not.toContain(w.accounts.distB1.id);
    const hqBoard = (await call(hq, 'GET', `/api/meetings/${shared}/leaderboard?board=target_achievement`)).statusCode;
    expect(hqBoard).toBe(200);
    const ghost = '00000000-0000-4000-8000-000000000bad';
    const hidden = await call(mgrA, 'POST', `/api/meetings/${shared}/proposals`, { accountId: w.accounts.distB1.id, board: 'sales_growth', title: '越权表彰' });
    const missing = await call(mgrA, 'POST', `/api/meetings/${shared}/proposals`, { accountId: ghost, board: 'sales_growth', title: '越权表彰' });
    expect(`${hidden.statusCode} ${hidden.json().error.code}`).toBe(`${missing.statusCode} ${missing.json().error.code}`);
    expect(hidden.json().error.code).toBe('MEETING.NOT_INVITED');
    const proposed = await call(mgrA, 'POST', `/api/meetings/${shared}/proposals`, { accountId: w.accounts.distA1.id, board: 'service_evaluation', title: '服务之星' });
    expect(proposed.statusCode).toBe(200);
    const item = proposed.json().agenda.find((g: { title: string }) => g.title === '服务之星');
    expect(item).toMatchObject({ kind: 'recognition', accountId: w.accounts.distA1.id, board: 'service_evaluation', confirmedAt: null });
    expect((await call(mgrA, 'POST', `/api/meetings/${shared}/agenda/${item.id}/confirm`)).statusCode).toBe(403);
    expect((await call(await t.login('repa1'), 'POST', `/api/meetings/${shared}/proposals`, { accountId: w.accounts.distA1.id, board: 'sales_growth', title: 'x' })).statusCode).toBe(403);
    const confirmed = (await call(hq, 'POST', `/api/meetings/${shared}/agenda/${item.id}/confirm`)).json();
    expect(confirmed.agenda.find((g: { id: string }) => g.id === item.id).confirmedAt).not.toBeNull();
  });

  it('delivers a pending policy through a visit item at the distributor; the brief stops listing it', async () => {
    const p = (await call(hq, 'POST', '/api/policies', { title: '以旧换新补贴', effectiveOn: '2027-01-01' })).json();
    expect(p.effectiveOn).toBe('2027-01-01');
    const drafted = (await call(hq, 'POST', '/api/policies', { title: '草拟政策' })).json();
    await call(hq, 'POST', `/api/policies/${p.id}/release`, { overrideReason: '总部紧急' });
    const rep = await t.login('repa1');
    const visitId = w.visits.ownA1.visitId;
    const brief = (await call(rep, 'GET', `/api/visits/${visitId}/brief`)).json();
    expect(brief.pendingPolicies.map((x: { id: string }) => x.id)).toContain(p.id);
    const notReleased = await call(rep, 'POST', `/api/visits/${visitId}/items`, { kind: 'policy', policy: '草拟政策', acknowledgedBy: '王总', policyId: drafted.id });
    expect(notReleased.json().error.code).toBe('POLICY.NOT_RELEASED');
    const item = await call(rep, 'POST', `/api/visits/${visitId}/items`, { kind: 'policy', policy: p.title, acknowledgedBy: '王总', policyId: p.id });
    expect(item.statusCode).toBe(201);
    const [d] = await t.database.db.select().from(policyDeliveries).where(eq(policyDeliveries.policyId, p.id));
    expect(d).toMatchObject({ accountId: w.accounts.distA1.id, visitId, acknowledgedBy: '王总' });
    const after = (await call(rep, 'GET', `/api/visits/${visitId}/brief`)).json();
    expect(after.pendingPolicies.map((x: { id: string }) => x.id)).not.toContain(p.id);
    const cov = (await call(hq, 'GET', `/api/policies/${p.id}/coverage`)).json();
    expect(cov.delivered.map((x: { accountId: string }) => x.accountId)).toEqual([w.accounts.distA1.id]);
  });
});
