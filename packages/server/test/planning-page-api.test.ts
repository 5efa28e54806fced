import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestApp, type TestApp } from './app';
import { buildAccount, buildTerritory, buildUnit, buildUser } from './builders';
import { visits } from '../src/db/schema-visits';

// What the plan page (issue 6 item 6) relies on: a plan starts on the Monday of this week, so approving it
// gives the rep today's visits; the plan carries its settings; a manager reads and renews the calendar
// address of their own reps only. The test clock stands on Friday 2026-11-20.
describe('plan page API', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        const mgr = await buildUser(db, { username: 'wmgr', role: 'manager' });
        const otherMgr = await buildUser(db, { username: 'wmgr2', role: 'manager' });
        const rep = await buildUser(db, { username: 'wrep', role: 'rep', managerId: mgr.id });
        const u = await buildUnit(db);
        await buildTerritory(db, { ownerId: rep.id, unitIds: [u.id] });
        for (let k = 0; k < 10; k++) await buildAccount(db, { unitId: u.id, kind: 'end_user', name: `周计划客户${k}`, lng: 123.4 + (k % 5) * 0.01, lat: 41.8 + Math.floor(k / 5) * 0.01 });
        Object.assign(ids, { rep: rep.id, otherMgr: otherMgr.id });
      },
    });
  });
  afterAll(async () => t.close());

  const call = async (user: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: await t.login(user) }, ...(payload ? { payload } : {}) });

  it('starts the plan on this week\'s Monday with its settings; approval rolls out today\'s visits', async () => {
    const started = await call('wmgr', 'POST', '/api/planning/plans', { repId: ids.rep, timeLimitMs: 400, horizonWeeks: 1, workDays: [4] });
    expect(started.statusCode).toBe(202);
    const events = await call('wmgr', 'GET', `/api/planning/jobs/${started.json().jobId}/events`);
    const planId = JSON.parse(events.body.trim().split('\n\n').at(-1)!.split('data: ')[1]!).planId as string;
    const plan = (await call('wrep', 'GET', `/api/planning/plans/${planId}`)).json();
    expect(plan.startDate).toBe('2026-11-16');
    expect(plan.settings).toMatchObject({ horizonWeeks: 1, workDays: [4], workStartMin: 510, workEndMin: 1050, maxMovedPct: 10 });
    // Ten nearby end users, each weekly on the one working day, Friday: the 20th has visits.
    const friday = plan.days.find((d: { date: string }) => d.date === '2026-11-20');
    expect(friday.stops.length).toBeGreaterThan(0);
    expect((await call('wmgr', 'POST', `/api/planning/plans/${planId}/approve`)).statusCode).toBe(200);
    const today = await t.database.db.select().from(visits).where(and(eq(visits.repId, ids.rep!), eq(visits.plannedOn, '2026-11-20')));
    expect(today.map((v) => v.accountId).sort()).toEqual(friday.stops.map((s: { accountId: string }) => s.accountId).sort());
    const todayView = (await call('wrep', 'GET', '/api/today')).json();
    expect(todayView.visits).toHaveLength(friday.stops.length);
  });

  it('gives a manager the calendar address of their rep, renews it, and hides other reps\'', async () => {
    const own = (await call('wrep', 'GET', '/api/planning/ical')).json().path as string;
    const seen = await call('wmgr', 'GET', `/api/planning/reps/${ids.rep}/ical`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().path).toBe(own);
    const missing = await call('wmgr2', 'GET', '/api/planning/reps/00000000-0000-4000-8000-000000000000/ical');
    const foreign = await call('wmgr2', 'GET', `/api/planning/reps/${ids.rep}/ical`);
    expect(`${foreign.statusCode} ${foreign.body}`).toBe(`${missing.statusCode} ${missing.body}`);
    expect(foreign.statusCode).toBe(404);
    expect((await call('wmgr2', 'POST', `/api/planning/reps/${ids.rep}/ical/regenerate`)).statusCode).toBe(404);
    expect((await call('wrep', 'GET', `/api/planning/reps/${ids.rep}/ical`)).statusCode).toBe(403);
    expect((await call('wmgr', 'GET', `/api/planning/reps/${ids.otherMgr}/ical`)).statusCode).toBe(404);
    const renewed = (await call('wmgr', 'POST', `/api/planning/reps/${ids.rep}/ical/regenerate`)).json().path as string;
    expect(renewed).not.toBe(own);
    expect((await t.app.inject({ method: 'GET', url: own })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: renewed })).statusCode).toBe(200);
    expect((await call('wrep', 'GET', '/api/planning/ical')).json().path).toBe(renewed);
  });
});
