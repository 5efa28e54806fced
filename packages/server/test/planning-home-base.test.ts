import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './app';
import { buildAccount, buildTerritory, buildUnit, buildUser } from './builders';

// Issue 6: a manager stores a rep's home base (a point or an account's location); the planner starts there;
// it is audited in the rep's history, limited to reps and accounts the manager can see, bad input refused.
describe('planning home base', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        const mgr = await buildUser(db, { username: 'hmgr', role: 'manager' });
        const rep = await buildUser(db, { username: 'hrep', role: 'rep', managerId: mgr.id });
        const other = await buildUser(db, { username: 'hother', role: 'rep' });
        const u = await buildUnit(db);
        const u2 = await buildUnit(db);
        await buildTerritory(db, { ownerId: rep.id, unitIds: [u.id] });
        await buildTerritory(db, { ownerId: other.id, unitIds: [u2.id] });
        Object.assign(ids, { rep: rep.id, other: other.id });
        for (let k = 0; k < 4; k++) ids[`a${k}`] = (await buildAccount(db, { unitId: u.id, kind: 'end_user', lng: 123.4 + k * 0.02, lat: 41.8 })).id;
        ids.nowhere = (await buildAccount(db, { unitId: u.id, kind: 'end_user', lng: null, lat: null })).id;
        ids.foreign = (await buildAccount(db, { unitId: u2.id, lng: 120, lat: 30 })).id;
      },
    });
  });
  afterAll(async () => t.close());

  const call = async (user: string, method: 'GET' | 'PUT' | 'DELETE' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: { cookie: await t.login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const url = () => `/api/planning/reps/${ids.rep}/home`;

  it('sets, reads and clears a home base, audited in the rep history', async () => {
    expect((await call('hmgr', 'GET', url())).json()).toEqual({ home: null });
    const set = await call('hmgr', 'PUT', url(), { lng: 123.45, lat: 41.81, label: '沈阳' });
    expect(set.statusCode).toBe(200);
    expect(set.json().home).toMatchObject({ lng: 123.45, lat: 41.81, label: '沈阳', accountId: null });
    const byAccount = await call('hmgr', 'PUT', url(), { accountId: ids.a2 });
    expect(byAccount.json().home).toMatchObject({ lat: 41.8, accountId: ids.a2, label: null });
    const history = (await call('hmgr', 'GET', `/api/audit/user/${ids.rep}`)).json();
    expect(history.items.filter((h: { field: string }) => h.field === 'homeBase')).toHaveLength(2);
    expect((await call('hmgr', 'DELETE', url())).json()).toEqual({ home: null });
    expect((await call('hmgr', 'GET', url())).json()).toEqual({ home: null });
  });

  it('refuses bad input with coded errors and writes nothing', async () => {
    const bad = [{ lng: 200, lat: 31 }, { lng: 121 }, { lng: 121, lat: 31, accountId: ids.a0 }, {}, { lng: 121, lat: 31, label: '' }];
    for (const body of bad) {
      const res = await call('hmgr', 'PUT', url(), body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('REQUEST.INVALID');
    }
    const none = await call('hmgr', 'PUT', url(), { accountId: ids.nowhere });
    expect(none.statusCode).toBe(422);
    expect(none.json().error.code).toBe('PLAN.HOME_NO_LOCATION');
    expect((await call('hmgr', 'GET', url())).json()).toEqual({ home: null });
  });

  it('only for reps and accounts the manager can see; reps cannot set it', async () => {
    expect((await call('hmgr', 'PUT', `/api/planning/reps/${ids.other}/home`, { lng: 121, lat: 31 })).statusCode).toBe(404);
    expect((await call('hmgr', 'PUT', url(), { accountId: ids.foreign })).statusCode).toBe(404);
    expect((await call('hrep', 'PUT', url(), { lng: 121, lat: 31 })).statusCode).toBe(403);
  });

  it('the planner starts from the stored home base', async () => {
    await call('hmgr', 'PUT', url(), { lng: 123.5, lat: 41.9, label: '基地' });
    const started = await call('hmgr', 'POST', '/api/planning/plans', { repId: ids.rep, timeLimitMs: 300 });
    const events = await call('hmgr', 'GET', `/api/planning/jobs/${started.json().jobId}/events`);
    const { planId } = JSON.parse(events.body.trim().split('\n\n').at(-1)!.split('data: ')[1]!) as { planId: string };
    expect((await call('hmgr', 'GET', `/api/planning/plans/${planId}`)).json().summary.home).toEqual({ lng: 123.5, lat: 41.9 });
  });
});
