import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { errorCodes } from '@qudao/contract';
import { registeredRoutes, type RouteInfo } from '../src/app';
import * as schema from '../src/db/schema';
import * as archiveSchema from '../src/db/schema-archive';
import { salesTargets } from '../src/db/schema-shared';
import * as channel from '../src/db/schema-channel';
import { priceObservations } from '../src/db/schema-visits';
import { salesTools, visitRules } from '../src/db/schema-visit-rules';
import { openTestApp, type TestApp } from './app';
import { buildWorld, type World } from './world';

// Issue 2 acceptance: bad input to every write endpoint (missing and wrong-typed fields, unknown fields,
// over-long strings, bad ids) is always a coded 4xx, never a 5xx, and the stored data is unchanged.

type AnyObject = z.ZodObject<z.ZodRawShape>;

function validBodies(w: World): Record<string, object> {
  return {
    'POST /api/auth/login': { username: 'hq', password: 'whatever-wrong' },
    'PATCH /api/me': { locale: 'en' },
    'POST /api/users': { username: 'newuser', displayName: '新用户', password: 'secret12', role: 'rep', managerId: w.users.mgrA.id },
    'PATCH /api/users/:id': { displayName: '改名' },
    'POST /api/accounts': { name: '新客户', kind: 'end_user', unitId: w.units.ua1.id, distributorId: w.accounts.distA1.id, lng: 123, lat: 41 },
    'PATCH /api/accounts/:id': { version: 0, name: '改名', phone: '024-1' },
    'POST /api/accounts/:id/contacts': { name: '联系人', email: 'a@b.cn' },
    'PATCH /api/contacts/:id': { name: '改名', isPrimary: true },
    'POST /api/products': { model: 'NEW-1', name: '新机型', lineId: w.line.id, listPriceFen: 100 },
    'PATCH /api/products/:id': { name: '改名', listPriceFen: 5 },
    'PATCH /api/accounts/:id/archive': { section: 'trading', problems: '回款慢', creditRating: 'AA', creditLimitFen: 100 },
    'POST /api/accounts/:id/archive/verify': { section: 'trading', evidenceRef: '报表.pdf' },
    'PATCH /api/contacts/:id/profile': { interests: '钓鱼', age: 40, source: 'visit' },
    'PATCH /api/units/:id/profile': { culture: '重工业' },
    'POST /api/accounts/:id/competitors': { brand: '大连机床', models: 'CK6150' },
    'POST /api/accounts/:id/order-outcomes': { date: '2026-01-01', outcome: 'lost', competitorBrand: '大连', priceFen: 100 },
    'PUT /api/accounts/:id/targets': { items: [{ month: '2026-01', amountFen: 100 }] },
    'POST /api/leads': { name: '新线索', kind: 'end_user', unitId: w.units.ua1.id, source: 'visit' },
    'POST /api/leads/duplicates': { name: '新线索' },
    'POST /api/leads/:id/convert': {},
    'PATCH /api/leads/:id': { contactName: '王经理', collected: { notes: '再联系' } },
    'PUT /api/settings/archive-freshness': { A: 100, B: 200, C: 300 },
    'PUT /api/planning/opening-hours/:id': { hours: [[[540, 600]], [], [], [], [], [], []] },
    'PUT /api/planning/reps/:id/home': { lng: 121.5, lat: 31.2, label: '上海' },
    'POST /api/meetings/:id/actions': { title: '调查跨区低价', ownerId: w.users.mgrA.id, dueOn: '2026-12-01' },
    'PATCH /api/meetings/:id/actions/:actionId': { done: true, note: '已处理' },
    'POST /api/meetings/:id/proposals': { accountId: w.accounts.distA1.id, board: 'share_gain', title: '份额提升之星' },
    'POST /api/minimum-prices': { model: w.product.model, priceFen: 100, validFrom: '2027-01-01' },
    'PATCH /api/minimum-prices/:id': { priceFen: 100 },
    'POST /api/price-observations': { accountId: w.accounts.distA1.id, observedOn: '2026-11-01', model: w.product.model, priceFen: 100, source: 'quote' },
    'POST /api/dumping-cases/:id/steps': { step: 'confirmed', note: '核实' },
    'PUT /api/settings/visits/rules/:kind': { requireVerifiedCheckIn: true, requireObjectiveOutcomes: true, requiredSteps: ['preparation'], requireStepsOfObjectives: true, requireSalesTools: false },
    'PUT /api/settings/visits/tools': { tools: [{ name: '名片', nameEn: 'Cards', accountKinds: ['distributor'] }] },
    'POST /api/visits/:id/joint-score': { scores: { preparation: 3 }, comment: '准备充分' },
    'PUT /api/visits/:id/brief/answers/:question': { answered: true },
    'PUT /api/visits/:id/brief/tools/:toolId': { checked: true },
    'POST /api/territories': { name: '新区域', ownerId: w.users.repA1.id },
    'PATCH /api/territories/:id': { name: '改名' },
  };
}

