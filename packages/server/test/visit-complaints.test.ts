import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceTickets, visitItems } from '../src/db/schema-visits';
import { openTestApp, type TestApp } from './app';
import { buildAccount, buildProduct, buildProductLine, buildSalesLine, buildTerritory, buildUnit, buildUser } from './builders';

// R3.2 "complaint outcomes communicated": the phone form records what the customer was told about a
// ticket (resolved / escalated / pending, with a note); it is kept in the visit record and moves the ticket.

describe('complaint outcome items', () => {
  let t: TestApp;
  let cookie: string;
  let accountId = '';
  let serial = '';
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        const rep = await buildUser(db, { username: 'rep', role: 'rep', displayName: '业务员' });
        const unit = await buildUnit(db, { id: 'U1', name: '沈阳市' });
        await buildTerritory(db, { ownerId: rep.id, unitIds: [unit.id] });
        accountId = (await buildAccount(db, { unitId: unit.id, name: '沈阳经销', kind: 'distributor' })).id;
        const line = await buildProductLine(db, { id: 'lathe', name: '车床', nameEn: 'Lathes' });
        const product = await buildProduct(db, { lineId: line.id, model: 'CK6150', name: '数控车床' });
        serial = (await buildSalesLine(db, { accountId, productId: product.id, date: '2026-10-05', serialNumbers: ['SN-1'] })).serialNumbers[0]!;
      },
    });
    cookie = await t.login('rep');
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST', url: string, payload?: object, lang = 'zh-CN') =>
    t.app.inject({ method, url, headers: { cookie, 'accept-language': lang }, ...(payload ? { payload } : {}) });

  async function visitInProgress(): Promise<string> {
    const v = await call('POST', '/api/visits', { accountId, kind: 'routine', plannedOn: '2026-11-20', objectives: [{ type: 'new_order', details: { products: 'CK6150 数控车床', quantity: 2 } }], fixedTime: true, fixedRoute: true });
    expect(v.statusCode, v.body).toBe(201);
    const ci = await call('POST', `/api/visits/${v.json().id}/check-in`, { position: { lng: 123.4, lat: 41.8, accuracyM: 10 } });
    expect(ci.statusCode, ci.body).toBe(200);
    return v.json().id as string;
  }

  it('stores the outcome and note in the visit record and moves the ticket by the outcome', async () => {
    const first = await visitInProgress();
    const problem = await call('POST', `/api/visits/${first}/items`, { kind: 'machine_problem', serial, problem: '主轴异响，停机两天' });
    const ticketId = problem.json().ticketId as string;
    await call('POST', `/api/visits/${first}/complete`, { outcomes: ['met'], summary: '记录了主轴问题' });

    const second = await visitInProgress();
    const escalated = await call('POST', `/api/visits/${second}/items`, { kind: 'complaint_outcome', ticketId, communicatedTo: '王经理', outcome: 'escalated', note: '已转总部服务部，三天内派工程师' });
    expect(escalated.statusCode, escalated.body).toBe(201);
    expect(escalated.json().data).toMatchObject({ outcome: 'escalated', note: '已转总部服务部，三天内派工程师', communicatedTo: '王经理' });
    const [ticket] = await t.database.db.select().from(serviceTickets).where(eq(serviceTickets.id, ticketId));
    expect(ticket?.status).toBe('in_progress');

    t.advance(60_000); // a minute later: the record keeps the order
    const resolved = await call('POST', `/api/visits/${second}/items`, { kind: 'complaint_outcome', ticketId, communicatedTo: '王经理', outcome: 'resolved', note: null });
    expect(resolved.statusCode).toBe(201);
    expect((await t.database.db.select().from(serviceTickets).where(eq(serviceTickets.id, ticketId)))[0]?.status).toBe('reported');

    const brief = (await call('GET', `/api/visits/${second}/brief`)).json();
    expect(brief.items.filter((i: { kind: string }) => i.kind === 'complaint_outcome').map((i: { data: { outcome: string } }) => i.data.outcome)).toEqual(['escalated', 'resolved']);
  });

  it('refuses an outcome that is missing or unknown, in both languages, storing nothing', async () => {
    const id = await visitInProgress();
    const before = (await t.database.db.select().from(visitItems)).length;
    const ticket = (await t.database.db.select().from(serviceTickets))[0]!;
    for (const [body, lang] of [[{ kind: 'complaint_outcome', ticketId: ticket.id, communicatedTo: '王经理' }, 'zh-CN'], [{ kind: 'complaint_outcome', ticketId: ticket.id, communicatedTo: '王经理', outcome: 'forgotten' }, 'en']] as const) {
      const res = await call('POST', `/api/visits/${id}/items`, body, lang);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('REQUEST.INVALID');
      expect(res.json().error.message).toMatch(lang === 'en' ? /invalid|Invalid/ : /无效|不正确|请求/);
    }
    expect((await t.database.db.select().from(visitItems)).length).toBe(before);
  });
});
