import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Territory } from '@qudao/contract';
import { openTestApp, type TestApp } from '../../../test/app';
import { buildAccount, buildTerritory, buildUnit, buildUser } from '../../../test/builders';

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
        ids.b1 = b.id;
        ids.c1 = c.id;
        ids.account = (await buildAccount(db, { unitId: u1.id, name: '甲区客户' })).id;
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

  const send = async (username: string, method: 'POST' | 'PATCH', url: string, payload: object) =>
    t.app.inject({ method, url, headers: { cookie: await t.login(username), 'accept-language': 'en' }, payload });
  const history = async (username: string, entity: string, id: string | undefined) => (await get(username, `/api/audit/${entity}/${id}?order=asc`)).json().items;

  it('records creating, renaming and assigning a rep in the territory history, and the accounts’ new rep', async () => {
    const created = await send('tmgr', 'POST', '/api/territories', { name: '丁区', ownerId: ids.b1 });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const renamed = await send('tmgr', 'PATCH', `/api/territories/${id}`, { name: '丁区（新）' });
    expect(renamed.json()).toMatchObject({ name: '丁区（新）', ownerId: ids.b1 });
    expect(await history('tmgr', 'territory', id)).toEqual([
      expect.objectContaining({ field: 'name', oldValue: null, newValue: '丁区', source: 'manual' }),
      expect.objectContaining({ field: 'ownerName', oldValue: null, newValue: expect.any(String) }),
      expect.objectContaining({ field: 'name', oldValue: '丁区', newValue: '丁区（新）' }),
    ]);
    // 甲区 goes from 张伟 to the other rep: its account's history says so too.
    const assigned = await send('tmgr', 'PATCH', `/api/territories/${ids.a}`, { ownerId: ids.b1 });
    expect(assigned.statusCode).toBe(200);
    const newRep = assigned.json().ownerName;
    expect(await history('thq', 'territory', ids.a)).toContainEqual(expect.objectContaining({ field: 'ownerName', oldValue: '张伟', newValue: newRep }));
    expect(await history('thq', 'account', ids.account)).toContainEqual(expect.objectContaining({ field: 'repName', oldValue: '张伟', newValue: newRep }));
    expect((await get('thq', `/api/accounts/${ids.account}`)).json().repName).toBe(newRep);
  });

  it('refuses owners outside the team and territories out of scope, changing nothing; hides their history', async () => {
    const before = (await get('thq', `/api/territories/${ids.b}`)).json();
    const foreignRep = await send('tmgr', 'PATCH', `/api/territories/${ids.b}`, { ownerId: ids.c1 });
    expect(foreignRep.statusCode).toBe(422);
    expect(foreignRep.json().error.code).toBe('TERRITORY.ASSIGNMENT_INVALID');
    expect((await send('tmgr', 'POST', '/api/territories', { name: '无主', ownerId: null })).statusCode).toBe(422);
    expect((await send('tmgr', 'PATCH', `/api/territories/${ids.c}`, { name: 'HACKED' })).statusCode).toBe(404);
    expect((await send('trep1', 'PATCH', `/api/territories/${ids.b}`, { name: 'HACKED' })).statusCode).toBe(403);
    expect((await send('tmgr', 'PATCH', `/api/territories/${ids.b}`, {})).statusCode).toBe(400);
    expect((await get('thq', `/api/territories/${ids.b}`)).json()).toEqual(before);
    expect((await get('tmgr', `/api/audit/territory/${ids.c}`)).statusCode).toBe(404);
    expect((await get('trep1', `/api/audit/territory/${ids.c}`)).statusCode).toBe(404);
  });

  it('needs a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/territories' });
    expect(res.statusCode).toBe(401);
  });
});