// Well-formed bodies that name records that do not exist or may not be used.
function badReferenceBodies(w: World): Record<string, object[]> {
  const ghost = '00000000-0000-4000-8000-000000000bad';
  return {
    'POST /api/users': [{ username: 'u2', displayName: 'x', password: 'secret12', role: 'rep', managerId: ghost }, { username: 'HQ', displayName: 'x', password: 'secret12', role: 'hq' }],
    'PATCH /api/users/:id': [{ managerId: ghost }, { managerId: w.users.repA1.id }],
    'POST /api/accounts': [
      { name: 'x', kind: 'distributor', unitId: 'NOPE' },
      { name: 'x', kind: 'end_user', unitId: w.units.ua1.id, distributorId: ghost },
      { name: 'x', kind: 'distributor', unitId: w.units.ua1.id, distributorId: w.accounts.distB1.id },
      { name: 'x', kind: 'distributor', unitId: w.units.ua1.id, externalCode: w.accounts.distA1.externalCode },
    ],
    'PATCH /api/accounts/:id': [{ unitId: 'NOPE' }, { distributorId: ghost }, { version: 99 }, { externalCode: w.accounts.distB1.externalCode }],
    'PATCH /api/contacts/:id': [{ version: 99 }],
    'POST /api/products': [{ model: 'NEW-2', name: 'x', lineId: 'nope', listPriceFen: 1 }, { model: w.product.model, name: 'x', lineId: w.line.id, listPriceFen: 1 }],
    'PATCH /api/products/:id': [{ lineId: 'nope' }],
    'POST /api/territories': [{ name: 'x', ownerId: ghost }, { name: 'x', ownerId: w.users.mgrA.id }],
    'POST /api/meetings/:id/actions': [{ title: 'x', ownerId: ghost, dueOn: '2026-12-01' }],
    'POST /api/policies': [{ title: 'x', targetUnitIds: ['NOPE'] }, { title: 'x', targetTiers: ['A'], targetUnitIds: [w.units.ua1.id, 'NOPE'] }],
    'POST /api/meetings': [{ title: 'x', scope: 'national', heldOn: '2026-12-01', tiers: ['A'], policyId: ghost }],
    'POST /api/meetings/:id/proposals': [{ accountId: ghost, board: 'sales_growth', title: 'x' }, { accountId: w.accounts.distA2.id, board: 'sales_growth', title: 'x' }],
    'POST /api/minimum-prices': [{ model: 'NOPE', priceFen: 1, validFrom: '2027-01-01' }, { model: w.product.model, regionUnitId: 'NOPE', priceFen: 1, validFrom: '2027-01-01' }, { model: w.product.model, priceFen: 1, validFrom: '2020-05-01', validTo: '2020-06-30' }],
    'PATCH /api/minimum-prices/:id': [{ validTo: '2019-01-01' }],
    'PUT /api/settings/visits/rules/:kind': [{ requireVerifiedCheckIn: false, requireObjectiveOutcomes: false, requiredSteps: [], requireStepsOfObjectives: false, requireSalesTools: false }],
    'PUT /api/settings/visits/tools': [{ tools: [{ id: ghost, name: 'x', nameEn: 'x', accountKinds: ['distributor'] }] }],
    'PUT /api/planning/reps/:id/home': [{ accountId: ghost }],
    'POST /api/price-observations': [{ accountId: ghost, observedOn: '2026-11-01', model: w.product.model, priceFen: 1, source: 'quote' }, { accountId: w.accounts.distA1.id, observedOn: '2026-11-01', model: 'NOPE', priceFen: 1, source: 'quote' }],
  };
}

