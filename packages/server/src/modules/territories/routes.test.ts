import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Territory } from '@qudao/contract';
import { openTestApp, type TestApp } from '../../../test/app';
import { buildTerritory, buildUnit, buildUser } from '../../../test/builders';

describe('territories API', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        const mgr = await buildUser(db, { username: 'tmgr', role: 'manager' });
        const a = await buildUser(db, { username: 'trep1', role: 'rep', managerId: mgr.id, displayName: '张伟' });
        const b = await buildUser(db, { username: 'trep2', role: 'rep', managerId: mgr.id });
        const c = await buildUser(db, { username: 'trep3', role: 'rep' });
        await buildUser(db, { username: 'thq', role: 'hq' });
        const [u1, u2, u3] = [await buildUnit(db), await buildUnit(db), await buildUnit(db)];
        ids.a = (await buildTerritory(db, { ownerId: a.id, unitIds: [u1.id], name: '甲区' })).id;
        ids.b = (await buildTerritory(db, { ownerId: b.id, unitIds: [u2.id], name: '乙区' })).id;
        ids.c = (await buildTerritory(db, { ownerId: c.id, unitIds: [u3.id], name: '丙区' })).id;
        ids.u1 = u1.id;
      },
    });
  });
  afterAll(async () => t.close());

  const get = async (username: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: await t.login(username) } });

  it('lists only the caller’s territories: a rep their own, a manager their reps’, HQ all', async () => {
    const rep = (await get('trep1', '/api/territories')).json<{ items: Territory[]; total: number }>();
    expect(rep.items.map((x) => x.name)).toEqual(['甲区']);
    expect(rep.items[0]).toMatchObject({ ownerName: '张伟', unitIds: [ids.u1] });
    const mgr = (await get('tmgr', '/api/territories')).json<{ items: Territory[]; total: number }>();
    expect(mgr.items.map((x) => x.name).sort()).toEqual(['乙区', '甲区'].sort());
    expect((await get('thq', '/api/territories')).json().total).toBe(3);
  });

  it('answers 404 for a territory out of scope, exactly as for a missing one', async () => {
    const foreign = await get('trep1', `/api/territories/${ids.c}`);
    const missing = await get('trep1', '/api/territories/00000000-0000-4000-8000-000000000000');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect((await get('tmgr', `/api/territories/${ids.c}`)).statusCode).toBe(404);
    expect((await get('tmgr', `/api/territories/${ids.b}`)).json().name).toBe('乙区');
  });

  it('needs a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/territories' });
    expect(res.statusCode).toBe(401);
  });
});
