import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './app';
import { buildWorld, type World } from './world';

describe('accounts API', () => {
  let t: TestApp;
  let w: World;
  let hq: string;
  let repA1: string;
  let mgrA: string;
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        w = await buildWorld(db);
      },
    });
    hq = await t.login('hq');
    repA1 = await t.login('repa1');
    mgrA = await t.login('mgra');
  });
  afterAll(async () => t.close());

  const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const send = (cookie: string, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url, headers: { cookie, ...headers }, ...(payload ? { payload } : {}) });

  it('lists for a rep their accounts and the downline of their distributors, with total', async () => {
    const res = await get(repA1, '/api/accounts');
    expect(res.statusCode).toBe(200);
    const names = res.json().items.map((a: { name: string }) => a.name).sort();
    expect(names).toEqual([w.accounts.distA1.name, w.accounts.endA1Remote.name, w.accounts.subA1.name].sort());
    expect(res.json().total).toBe(3);
  });

  it('lists for a manager the accounts of all their reps, and for HQ everything', async () => {
    expect((await get(mgrA, '/api/accounts')).json().total).toBe(5);
    expect((await get(hq, '/api/accounts')).json().total).toBe(8);
  });

  it('joins the unit, province, distributor and rep names', async () => {
    const a = (await get(hq, `/api/accounts/${w.accounts.subA1.id}`)).json();
    expect(a).toMatchObject({ unitName: '沈阳市', provinceName: '辽宁省', distributorName: w.accounts.distA1.name, repName: '业务员甲一', repId: w.users.repA1.id });
  });

  it('searches name, external code, address and phone, case-insensitively and literally', async () => {
    expect((await get(hq, `/api/accounts?q=${encodeURIComponent('沈阳')}`)).json().total).toBe(2);
    expect((await get(hq, `/api/accounts?q=${w.accounts.orphan.externalCode!.toLowerCase()}`)).json().items[0].id).toBe(w.accounts.orphan.id);
    expect((await get(hq, `/api/accounts?q=${encodeURIComponent(w.accounts.endB1.phone!)}`)).json().total).toBe(1);
    expect((await get(hq, '/api/accounts?q=%25')).json().total).toBe(0);
  });

  it('filters by kind, status, unit, province, distributor, rep and location, and sorts and pages', async () => {
    expect((await get(hq, '/api/accounts?kind=distributor')).json().total).toBe(4);
    expect((await get(hq, '/api/accounts?provinceId=P21')).json().total).toBe(4);
    expect((await get(hq, `/api/accounts?distributorId=${w.accounts.distA1.id}`)).json().total).toBe(2);
    expect((await get(hq, `/api/accounts?repId=${w.users.repB1.id}`)).json().total).toBe(3);
    expect((await get(hq, '/api/accounts?hasLocation=false')).json().total).toBe(1);
    expect((await get(hq, '/api/accounts?unitId=UA2')).json().total).toBe(2);
    const page1 = (await get(hq, '/api/accounts?sort=name&order=desc&pageSize=3&page=1')).json();
    const page2 = (await get(hq, '/api/accounts?sort=name&order=desc&pageSize=3&page=2')).json();
    expect(page1.items).toHaveLength(3);
    expect(page1.total).toBe(8);
    const names = [...page1.items, ...page2.items].map((a: { name: string }) => a.name);
    // Collation-independent: descending is ascending reversed (names are unique here).
    const ascending = (await get(hq, '/api/accounts?sort=name&order=asc&pageSize=200')).json().items.map((a: { name: string }) => a.name);
    expect(names).toEqual([...ascending].reverse().slice(0, 6));
    expect(new Set(names).size).toBe(6);
    const byUnit = (await get(hq, '/api/accounts?sort=unitName&pageSize=200')).json().items.map((a: { unitName: string }) => a.unitName);
    // Sorted by unit: each unit's accounts come together.
    const runs = byUnit.filter((u: string, i: number) => i === 0 || byUnit[i - 1] !== u);
    expect(new Set(runs).size).toBe(runs.length);
    expect((await get(hq, '/api/accounts?sort=nope')).statusCode).toBe(400);
  });

  it('answers the map points of the visible accounts with coordinates', async () => {
    const res = (await get(repA1, '/api/accounts/points')).json();
    expect(res.total).toBe(3);
    expect(Object.keys(res.items[0]).sort()).toEqual(['id', 'kind', 'lat', 'lng', 'name']);
    expect((await get(hq, '/api/accounts/points')).json().total).toBe(7);
  });

  it('answers an out-of-scope account exactly like a missing one', async () => {
    const hidden = await get(repA1, `/api/accounts/${w.accounts.distB1.id}`);
    const missing = await get(repA1, '/api/accounts/00000000-0000-4000-8000-000000000000');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(missing.body);
    expect((await get(repA1, '/api/accounts/not-a-uuid')).statusCode).toBe(400);
  });

  it('creates an account in the rep territory and refuses one outside it', async () => {
    const ok = await send(repA1, 'POST', '/api/accounts', { name: '新客户', kind: 'end_user', unitId: 'UA1', distributorId: w.accounts.distA1.id, lng: 123.1, lat: 41.7 });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ name: '新客户', version: 0, repId: w.users.repA1.id, status: 'active' });
    const outside = await send(repA1, 'POST', '/api/accounts', { name: '越界客户', kind: 'distributor', unitId: 'UB1' });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.code).toBe('ACCOUNT.OUT_OF_SCOPE');
    const hiddenDistributor = await send(repA1, 'POST', '/api/accounts', { name: '借道客户', kind: 'end_user', unitId: 'UA1', distributorId: w.accounts.distB1.id });
    expect(hiddenDistributor.json().error.code).toBe('ACCOUNT.DISTRIBUTOR_INVALID');
    const notADistributor = await send(repA1, 'POST', '/api/accounts', { name: '错上级', kind: 'end_user', unitId: 'UA1', distributorId: w.accounts.subA1.id });
    expect(notADistributor.json().error.code).toBe('ACCOUNT.DISTRIBUTOR_INVALID');
    const badUnit = await send(hq, 'POST', '/api/accounts', { name: '无单元', kind: 'distributor', unitId: 'NOPE' });
    expect(badUnit.json().error.code).toBe('ACCOUNT.UNIT_INVALID');
    const dupe = await send(hq, 'POST', '/api/accounts', { name: '重复编码', kind: 'distributor', unitId: 'UX', externalCode: w.accounts.orphan.externalCode });
    expect(dupe.statusCode).toBe(409);
    expect(dupe.json().error.code).toBe('CONFLICT.DUPLICATE');
  });

  it('changes an account with optimistic versions and refuses moving it out of scope', async () => {
    const id = w.accounts.subA1.id;
    const first = await send(repA1, 'PATCH', `/api/accounts/${id}`, { version: 0, phone: '024-1234' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ phone: '024-1234', version: 1 });
    const stale = await send(repA1, 'PATCH', `/api/accounts/${id}`, { version: 0, phone: '024-9999' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT.STALE_VERSION');
    const away = await send(repA1, 'PATCH', `/api/accounts/${id}`, { unitId: 'UX', distributorId: null });
    expect(away.json().error.code).toBe('ACCOUNT.OUT_OF_SCOPE');
    expect((await get(repA1, `/api/accounts/${id}`)).json()).toMatchObject({ unitId: 'UA1', version: 1 });
    const demote = await send(hq, 'PATCH', `/api/accounts/${w.accounts.distA1.id}`, { kind: 'end_user' });
    expect(demote.json().error.code).toBe('ACCOUNT.DISTRIBUTOR_INVALID');
  });

  it('replays a create with the same Idempotency-Key instead of creating twice', async () => {
    const body = { name: '幂等客户', kind: 'distributor', unitId: 'UA1' };
    const a = await send(repA1, 'POST', '/api/accounts', body, { 'idempotency-key': 'k-1' });
    const b = await send(repA1, 'POST', '/api/accounts', body, { 'idempotency-key': 'k-1' });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json().id).toBe(a.json().id);
    expect((await get(hq, `/api/accounts?q=${encodeURIComponent('幂等客户')}`)).json().total).toBe(1);
  });

  it('lists, adds, changes and deletes contacts, keeping one primary', async () => {
    const accountId = w.accounts.distA1.id;
    const created = await send(repA1, 'POST', `/api/accounts/${accountId}/contacts`, { name: '王经理', isPrimary: true, email: 'wang@example.com' });
    expect(created.statusCode).toBe(201);
    const second = await send(repA1, 'POST', `/api/accounts/${accountId}/contacts`, { name: '李经理', isPrimary: true });
    const list = (await get(repA1, `/api/accounts/${accountId}/contacts`)).json();
    expect(list.items.filter((c: { isPrimary: boolean }) => c.isPrimary).map((c: { name: string }) => c.name)).toEqual(['李经理']);
    const patched = await send(repA1, 'PATCH', `/api/contacts/${created.json().id}`, { version: 1, title: '总经理' });
    expect(patched.json()).toMatchObject({ title: '总经理', version: 2 });
    expect((await send(repA1, 'DELETE', `/api/contacts/${second.json().id}`)).statusCode).toBe(200);
    expect((await send(repA1, 'DELETE', `/api/contacts/${second.json().id}`)).statusCode).toBe(404);
  });

  it('answers sales lines paged and monthly totals over 24 months', async () => {
    const lines = (await get(repA1, `/api/accounts/${w.accounts.distA1.id}/sales-lines`)).json();
    expect(lines.total).toBe(1);
    expect(lines.items[0]).toMatchObject({ date: '2026-10-15', model: 'CK6150', amountFen: 10_000_000 });
    const monthly = (await get(repA1, `/api/accounts/${w.accounts.distA1.id}/sales/monthly`)).json();
    expect(monthly.months).toHaveLength(24);
    expect(monthly.months.at(-1).month).toBe('2026-11');
    expect(monthly.months.find((m: { month: string }) => m.month === '2026-10')).toMatchObject({ amountFen: 10_000_000, grossProfitFen: 2_000_000, quantity: 1 });
    expect((await get(repA1, `/api/accounts/${w.accounts.distB1.id}/sales/monthly`)).statusCode).toBe(404);
  });

  it('serves products and product lines to everyone, writes to HQ only', async () => {
    expect((await get(repA1, '/api/products')).json().total).toBe(1);
    expect((await get(repA1, '/api/product-lines')).json().items[0]).toMatchObject({ id: 'lathe', nameEn: 'Lathes' });
    const denied = await send(repA1, 'POST', '/api/products', { model: 'X1', name: 'X', lineId: 'lathe', listPriceFen: 100 });
    expect(denied.statusCode).toBe(403);
    const created = await send(hq, 'POST', '/api/products', { model: 'TK6916', name: '数控镗床', lineId: 'lathe', listPriceFen: 350_000_000 });
    expect(created.statusCode).toBe(201);
    expect((await send(hq, 'PATCH', `/api/products/${created.json().id}`, { lineId: 'nope' })).json().error.code).toBe('PRODUCT.LINE_INVALID');
    expect((await send(hq, 'POST', '/api/products', { model: 'TK6916', name: 'dup', lineId: 'lathe', listPriceFen: 1 })).json().error.code).toBe('CONFLICT.DUPLICATE');
  });

  it('lets a manager read their reps but not other users; HQ manages users', async () => {
    const list = (await get(mgrA, '/api/users')).json();
    expect(list.items.map((u: { username: string }) => u.username).sort()).toEqual(['mgra', 'repa1', 'repa2']);
    expect((await get(mgrA, `/api/users/${w.users.repB1.id}`)).statusCode).toBe(404);
    expect((await send(mgrA, 'POST', '/api/users', { username: 'x1', displayName: 'X', password: 'secret1', role: 'rep' })).statusCode).toBe(403);
    const badManager = await send(hq, 'POST', '/api/users', { username: 'rep9', displayName: 'R9', password: 'secret1', role: 'rep', managerId: w.users.repA1.id });
    expect(badManager.json().error.code).toBe('USER.MANAGER_INVALID');
    const dup = await send(hq, 'POST', '/api/users', { username: 'REPA1', displayName: 'dup', password: 'secret1', role: 'rep' });
    expect(dup.json().error.code).toBe('CONFLICT.DUPLICATE');
    const moved = await send(hq, 'PATCH', `/api/users/${w.users.repB1.id}`, { managerId: w.users.mgrA.id });
    expect(moved.json().managerId).toBe(w.users.mgrA.id);
    expect((await get(mgrA, `/api/users/${w.users.repB1.id}`)).statusCode).toBe(200);
    await send(hq, 'PATCH', `/api/users/${w.users.repB1.id}`, { managerId: w.users.mgrB.id });
  });

  it('publishes OpenAPI 3 with the API paths, and the docs page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/accounts', '/api/accounts/{id}', '/api/auth/login', '/api/audit/{entity}/{id}']));
    expect(doc.paths['/api/accounts'].get.parameters.some((p: { name: string }) => p.name === 'q')).toBe(true);
    expect(doc.paths['/api/accounts'].post.responses['4XX'] ?? doc.paths['/api/accounts'].post.responses['4xx']).toBeDefined();
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
  });
});