function paramIdFor(route: RouteInfo, w: World): string {
  if (route.url.startsWith('/api/users')) return w.users.repA1.id;
  if (route.url.startsWith('/api/contacts')) return w.contacts[w.accounts.distA1.id]!.id;
  if (route.url.startsWith('/api/products')) return w.product.id;
  if (route.url.startsWith('/api/planning/reps')) return w.users.repA1.id;
  if (route.url.startsWith('/api/meetings')) return w.channel.meetingId;
  if (route.url.startsWith('/api/minimum-prices')) return w.dumping.minimumPriceId;
  if (route.url.startsWith('/api/dumping-cases')) return w.dumping.caseId;
  if (route.url.startsWith('/api/settings/visits/rules')) return 'distributor';
  return w.accounts.distA1.id;
}

const wrongValues: unknown[] = [12345, -1.5, 'x', '', 'not-a-uuid', true, {}, [], null, 'x'.repeat(10_000)];
const badIds = ['not-a-uuid', '1', "1' or '1'='1", 'x'.repeat(300), '00000000-0000-4000-8000-000000000000', '%00'];

/** Every bad request to try on a route: [description, url, payload]. */
function badRequests(route: RouteInfo, w: World): [string, string, unknown][] {
  const key = `${route.method} ${route.url}`;
  const id = paramIdFor(route, w);
  const url = route.url.replace(/:(\w+)/g, id);
  const out: [string, string, unknown][] = [];
  const body = route.schema?.body as AnyObject | undefined;
  const base = validBodies(w)[key] ?? {};
  if (body) {
    const shape = (body.shape ?? {}) as Record<string, z.ZodType>;
    const invalid = (b: unknown) => !body.safeParse(b).success;
    for (const b of [undefined, [], 'text', 42, null, {}]) if (b === undefined || invalid(b)) out.push([`body ${JSON.stringify(b)}`, url, b]);
    out.push(['unknown field', url, { ...base, zzUnknown: 1 }]);
    for (const [field, fieldSchema] of Object.entries(shape)) {
      const { [field]: _dropped, ...without } = base as Record<string, unknown>;
      if (invalid(without)) out.push([`missing ${field}`, url, without]);
      for (const v of wrongValues) {
        if (fieldSchema.safeParse(v).success) continue;
        const b = { ...base, [field]: v };
        if (invalid(b)) out.push([`${field}=${JSON.stringify(v).slice(0, 20)}`, url, b]);
      }
    }
    for (const b of badReferenceBodies(w)[key] ?? []) out.push([`bad reference ${JSON.stringify(b).slice(0, 60)}`, url, b]);
  }
  if (route.url.includes(':')) for (const bad of badIds) out.push([`id ${bad.slice(0, 20)}`, route.url.replace(/:(\w+)/g, encodeURIComponent(bad)), base]);
  if (route.method !== 'DELETE') out.push(['malformed JSON', url, '{"name": ']);
  return out;
}

