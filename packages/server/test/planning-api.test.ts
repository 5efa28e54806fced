import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './app';
import { buildAccount, buildTerritory, buildUnit, buildUser } from './builders';
import { accountClasses } from '../src/db/schema-shared';
import { rollPlannedVisits } from '../src/modules/planning/service';
import { visits } from '../src/db/schema-visits';
import { eq } from 'drizzle-orm';

// Issue 6 acceptance (API): a plan with impossible data finishes with those accounts unplanned and why;
// approval creates planned visits once; the rep's iCalendar feed holds them.
describe('visit planning API', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        const mgr = await buildUser(db, { username: 'pmgr', role: 'manager' });
        const rep = await buildUser(db, { username: 'prep', role: 'rep', managerId: mgr.id, displayName: '李明' });
        const other = await buildUser(db, { username: 'pother', role: 'rep' });
        const u = await buildUnit(db);
        const u2 = await buildUnit(db);
        await buildTerritory(db, { ownerId: rep.id, unitIds: [u.id] });
        await buildTerritory(db, { ownerId: other.id, unitIds: [u2.id] });
        Object.assign(ids, { rep: rep.id, other: other.id });
        for (let k = 0; k < 8; k++) {
          const a = await buildAccount(db, { unitId: u.id, kind: k < 2 ? 'distributor' : 'end_user', name: `计划客户${k}`, lng: 123.4 + (k % 4) * 0.02, lat: 41.8 + Math.floor(k / 4) * 0.02 });
          await db.insert(accountClasses).values({ accountId: a.id, valueClass: k < 3 ? 'A' : k < 5 ? 'B' : 'C' });
          ids[`a${k}`] = a.id;
        }
        ids.tiny = (await buildAccount(db, { unitId: u.id, kind: 'end_user', name: '十分钟客户' })).id;
        ids.foreign = (await buildAccount(db, { unitId: u2.id })).id;
      },
    });
  });
  afterAll(async () => t.close());

  const call = async (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: { cookie: await t.login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const generate = async (body: object) => {
    const started = await call('pmgr', 'POST', '/api/planning/plans', { repId: ids.rep, timeLimitMs: 400, ...body });
    expect(started.statusCode).toBe(202);
    const events = await call('pmgr', 'GET', `/api/planning/jobs/${started.json().jobId}/events`);
    expect(events.headers['content-type']).toContain('text/event-stream');
    const last = events.body.trim().split('\n\n').at(-1)!;
    expect(last).toMatch(/^event: done/);
    return JSON.parse(last.split('data: ')[1]!) as { planId: string };
  };

  it('lists impossible accounts as unplanned with the reason instead of failing', async () => {
    const hours = [[[600, 610]], [], [], [], [], [], []];
    expect((await call('pmgr', 'PUT', `/api/planning/opening-hours/${ids.tiny}`, { hours })).statusCode).toBe(204);
    expect((await call('pmgr', 'PUT', `/api/planning/opening-hours/${ids.foreign}`, { hours })).statusCode).toBe(404);
    // A working day of 40 minutes is shorter than any visit (distributor 90, end user 45 minutes).
    const short = await generate({ workStartMin: 540, workEndMin: 580 });
    const plan = (await call('pmgr', 'GET', `/api/planning/plans/${short.planId}`)).json();
    expect(plan.summary.visits).toBe(0);
    const reasons = Object.fromEntries(plan.summary.unplanned.map((u: { id: string; reason: string }) => [u.id, u.reason]));
    expect(reasons[ids.a0!]).toBe('DAY_TOO_SHORT');
    expect(reasons[ids.a7!]).toBe('DAY_TOO_SHORT');
    expect(plan.summary.unplanned).toHaveLength(9);
  });

  it('plans the rep, approves once, rolls planned visits idempotently and serves them in the iCalendar feed', async () => {
    const { planId } = await generate({});
    const plan = (await call('prep', 'GET', `/api/planning/plans/${planId}`)).json();
    expect(plan.status).toBe('draft');
    expect(plan.summary.unplanned).toEqual([{ id: ids.tiny, reason: 'OPENING_TOO_SHORT' }]);
    expect(plan.days.length).toBeGreaterThan(0);
    expect(plan.accounts.find((a: { id: string }) => a.id === ids.a0).weekday).not.toBeNull();
    expect((await call('pother', 'GET', `/api/planning/plans/${planId}`)).statusCode).toBe(404);
    expect((await call('prep', 'POST', `/api/planning/plans/${planId}/approve`)).statusCode).toBe(403);
    const approved = await call('pmgr', 'POST', `/api/planning/plans/${planId}/approve`);
    expect(approved.statusCode).toBe(200);
    const created = approved.json().created as number;
    expect(created).toBeGreaterThan(0);
    expect((await call('pmgr', 'POST', `/api/planning/plans/${planId}/approve`)).json().error.code).toBe('PLAN.NOT_DRAFT');
    const list = (await call('prep', 'GET', '/api/visits?status=planned&pageSize=200')).json();
    expect(list.total).toBe(created);
    // Rolling again (the daily run) creates nothing twice.
    expect(await rollPlannedVisits(t.database.db, planId, '2026-11-20')).toBe(0);
    const feed = (await call('prep', 'GET', '/api/planning/ical')).json().path as string;
    const ics = await t.app.inject({ method: 'GET', url: feed });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    const events = ics.body.split('BEGIN:VEVENT').length - 1;
    expect(events).toBe(created);
    expect(ics.body).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\n/);
    const regenerated = (await call('prep', 'POST', '/api/planning/ical/regenerate')).json().path as string;
    expect(regenerated).not.toBe(feed);
    expect((await t.app.inject({ method: 'GET', url: feed })).statusCode).toBe(404);
  });

  it('re-plans from the previous plan keeping weekdays and reports what moved', async () => {
    const [prev] = (await call('pmgr', 'GET', `/api/planning/plans?repId=${ids.rep}`)).json().items.filter((p: { status: string }) => p.status === 'approved');
    const { planId } = await generate({ basePlanId: prev.id, maxMovedPct: 0 });
    const next = (await call('pmgr', 'GET', `/api/planning/plans/${planId}`)).json();
    expect(next.summary.moved).toEqual([]);
  });

  it('reports coverage: required vs effective per class, overdue accounts and the backtracking index', async () => {
    const planned = await t.database.db.select().from(visits).where(eq(visits.repId, ids.rep!)).orderBy(visits.plannedOn);
    const day = planned[0]!.plannedOn;
    const sameDay = planned.filter((v) => v.plannedOn === day);
    // Visit the day's stops in a zig-zag order so the real route is longer than the best one.
    const pts = [[123.4, 41.8], [123.46, 41.8], [123.42, 41.8], [123.48, 41.8]];
    for (const [k, v] of sameDay.slice(0, 4).entries()) {
      await t.database.db.update(visits).set({ status: 'done', effective: true, checkInAt: `2026-11-23T0${k + 1}:00:00Z`, checkInLng: pts[k]![0], checkInLat: pts[k]![1] }).where(eq(visits.id, v.id));
    }
    const res = await call('pmgr', 'GET', `/api/planning/coverage?month=${day.slice(0, 7)}`);
    expect(res.statusCode).toBe(200);
    const cov = res.json();
    expect(cov.reps.map((r: { repId: string }) => r.repId)).toEqual([ids.rep]);
    const rep = cov.reps[0];
    expect(rep.classes.A.required).toBeGreaterThan(0);
    const effective = rep.classes.A.effective + rep.classes.B.effective + rep.classes.C.effective;
    expect(effective).toBe(Math.min(4, sameDay.length));
    expect(cov.team.A.required).toBe(rep.classes.A.required);
    expect(rep.overdue.some((o: { accountId: string; neverVisited: boolean }) => o.accountId === ids.tiny && o.neverVisited)).toBe(true);
    if (sameDay.length >= 3) expect(rep.backtracking.index).toBeGreaterThan(1);
    expect((await call('prep', 'GET', '/api/planning/coverage')).statusCode).toBe(403);
    expect((await call('pmgr', 'GET', `/api/planning/coverage?repId=${ids.other}`)).json().reps).toEqual([]);
  });
});
