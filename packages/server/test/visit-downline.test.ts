import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './app';
import { buildAccount, buildProduct, buildProductLine, buildSalesLine, buildTerritory, buildUnit, buildUser } from './builders';

// R3.4 / R3.2 (issue 5 items 4 and 6): service evaluations and orders from downline visits land in the
// distributor's record (orders booked as the distributor's); the brief suggests order lines from history.
// The test clock stands at 2026-11-20.

describe('downline record and order recommendations', () => {
  let t: TestApp;
  const id: Record<string, string> = {};
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        const a = await buildUser(db, { username: 'repa', role: 'rep', displayName: '业务员甲' });
        const b = await buildUser(db, { username: 'repb', role: 'rep', displayName: '业务员乙' });
        const u1 = await buildUnit(db, { id: 'U1', name: '沈阳市' });
        const u2 = await buildUnit(db, { id: 'U2', name: '长春市' });
        await buildTerritory(db, { ownerId: a.id, unitIds: [u1.id] });
        await buildTerritory(db, { ownerId: b.id, unitIds: [u2.id] });
        id.d = (await buildAccount(db, { unitId: u1.id, name: '沈阳经销', kind: 'distributor' })).id;
        id.e = (await buildAccount(db, { unitId: u1.id, name: '沈阳终端', kind: 'end_user', distributorId: id.d })).id;
        id.e2 = (await buildAccount(db, { unitId: u2.id, name: '长春终端', kind: 'end_user', distributorId: id.d, lng: 125.3, lat: 43.9 })).id;
        const line = await buildProductLine(db, { id: 'lathe', name: '车床', nameEn: 'Lathes' });
        const ck = await buildProduct(db, { lineId: line.id, model: 'CK6150', name: '数控车床' });
        // Bought in the same season last year and the year before: suggested again now.
        await buildSalesLine(db, { accountId: id.d, productId: ck.id, date: '2025-11-28', quantity: 3, amountFen: 900_000 });
        await buildSalesLine(db, { accountId: id.d, productId: ck.id, date: '2024-12-02', quantity: 3, amountFen: 900_000 });
      },
    });
  });
  afterAll(() => t.close());

  const as = async (username: string) => {
    const cookie = await t.login(username);
    return (method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  };

  async function downlineVisit(username: string, accountId: string, lng: number, lat: number, evaluation: number, order: string) {
    const call = await as(username);
    const v = await call('POST', '/api/visits', { accountId, kind: 'downline', plannedOn: '2026-11-20', objectives: [{ type: 'new_order', details: { products: 'CK6150 数控车床', quantity: 2 } }], fixedTime: true, fixedRoute: true });
    expect(v.statusCode, v.body).toBe(201);
    const visitId = v.json().id as string;
    expect((await call('POST', `/api/visits/${visitId}/check-in`, { position: { lng, lat, accuracyM: 10 } })).statusCode).toBe(200);
    const ev = await call('POST', `/api/visits/${visitId}/items`, { kind: 'distributor_evaluation', scores: { responsiveness: evaluation, technicalSkill: 4, spareParts: 3, attitude: 5 }, comment: `评价${evaluation}` });
    expect(ev.statusCode, ev.body).toBe(201);
    const o = await call('POST', `/api/visits/${visitId}/items`, { kind: 'order', model: order, quantity: 2 });
    expect(o.statusCode, o.body).toBe(201);
    return o.json() as { data: Record<string, unknown> };
  }

  it('books an order taken at a downline visit as the distributor’s and keeps the evaluation in its record', async () => {
    const order = await downlineVisit('repa', id.e!, 123.4, 41.8, 5, 'CK6150');
    expect(order.data.bookedForAccountId).toBe(id.d);
    await downlineVisit('repb', id.e2!, 125.3, 43.9, 3, 'VMC850');

    const rec = (await (await as('repa'))('GET', `/api/accounts/${id.d}/downline-record`)).json();
    expect(rec.summary).toEqual({ count: 2, averages: { responsiveness: 4, technicalSkill: 4, spareParts: 3, attitude: 5 }, overall: 4 });
    expect(rec.evaluations.map((e: { comment: string; repName: string }) => [e.comment, e.repName]).sort()).toEqual([['评价3', '业务员乙'], ['评价5', '业务员甲']]);
    expect(rec.orders.map((o: { model: string }) => o.model).sort()).toEqual(['CK6150', 'VMC850']);
  });

  it('keeps the record out of reach of a rep who cannot see the distributor (answers like a missing id)', async () => {
    const call = await as('repb');
    const hidden = await call('GET', `/api/accounts/${id.d}/downline-record`);
    const missing = await call('GET', '/api/accounts/00000000-0000-4000-8000-000000000001/downline-record');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(missing.body);
  });

  it('suggests the seasonal model in the brief with its usual quantity', async () => {
    const call = await as('repa');
    const v = await call('POST', '/api/visits', { accountId: id.d, kind: 'routine', plannedOn: '2026-11-20', objectives: [{ type: 'new_order', details: { products: 'CK6150 数控车床', quantity: 3 } }], fixedTime: true, fixedRoute: true });
    const brief = (await call('GET', `/api/visits/${v.json().id}/brief`)).json();
    expect(brief.orderRecommendations).toEqual([{ model: 'CK6150', quantity: 3, reasons: ['seasonal'], lastBoughtOn: '2025-11-28', lastYearFen: 900_000 }]);
  });
});