describe('bad input to every write endpoint', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        w = await buildWorld(db);
      },
    });
  });
  afterAll(async () => t.close());

  async function snapshotAll() {
    const db = t.database.db;
    const tables = [schema.users, schema.units, schema.territories, schema.territoryUnits, schema.accounts, schema.contacts, schema.productLines, schema.products, schema.salesLines, schema.auditLog, schema.settings, schema.idempotencyKeys, ...Object.values(archiveSchema), salesTargets, channel.meetings, channel.meetingActions, channel.meetingAgendaItems, channel.meetingInvitees, channel.policies, channel.minimumPrices, channel.priceViolations, channel.dumpingCases, priceObservations, visitRules, salesTools];
    const out: unknown[] = [];
    for (const table of tables) {
      const rows = await db.select().from(table);
      out.push(rows.map((r) => JSON.stringify(r)).sort());
    }
    return out;
  }

  it('always answers a coded 4xx in the caller language and changes nothing', async () => {
    const cookie = await t.login('hq');
    const before = await snapshotAll();
    const writes = registeredRoutes(t.app).filter((r) => r.url.startsWith('/api/') && ['POST', 'PATCH', 'PUT', 'DELETE'].includes(r.method) && r.url !== '/api/auth/logout');
    expect(writes.map((r) => `${r.method} ${r.url}`)).toEqual(expect.arrayContaining(Object.keys(validBodies(w))));
    let sent = 0;
    for (const route of writes) {
      for (const [what, url, payload] of badRequests(route, w)) {
        for (const lang of ['zh-CN', 'en']) {
          const raw = typeof payload === 'string' && what === 'malformed JSON';
          const res = await t.app.inject({
            method: route.method as 'POST',
            url,
            headers: { cookie, 'accept-language': lang, ...(raw || payload !== undefined ? { 'content-type': 'application/json' } : {}) },
            ...(payload === undefined ? {} : { payload: raw ? payload : JSON.stringify(payload) }),
          });
          sent++;
          const where = `${route.method} ${route.url} [${what}] ${lang} → ${res.statusCode} ${res.body.slice(0, 200)}`;
          expect(res.statusCode, where).toBeGreaterThanOrEqual(400);
          expect(res.statusCode, where).toBeLessThan(500);
          const body = res.json();
          expect(errorCodes, where).toContain(body.error?.code);
          expect(body.error.message.length, where).toBeGreaterThan(0);
          if (lang === 'en') expect(body.error.message, where).not.toMatch(/[\u4e00-\u9fff]{2}/);
          else expect(body.error.message, where).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    }
    expect(sent).toBeGreaterThan(300);
    // A too-long Idempotency-Key is bad input too.
    const longKey = await t.app.inject({ method: 'POST', url: '/api/products', headers: { cookie, 'idempotency-key': 'k'.repeat(500) }, payload: validBodies(w)['POST /api/products'] });
    expect(longKey.statusCode).toBe(400);
    expect(await snapshotAll()).toEqual(before);
  });
  it('answers bad dashboard queries with a coded 400 in the caller language (issue 8 item 5)', async () => {
    const cookie = await t.login('mgra');
    const routes = registeredRoutes(t.app).filter((r) => r.method === 'GET' && r.url.startsWith('/api/dashboards/'));
    expect(routes.length).toBe(30);
    const bad = ['from=2026-13', 'to=26-01', 'from=2026-06&to=2026-01', 'from=2020-01&to=2026-01', 'managerId=not-a-uuid', 'repId=1', `regionUnitId=${'x'.repeat(41)}`];
    let sent = 0;
    for (const route of routes) {
      const drill = route.url.endsWith('/accounts');
      const queries = drill ? [...bad.map((q) => `${q}&category=A&series=accounts`), 'series=accounts', 'category=A', 'category=A&series=nope', 'category=A&series=accounts&pageSize=1000'] : bad;
      for (const q of queries) {
        for (const lang of ['zh-CN', 'en']) {
          const res = await t.app.inject({ method: 'GET', url: `${route.url}?${q}`, headers: { cookie, 'accept-language': lang } });
          sent++;
          const where = `${route.url}?${q} ${lang} → ${res.statusCode} ${res.body.slice(0, 200)}`;
          expect(res.statusCode, where).toBe(400);
          expect(errorCodes, where).toContain(res.json().error?.code);
          if (lang === 'en') expect(res.json().error.message, where).not.toMatch(/[\u4e00-\u9fff]{2}/);
          else expect(res.json().error.message, where).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    }
    expect(sent).toBeGreaterThan(400);
  });
});
