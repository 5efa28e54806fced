import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './app';
import { buildWorld, type World } from './world';

// Issue 2 acceptance: every change to an account or contact shows in its audit history with who, when,
// old and new.

interface Entry {
  field: string;
  oldValue: unknown;
  newValue: unknown;
  userId: string | null;
  userName: string | null;
  at: string;
  source: string;
}

describe('audit history of accounts and contacts', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await openTestApp({
      start: new Date('2026-11-20T02:00:00Z'),
      seed: async (db) => {
        w = await buildWorld(db);
      },
    });
  });
  afterAll(async () => t.close());

  const history = async (cookie: string, entity: string, id: string): Promise<Entry[]> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/audit/${entity}/${id}?pageSize=200&order=asc`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    return res.json().items;
  };

  it('records each changed field of an account with who, when, old and new, and nothing for unchanged fields', async () => {
    const rep = await t.login('repa1');
    const created = await t.app.inject({ method: 'POST', url: '/api/accounts', headers: { cookie: rep }, payload: { name: '审计客户', kind: 'distributor', unitId: 'UA1', phone: '024-1' } });
    const id = created.json().id;
    t.advance(60_000);
    await t.app.inject({ method: 'PATCH', url: `/api/accounts/${id}`, headers: { cookie: rep }, payload: { version: 0, name: '审计客户（新）', phone: '024-1', status: 'dormant' } });
    const mgr = await t.login('mgra');
    t.advance(60_000);
    await t.app.inject({ method: 'PATCH', url: `/api/accounts/${id}`, headers: { cookie: mgr }, payload: { address: '沈阳市铁西区' } });

    const entries = await history(mgr, 'account', id);
    const creation = entries.filter((e) => e.at === '2026-11-20T02:00:00.000Z');
    expect(creation.map((e) => e.field).sort()).toEqual(['kind', 'name', 'phone', 'status', 'unitId'].sort());
    expect(creation.every((e) => e.oldValue === null && e.userName === '业务员甲一' && e.source === 'manual')).toBe(true);
    const changes = entries.filter((e) => e.at !== '2026-11-20T02:00:00.000Z');
    expect(changes).toEqual([
      expect.objectContaining({ field: 'name', oldValue: '审计客户', newValue: '审计客户（新）', userId: w.users.repA1.id, at: '2026-11-20T02:01:00.000Z' }),
      expect.objectContaining({ field: 'status', oldValue: 'active', newValue: 'dormant', userId: w.users.repA1.id, at: '2026-11-20T02:01:00.000Z' }),
      expect.objectContaining({ field: 'address', oldValue: null, newValue: '沈阳市铁西区', userId: w.users.mgrA.id, userName: '经理甲', at: '2026-11-20T02:02:00.000Z' }),
    ]);
  });

  it('records the creation, changes and deletion of a contact, readable after the deletion', async () => {
    const rep = await t.login('repa1');
    const accountId = w.accounts.distA1.id;
    const created = await t.app.inject({ method: 'POST', url: `/api/accounts/${accountId}/contacts`, headers: { cookie: rep }, payload: { name: '赵工', phone: '139' } });
    const id = created.json().id;
    await t.app.inject({ method: 'PATCH', url: `/api/contacts/${id}`, headers: { cookie: rep }, payload: { phone: '138', title: '厂长' } });
    await t.app.inject({ method: 'DELETE', url: `/api/contacts/${id}`, headers: { cookie: rep } });
    const entries = await history(rep, 'contact', id);
    const fields = (pred: (e: Entry) => boolean) => entries.filter(pred).map((e) => `${e.field}:${JSON.stringify(e.oldValue)}→${JSON.stringify(e.newValue)}`);
    expect(fields((e) => e.oldValue === null && e.newValue !== null && e.field !== 'title')).toEqual(expect.arrayContaining(['accountId:null→' + JSON.stringify(accountId), 'name:null→"赵工"', 'phone:null→"139"', 'isPrimary:null→false']));
    expect(fields((e) => e.field === 'phone')).toEqual(['phone:null→"139"', 'phone:"139"→"138"', 'phone:"138"→null']);
    expect(fields((e) => e.field === 'title')).toEqual(['title:null→"厂长"', 'title:"厂长"→null']);
    expect(entries.every((e) => e.userId === w.users.repA1.id && e.userName && e.at)).toBe(true);
    // Out of scope: the other team's rep cannot read it.
    const other = await t.login('repb1');
    const res = await t.app.inject({ method: 'GET', url: `/api/audit/contact/${id}`, headers: { cookie: other } });
    expect(res.statusCode).toBe(404);
  });

  it('keeps the account and its audit rows together: a refused write leaves no audit row', async () => {
    const rep = await t.login('repa1');
    const before = await history(rep, 'account', w.accounts.subA1.id);
    const refused = await t.app.inject({ method: 'PATCH', url: `/api/accounts/${w.accounts.subA1.id}`, headers: { cookie: rep }, payload: { name: '越界', unitId: 'UX', distributorId: null } });
    expect(refused.json().error.code).toBe('ACCOUNT.OUT_OF_SCOPE');
    expect(await history(rep, 'account', w.accounts.subA1.id)).toEqual(before);
  });
});
