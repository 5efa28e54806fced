import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/schema';
import { meetingActions } from '../src/db/schema-channel';
import { openTestApp, type TestApp } from './app';
import { buildWorld, type World } from './world';

// Issue 8 leftovers, item 2: a meeting's follow-up action is marked done (with a note) by its owner, the
// owner's manager or HQ; anyone else reading the meeting gets 403 and nothing changes; every change is audited.

describe('follow-up actions marked done by their owner', () => {
  let t: TestApp;
  let w: World;
  let hq: string;
  let actionUrl: string;
  let actionId: string;
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        w = await buildWorld(db);
      },
    });
    hq = await t.login('hq');
    const m = (await call(hq, 'POST', '/api/meetings', { title: '全国会', scope: 'national', heldOn: '2026-11-25', tiers: ['A'] })).json();
    const added = (await call(hq, 'POST', `/api/meetings/${m.id}/actions`, { title: '回访沈阳经销商', ownerId: w.users.repA1.id, dueOn: '2026-12-10' })).json();
    actionId = added.actions[0].id;
    actionUrl = `/api/meetings/${m.id}/actions/${actionId}`;
  });
  afterAll(async () => t.close());

  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, lang = 'zh-CN') =>
    t.app.inject({ method, url, headers: { cookie, 'accept-language': lang }, ...(payload ? { payload } : {}) });
  const row = async () => (await t.database.db.select().from(meetingActions).where(eq(meetingActions.id, actionId)))[0]!;

  it('lets the owner mark it done with a note, which the meeting shows', async () => {
    const rep = await t.login('repa1');
    const noNote = await call(rep, 'PATCH', actionUrl, { done: true });
    expect(noNote.statusCode).toBe(422);
    expect(noNote.json().error).toMatchObject({ code: 'MEETING.ACTION_NOTE_REQUIRED' });
    expect(noNote.json().error.message).toContain('完成说明');
    expect((await call(rep, 'PATCH', actionUrl, { done: true, note: '  ' }, 'en')).json().error.message).toContain('Say what was done');
    expect((await row()).doneAt).toBeNull();
    const done = await call(rep, 'PATCH', actionUrl, { done: true, note: '已回访，订单确认' });
    expect(done.statusCode).toBe(200);
    expect(done.json().actions[0]).toMatchObject({ doneByName: '业务员甲一', doneNote: '已回访，订单确认' });
    expect(done.json().actions[0].doneAt).not.toBeNull();
  });

  it('refuses other reps and another team\'s manager with 403 and changes nothing', async () => {
    const before = await row();
    for (const user of ['repa2', 'repb1', 'mgrb']) {
      const res = await call(await t.login(user), 'PATCH', actionUrl, { done: false });
      expect(res.statusCode, user).toBe(403);
      expect(res.json().error.code).toBe('AUTH.FORBIDDEN');
    }
    expect(await row()).toEqual(before);
    // An action id under another meeting is missing.
    const ghostMeeting = actionUrl.replace(/meetings\/[^/]+/, 'meetings/00000000-0000-4000-8000-00000000beef');
    expect((await call(await t.login('repa1'), 'PATCH', ghostMeeting, { done: false })).statusCode).toBe(404);
  });

  it('lets the owner\'s manager reopen it and HQ close it again, auditing each change', async () => {
    const reopened = await call(await t.login('mgra'), 'PATCH', actionUrl, { done: false });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json().actions[0]).toMatchObject({ doneAt: null, doneByName: null, doneNote: null });
    const closed = await call(hq, 'PATCH', actionUrl, { done: true, note: '总部确认' });
    expect(closed.json().actions[0]).toMatchObject({ doneByName: '总部', doneNote: '总部确认' });
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entity, 'meeting_action'), eq(auditLog.entityId, actionId))).orderBy(auditLog.id);
    expect(audit.map((a) => [a.userId, a.newValue])).toEqual([
      [w.users.repA1.id, { done: true, note: '已回访，订单确认' }],
      [w.users.mgrA.id, { done: false, note: null }],
      [w.users.hq.id, { done: true, note: '总部确认' }],
    ]);
  });
});
