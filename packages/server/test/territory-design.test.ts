import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units } from '../src/db/schema';
import { seedUnits } from '../src/units/seed';
import { openTestApp, type TestApp } from './app';
import { buildAccount, buildTerritory, buildUser } from './builders';

// Liaoning's 14 prefectures, seeded from china-geojson, split among three reps of one manager.
describe('territory design API (R1)', () => {
  let t: TestApp;
  let hq: string;
  let mgr: string;
  let rep: string;
  let liaoning: { id: string; name: string }[];
  let territoryIds: string[];
  const accountByUnit = new Map<string, string>();
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        await seedUnits(db);
        await buildUser(db, { username: 'hq', role: 'hq' });
        const m = await buildUser(db, { username: 'mgr', role: 'manager' });
        const reps = await Promise.all([1, 2, 3].map((i) => buildUser(db, { username: `rep${i}`, displayName: `业务员${i}`, role: 'rep', managerId: m.id })));
        liaoning = (await db.select({ id: units.id, name: units.name }).from(units).where(eq(units.parentId, 'CN-21'))).sort((a, b) => (a.id < b.id ? -1 : 1));
        const parts = [liaoning.slice(0, 5), liaoning.slice(5, 10), liaoning.slice(10)];
        territoryIds = [];
        for (let i = 0; i < 3; i++) territoryIds.push((await buildTerritory(db, { ownerId: reps[i]!.id, unitIds: parts[i]!.map((u) => u.id), name: `区${i}` })).id);
        for (const [i, u] of liaoning.entries()) {
          for (let j = 0; j < 1 + (i % 4); j++) {
            const a = await buildAccount(db, { unitId: u.id, kind: j === 0 ? 'distributor' : 'end_user', name: `${u.name}客户${j}` });
            accountByUnit.set(u.id, a.id);
          }
        }
      },
    });
    hq = await t.login('hq');
    mgr = await t.login('mgr');
    rep = await t.login('rep1');
  }, 60_000);
  afterAll(async () => t.close());

  const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  /** Follows a job's server-sent events to the end; the last event must have `state`. */
  const lastEvent = async (cookie: string, jobId: string, state: string) => {
    const events = await get(cookie, `/api/territory-design/jobs/${jobId}/events`);
    expect(events.headers['content-type']).toContain('text/event-stream');
    const last = events.body.trim().split('\n\n').at(-1)!;
    expect(last.split('\n')[0]).toBe(`event: ${state}`);
    return JSON.parse(last.split('\n')[1]!.slice('data: '.length));
  };
  const send = (cookie: string, method: 'POST' | 'PUT' | 'DELETE', url: string, payload: object, lang = 'en') => t.app.inject({ method, url, headers: { cookie, 'accept-language': lang }, payload });

  it('computes adjacency of the seeded prefectures from shared boundaries', async () => {
    const res = await get(hq, `/api/units/adjacency?unitId=${liaoning.find((u) => u.name === '大连市')!.id}`);
    expect(res.statusCode).toBe(200);
    const names = new Map(liaoning.map((u) => [u.id, u.name]));
    const neighbours = res.json().items.map((p: { unitA: string; unitB: string }) => names.get(p.unitA) === '大连市' ? names.get(p.unitB) : names.get(p.unitA));
    expect(neighbours).toEqual(expect.arrayContaining(['营口市', '鞍山市', '丹东市']));
    expect(neighbours).not.toContain('沈阳市');
  });

  it('lets HQ remove and add a neighbour pair, and nobody else', async () => {
    const [a, b] = [liaoning[0]!.id, liaoning[1]!.id];
    expect((await send(mgr, 'POST', '/api/units/adjacency', { unitA: a, unitB: b })).statusCode).toBe(403);
    expect((await send(hq, 'POST', '/api/units/adjacency', { unitA: a, unitB: b })).json()).toMatchObject({ source: 'manual' });
    expect((await send(hq, 'DELETE', '/api/units/adjacency', { unitA: b, unitB: a })).statusCode).toBe(200);
    const after = (await get(hq, `/api/units/adjacency?unitId=${a}`)).json().items;
    expect(after.some((p: { unitB: string; unitA: string }) => [p.unitA, p.unitB].includes(b))).toBe(false);
    expect((await send(hq, 'POST', '/api/units/adjacency', { unitA: a, unitB: 'NOPE' })).json().error.code).toBe('UNITS.ADJACENCY_INVALID');
  });

  it('reports workload per unit and territory for a manager, and refuses reps', async () => {
    expect((await get(rep, '/api/territory-design/workload')).statusCode).toBe(403);
    const w = (await get(mgr, '/api/territory-design/workload')).json();
    expect(w.units).toHaveLength(14);
    expect(w.territories).toHaveLength(3);
    const total = w.units.reduce((s: number, u: { accounts: number }) => s + u.accounts, 0);
    expect(total).toBe(liaoning.reduce((s, _u, i) => s + 1 + (i % 4), 0));
    for (const u of w.units) expect(u.hours).toBeCloseTo(u.visitHours + u.travelHours);
    // The builder puts every account on one spot: no travel inside a unit, but the daily commute remains.
    for (const t of w.territories) expect(t.travelHours).toBeGreaterThan(0);
    expect(w.capacityHours).toBeCloseTo(21 * 8 * 0.85);
  });

  it('sizes the sales force with a curve around the answer', async () => {
    const s = (await get(hq, '/api/territory-design/sizing')).json();
    expect(s.repsNeeded).toBeGreaterThanOrEqual(1);
    expect(s.currentReps).toBe(3);
    const point = s.curve.find((p: { reps: number }) => p.reps === s.repsNeeded);
    expect(point.highestUtilisationPct).toBeLessThanOrEqual(100);
  });

  it('designs 3 contiguous territories and applies a move: reps change with audit and handover', async () => {
    const res = await send(mgr, 'POST', '/api/territory-design/jobs', { k: 3, measures: ['hours'], timeLimitS: 2 });
    expect(res.statusCode).toBe(202);
    // Another user cannot follow or cancel the manager's job.
    expect((await get(hq, `/api/territory-design/jobs/${res.json().jobId}/events`)).statusCode).toBe(404);
    expect((await send(hq, 'POST', `/api/territory-design/jobs/${res.json().jobId}/cancel`, {})).statusCode).toBe(404);
    const d = (await lastEvent(mgr, res.json().jobId, 'done')).result;
    expect(d.assignment).toHaveLength(14);
    expect(d.after.contiguous).toBe(true);
    expect(d.after.maxDeviationPct).toBeLessThanOrEqual(d.before.maxDeviationPct + 1e-9);
    // Move one unit of territory 0 to territory 1 by hand.
    const unit = liaoning[0]!;
    const applied = await send(mgr, 'POST', '/api/territory-design/apply', { assignment: [{ unitId: unit.id, territoryId: territoryIds[1] }] });
    expect(applied.statusCode).toBe(200);
    expect(applied.json().unitsMoved).toBe(1);
    expect(applied.json().handover[0]).toMatchObject({ fromRep: '业务员1', toRep: '业务员2' });
    const accountId = accountByUnit.get(unit.id)!;
    expect((await get(hq, `/api/accounts/${accountId}`)).json().repName).toBe('业务员2');
    const history = (await get(hq, `/api/audit/account/${accountId}`)).json().items;
    expect(history).toContainEqual(expect.objectContaining({ field: 'repName', oldValue: '业务员1', newValue: '业务员2', source: 'manual' }));
    // Both territories' histories show the unit that moved (GET /api/audit/territory/:id).
    const received = (await get(mgr, `/api/audit/territory/${territoryIds[1]}`)).json().items;
    expect(received).toContainEqual(expect.objectContaining({ field: 'unitIds', newValue: expect.arrayContaining([unit.id]), userName: expect.any(String) }));
    const gave = (await get(mgr, `/api/audit/territory/${territoryIds[0]}`)).json().items[0];
    expect(gave.oldValue).toContain(unit.id);
    expect(gave.newValue).not.toContain(unit.id);
  });

  it('runs a design job on the worker pool; cancelling it keeps the best design found so far', async () => {
    const res = await send(hq, 'POST', '/api/territory-design/jobs', { k: 3, measures: ['hours', 'accounts'], tolerancePct: 1, timeLimitS: 30 });
    expect(res.statusCode).toBe(202);
    const jobId = res.json().jobId;
    expect((await send(hq, 'POST', `/api/territory-design/jobs/${jobId}/cancel`, {})).statusCode).toBe(204);
    const started = Date.now();
    const event = await lastEvent(hq, jobId, 'cancelled');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(event.result.assignment).toHaveLength(14);
    expect(event.error).toBeNull();
  });

  it('refuses a design request the scope cannot satisfy before starting a job', async () => {
    const res = await send(mgr, 'POST', '/api/territory-design/jobs', { k: 5 });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('TERRITORY.DESIGN_INVALID');
  });

  it('lets managers read the workload parameters and only HQ change them, validated', async () => {
    const config = (await get(mgr, '/api/territory-design/config')).json();
    expect(config).toMatchObject({ daysPerMonth: 21, hoursPerDay: 8, utilisation: 0.85 });
    expect((await get(rep, '/api/territory-design/config')).statusCode).toBe(403);
    expect((await send(mgr, 'PUT', '/api/territory-design/config', { ...config, daysPerMonth: 20 })).statusCode).toBe(403);
    const bad = await send(hq, 'PUT', '/api/territory-design/config', { ...config, utilisation: 1.5 }, 'zh-CN');
    expect(bad.statusCode).toBe(400);
    expect((await get(hq, '/api/territory-design/config')).json().utilisation).toBe(0.85);
    const ok = await send(hq, 'PUT', '/api/territory-design/config', { ...config, daysPerMonth: 20 });
    expect(ok.statusCode).toBe(200);
    expect((await get(mgr, '/api/territory-design/config')).json().daysPerMonth).toBe(20);
    expect((await get(mgr, '/api/territory-design/workload')).json().capacityHours).toBeCloseTo(20 * 8 * 0.85, 6);
    await send(hq, 'PUT', '/api/territory-design/config', config);
  });

  it('refuses an assignment outside the scope and changes nothing', async () => {
    const res = await send(mgr, 'POST', '/api/territory-design/apply', { assignment: [{ unitId: 'CN-11-01', territoryId: territoryIds[0] }] });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('TERRITORY.ASSIGNMENT_INVALID');
  });

  describe('GeoJSON import', () => {
    const square = (x: number, y: number, close = true) => {
      const ring = [[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1]];
      return { type: 'Polygon', coordinates: [close ? [...ring, [x, y]] : ring] };
    };
    const feature = (id: string | undefined, name: string | undefined, geometry: object) => ({ type: 'Feature', properties: { id, name }, geometry });
    const count = async () => {
      const [row] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(units);
      return row!.n;
    };

    it.each([
      ['an open ring', [feature('X1', '甲县', square(121, 41, false))], /not closed|at least 4/],
      ['a point geometry', [feature('X1', '甲县', { type: 'Point', coordinates: [121, 41] })], /Point/],
      ['a duplicate id', [feature('X1', '甲县', square(121, 41)), feature('X1', '乙县', square(121.1, 41))], /duplicate id X1/],
      ['a missing name', [feature('X1', undefined, square(121, 41))], /name missing/],
      ['an unknown parent', [feature('X1', '甲县', square(121, 41))], /parent unit NOPE/],
      ['not a FeatureCollection', null, /FeatureCollection/],
    ])('refuses %s with a clear message and imports nothing', async (_what, features, message) => {
      const before = await count();
      const geojson = features === null ? { type: 'Feature' } : { type: 'FeatureCollection', features };
      const res = await send(hq, 'POST', '/api/units/import', { level: 'county', parentId: _what === 'an unknown parent' ? 'NOPE' : 'CN-21-01', geojson });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('UNITS.GEOJSON_INVALID');
      expect(res.json().error.message).toMatch(message);
      expect(await count()).toBe(before);
    });

    it('explains the refusal in the caller\'s language', async () => {
      const geojson = { type: 'FeatureCollection', features: [feature('X1', '甲县', square(121, 41, false))] };
      const res = await send(hq, 'POST', '/api/units/import', { level: 'county', parentId: 'CN-21-01', geojson }, 'zh-CN');
      expect(res.json().error.message).toBe('GeoJSON 文件有误，未导入任何单元：第 1 个要素 (X1)：环未闭合（首尾坐标不同）');
    });

    it('imports valid counties with their adjacency, HQ only', async () => {
      const geojson = { type: 'FeatureCollection', features: [feature('CNTY-1', '甲县', square(121, 41)), feature('CNTY-2', '乙县', square(121.1, 41))] };
      expect((await send(mgr, 'POST', '/api/units/import', { level: 'county', parentId: 'CN-21-01', geojson })).statusCode).toBe(403);
      const res = await send(hq, 'POST', '/api/units/import', { level: 'county', parentId: 'CN-21-01', geojson });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toEqual({ imported: 2, adjacencyPairs: 1 });
      const again = await send(hq, 'POST', '/api/units/import', { level: 'county', parentId: 'CN-21-01', geojson });
      expect(again.json().error.message).toMatch(/already exist/);
    });
  });
});
