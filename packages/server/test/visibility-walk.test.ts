import { inArray, sql } from 'drizzle-orm';
import { accountIdVisible, accountVisible, resolveScope } from '../src/access/visibility';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, registeredRoutes, type RouteInfo } from '../src/app';
import { loadConfig } from '../src/config';
import { accounts, auditLog, contacts, salesLines, territories, users } from '../src/db/schema';
import { openTestApp, type TestApp } from './app';
import { buildWorld, type World } from './world';
import { dashboardWalkQueries } from './world-dashboards';
import { tinyPng, visitRows, visitSecrets, type VisitRecords } from './world-visits';

// Issue 2 acceptance: walk every registered route as a rep and as a manager, with out-of-scope ids
// and with list queries, and prove that no out-of-scope record is returned or changed.

const missingId = '00000000-0000-4000-8000-00000000dead';

interface Actor {
  username: string;
  /** Accounts outside the actor's scope. */
  hiddenAccounts: (w: World) => World['accounts'][keyof World['accounts']][];
  /** Users the actor may not read. */
  hiddenUsers: (w: World) => { id: string; username: string }[];
  /** Visit records (visit, photo, item, ticket, promise) of other reps (issue 5). */
  hiddenVisits: (w: World) => VisitRecords[];
  /** How many accounts the actor does see (the walk must not be vacuous). */
  visibleCount: number;
}

const actors: Actor[] = [
  {
    username: 'repa1',
    hiddenAccounts: (w) => [w.accounts.distA2, w.accounts.endA2, w.accounts.distB1, w.accounts.endB1, w.accounts.orphan],
    hiddenUsers: (w) => [w.users.hq, w.users.mgrA, w.users.mgrB, w.users.repA2, w.users.repB1],
    hiddenVisits: (w) => [w.visits.ofA2, w.visits.ofB1Shared, w.visits.ofB1],
    visibleCount: 3,
  },
  {
    username: 'mgra',
    hiddenAccounts: (w) => [w.accounts.distB1, w.accounts.endB1, w.accounts.orphan],
    hiddenUsers: (w) => [w.users.hq, w.users.mgrB, w.users.repB1],
    hiddenVisits: (w) => [w.visits.ofB1Shared, w.visits.ofB1],
    visibleCount: 5,
  },
];

// Names of the out-of-scope records of the walk's world (for duplicate checks, which must not name them).
const hiddenNames = (w: World) => Object.values(w.accounts).filter((a) => a.name.includes('ZZOUT')).map((a) => a.name);

// Bodies that would be valid if the target were in scope, so the scope check (not validation) is what refuses them.
function bodiesFor(route: RouteInfo, w: World, hiddenDistributorId: string): object[] {
  const key = `${route.method} ${route.url}`;
  const table: Record<string, object[]> = {
    'POST /api/accounts': [
      { name: 'HACKED', kind: 'distributor', unitId: w.units.ub1.id },
      { name: 'HACKED', kind: 'distributor', unitId: w.units.ux.id },
      { name: 'HACKED', kind: 'end_user', unitId: w.units.ua1.id, distributorId: hiddenDistributorId },
    ],
    'PATCH /api/accounts/:id': [{ name: 'HACKED' }, { version: 0, status: 'closed' }],
    'POST /api/accounts/:id/contacts': [{ name: 'HACKED' }],
    'PATCH /api/contacts/:id': [{ name: 'HACKED' }],
    'DELETE /api/contacts/:id': [{}],
    'PATCH /api/users/:id': [{ displayName: 'HACKED' }, { active: false }],
    'POST /api/users': [{ username: 'hacker', displayName: 'HACKED', password: 'secret12', role: 'hq' }],
    'POST /api/products': [{ model: 'HACK-1', name: 'HACKED', lineId: w.line.id, listPriceFen: 1 }],
    'PATCH /api/products/:id': [{ name: 'HACKED' }],
    'PATCH /api/accounts/:id/archive': [{ section: 'trading', problems: 'HACKED' }],
    'POST /api/accounts/:id/archive/verify': [{ section: 'trading', evidenceRef: 'HACKED' }],
    'PATCH /api/contacts/:id/profile': [{ hobbies: 'HACKED' }],
    'PATCH /api/units/:id/profile': [{ culture: 'HACKED' }],
    'POST /api/accounts/:id/competitors': [{ brand: 'HACKED' }],
    'POST /api/accounts/:id/order-outcomes': [{ date: '2026-01-01', outcome: 'won' }],
    'PUT /api/accounts/:id/targets': [{ items: [{ month: '2026-01', amountFen: 1 }] }],
    'POST /api/leads/:id/convert': [{}],
    'PATCH /api/leads/:id': [{ status: 'dropped' }, { contactName: 'HACKED' }],
    'POST /api/leads/duplicates': hiddenNames(w).map((name) => ({ name })),
    'PUT /api/accounts/:id/class-override': [{ valueClass: 'A', reason: 'HACKED', expiresOn: '2026-12-31' }],
    'DELETE /api/accounts/:id/class-override': [{}],
    'POST /api/visits': [{ accountId: hiddenDistributorId, kind: 'routine', plannedOn: '2026-11-20', objectives: [{ type: 'new_order', details: { products: 'CK6150 HACKED', quantity: 1 } }] }],
    'PUT /api/visits/:id/brief': [{ answered: ['objective'] }],
    'PUT /api/visits/:id/brief/answers/:question': [{ answered: true }],
    'PUT /api/visits/:id/brief/tools/:toolId': [{ checked: true }],
    'POST /api/visits/:id/check-in': [{ position: null }],
    'POST /api/visits/:id/cancel': [{ status: 'cancelled', reason: 'HACKED' }],
    'POST /api/visits/:id/complete': [{ outcomes: ['met'], summary: 'HACKED' }],
    'POST /api/visits/:id/report-comment': [{ comment: 'HACKED' }],
    'POST /api/visits/:id/photos': [{ kind: 'storefront', dataBase64: tinyPng.toString('base64') }],
    'POST /api/visits/:id/items': [{ kind: 'policy', policy: 'HACKED 政策', acknowledgedBy: '王' }],
    'POST /api/visits/:id/promises': [{ what: 'HACKED', toWhom: '王', dueOn: '2026-12-01' }],
    'POST /api/visits/:id/promises/:promiseId/mark': [{ mark: 'broken', note: 'HACKED' }],
    // HQ-only visit settings: a rep or manager gets 403 for every one of these (checked below: nothing changes).
    'PUT /api/settings/visits/rules/:kind': [{ requireVerifiedCheckIn: false, requireObjectiveOutcomes: true, requiredSteps: [], requireStepsOfObjectives: false, requireSalesTools: false }],
    'PUT /api/settings/visits/tools': [{ tools: [{ name: 'HACKED', nameEn: 'HACKED', accountKinds: ['distributor'] }] }],
    'POST /api/visits/:id/joint-score': [{ scores: { preparation: 1 }, comment: 'HACKED' }],
    'PATCH /api/tickets/:id': [{ status: 'resolved', resolution: 'HACKED' }],
    'POST /api/territory-design/apply': [{ assignment: [{ unitId: 'UB1', territoryId: '00000000-0000-4000-8000-000000000001' }] }, { assignment: [{ unitId: 'UX', territoryId: '00000000-0000-4000-8000-000000000001' }] }],
    'POST /api/territories': [{ name: 'HACKED', ownerId: w.users.repB1.id }],
    'PATCH /api/territories/:id': [{ name: 'HACKED' }, { ownerId: w.users.repB1.id }],
    'POST /api/territory-design/jobs': [{ k: 1, lockedUnitIds: ['UB1'] }, { k: 3, maxMoved: 1 }],
    'POST /api/planning/plans': [{ repId: w.users.repB1.id, timeLimitMs: 200 }],
    'POST /api/meetings/:id/proposals': [{ accountId: hiddenDistributorId, board: 'sales_growth', title: 'HACKED' }],
    'PUT /api/planning/opening-hours/:id': [{ hours: [[[540, 600]], [], [], [], [], [], []] }],
    'PUT /api/planning/reps/:id/home': [{ lng: 121, lat: 31, label: 'HACKED' }, { accountId: hiddenDistributorId }],
    'POST /api/dumping-cases/:id/steps': [{ step: 'confirmed', note: 'HACKED' }],
    'POST /api/price-observations': [{ accountId: hiddenDistributorId, observedOn: '2026-11-01', model: w.product.model, priceFen: 1, source: 'quote', context: 'HACKED' }],
  };
  return table[key] ?? [{}];
}

// Routes that end or start the caller's own session are walked elsewhere (auth tests).
const skipped = new Set(['POST /api/auth/login', 'POST /api/auth/logout']);

describe('visibility over every registered route', () => {
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

  async function snapshot(accountIds: string[], userIds: string[]) {
    const db = t.database.db;
    const contactIds = (await db.select({ id: contacts.id }).from(contacts).where(inArray(contacts.accountId, accountIds))).map((c) => c.id);
    return {
      accounts: await db.select().from(accounts).where(inArray(accounts.id, accountIds)).orderBy(accounts.id),
      contacts: await db.select().from(contacts).where(inArray(contacts.accountId, accountIds)).orderBy(contacts.id),
      sales: await db.select().from(salesLines).where(inArray(salesLines.accountId, accountIds)).orderBy(salesLines.id),
      users: await db.select().from(users).where(inArray(users.id, userIds)).orderBy(users.id),
      audit: await db.select().from(auditLog).where(inArray(auditLog.entityId, [...accountIds, ...contactIds, ...userIds])).orderBy(auditLog.id),
    };
  }

  for (const actor of actors) {
    it(`as ${actor.username}: no route returns or changes an out-of-scope record`, async () => {
      const cookie = await t.login(actor.username);
      const hidden = actor.hiddenAccounts(w);
      const hiddenIds = hidden.map((a) => a.id);
      const hiddenContacts = hidden.map((a) => w.contacts[a.id]!);
      const hiddenSales = hidden.map((a) => w.sales[a.id]!);
      const hiddenUsers = actor.hiddenUsers(w);
      const hiddenDistributor = hidden.find((a) => a.kind === 'distributor')!;
      const hiddenArchive = hidden.flatMap((a) => [w.archive.competitors[a.id]!.id, w.archive.outcomes[a.id]!.id]);
      const hiddenLeads = Object.values(w.archive.leads).filter((l) => l.name.includes('ZZOUT') && (actor.username === 'repa1' || l.name.includes('B1')));
      const forbidden = [...hiddenIds, ...hidden.map((a) => a.name), ...hiddenContacts.flatMap((c) => [c.id, c.name]), ...hiddenSales.map((s) => s.id), ...hiddenArchive, ...hidden.map((a) => w.archive.competitors[a.id]!.brand), ...hiddenLeads.flatMap((l) => [l.id, l.name])];
      const paramValues = [...hiddenIds, ...hiddenContacts.map((c) => c.id), ...hiddenSales.map((s) => s.id), ...hiddenUsers.map((u) => u.id), ...hiddenArchive, ...hiddenLeads.map((l) => l.id)];
      const hiddenVisits = actor.hiddenVisits(w);
      const secrets = visitSecrets(hiddenVisits);
      forbidden.push(...secrets.ids, ...secrets.texts, w.visits.alertId);
      // B1's recognition at the shared meeting (issue 8) is as hidden as B1 itself.
      forbidden.push(w.channel.recognitionIds[1]!, '增长之星B1');
      // B1's price violation and the dumping case of B1's alert (issue 8 item 3).
      forbidden.push(w.dumping.violationId, w.dumping.observationId, w.dumping.caseId, ...w.dumping.texts);
      paramValues.push(w.dumping.caseId);
      // Items have no route of their own: their ids are only looked for in answers.
      paramValues.push(...hiddenVisits.flatMap((r) => [r.visitId, r.photoId, r.ticketId, r.promiseId]));
      // Territories of hidden reps (issue 7): walked as ids; their rows and history must not change.
      const hiddenTerritoryIds = (await t.database.db.select({ id: territories.id }).from(territories).where(inArray(territories.ownerId, hiddenUsers.map((u) => u.id)))).map((r) => r.id);
      expect(hiddenTerritoryIds.length).toBeGreaterThan(0);
      paramValues.push(...hiddenTerritoryIds);
      const territoriesOf = async () => ({
        rows: await t.database.db.select().from(territories).where(inArray(territories.id, hiddenTerritoryIds)).orderBy(territories.id),
        audit: await t.database.db.select().from(auditLog).where(inArray(auditLog.entityId, hiddenTerritoryIds)).orderBy(auditLog.id),
      });
      const territoriesBefore = await territoriesOf();
      const visitsBefore = await visitRows(t.database.db, hiddenVisits);
      const before = await snapshot(hiddenIds, hiddenUsers.map((u) => u.id));
      const accountIdsBefore = new Set((await t.database.db.select({ id: accounts.id }).from(accounts)).map((a) => a.id));
      const contactIdsBefore = new Set((await t.database.db.select({ id: contacts.id }).from(contacts)).map((c) => c.id));

      const routes = registeredRoutes(t.app).filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && !skipped.has(`${r.method} ${r.url}`));
      expect(routes.length).toBeGreaterThan(20);
      let calls = 0;
      const check = async (route: RouteInfo, url: string, payload: object | undefined, sameAs?: string) => {
        const res = await t.app.inject({ method: route.method as 'GET', url, headers: { cookie }, ...(payload && route.method !== 'GET' && route.method !== 'DELETE' ? { payload } : {}) });
        calls++;
        const where = `${route.method} ${url} ${JSON.stringify(payload ?? null)} → ${res.statusCode}`;
        expect(res.statusCode, where).toBeLessThan(500);
        for (const s of forbidden) expect(res.body.includes(s), `${where} leaks ${s}`).toBe(false);
        if (route.url.startsWith('/api/users')) for (const u of hiddenUsers) expect(res.body.includes(u.id), `${where} leaks user ${u.username}`).toBe(false);
        if (sameAs !== undefined) {
          // Out of scope and missing must be indistinguishable.
          const missing = await t.app.inject({ method: route.method as 'GET', url: sameAs, headers: { cookie }, ...(payload && route.method !== 'GET' && route.method !== 'DELETE' ? { payload } : {}) });
          expect(`${res.statusCode} ${res.body}`, `${where} differs from a missing id`).toBe(`${missing.statusCode} ${missing.body}`);
          expect(res.statusCode, where).toBeGreaterThanOrEqual(400);
        }
        return res;
      };

      for (const route of routes) {
        const params = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
        const bodies = route.method === 'GET' ? [undefined] : bodiesFor(route, w, hiddenDistributor.id);
        if (params.length === 0) {
          const queries = route.method === 'GET'
            ? ['', '?pageSize=200', ...hidden.map((a) => `?pageSize=200&q=${encodeURIComponent(a.name)}`), `?distributorId=${hiddenDistributor.id}`, `?unitId=${w.units.ub1.id}&pageSize=200`, `?unitId=${w.units.ux.id}`, `?repId=${w.users.repB1.id}`, `?provinceId=${w.units.province.id}`, `?managerId=${w.users.mgrB.id}`, `?regionUnitId=${w.units.ub1.id}`, `?regionUnitId=${w.units.province.id}&from=2025-01&to=2026-12`, ...dashboardWalkQueries(route.url)]
            : [''];
          for (const q of queries) for (const body of bodies) await check(route, `${route.url}${q}`, body);
          continue;
        }
        for (const body of bodies) {
          for (const value of paramValues) {
            const fill = (v: string) => route.url.replace(/:(\w+)/g, (_m, name: string) => (name === 'entity' ? 'ENTITY' : v));
            const entities = params.includes('entity') ? ['account', 'contact', 'user', 'product'] : ['-'];
            for (const entity of entities) {
              const url = fill(value).replace('ENTITY', entity);
              await check(route, url, body, fill(missingId).replace('ENTITY', entity));
            }
          }
        }
      }
      expect(calls).toBeGreaterThan(100);

      // The walk was not vacuous: the actor does see their own accounts.
      const own = await t.app.inject({ method: 'GET', url: '/api/accounts?pageSize=200', headers: { cookie } });
      expect(own.json().total).toBe(actor.visibleCount);
      expect(await snapshot(hiddenIds, hiddenUsers.map((u) => u.id))).toEqual(before);
      expect(await visitRows(t.database.db, hiddenVisits)).toEqual(visitsBefore);
      expect(await territoriesOf()).toEqual(territoriesBefore);
      // Nothing was created outside the scope either: every new account or contact is one the actor sees.
      const actorUser = Object.values(w.users).find((u) => u.username === actor.username)!;
      const scope = await resolveScope(t.database.db, actorUser);
      const created = (await t.database.db.select({ id: accounts.id, visible: sql<boolean>`${accountVisible(scope, accounts)}` }).from(accounts)).filter((a) => !accountIdsBefore.has(a.id));
      expect(created.filter((a) => !a.visible)).toEqual([]);
      const newContacts = (await t.database.db.select({ id: contacts.id, visible: sql<boolean>`${accountIdVisible(scope, contacts.accountId)}` }).from(contacts)).filter((c) => !contactIdsBefore.has(c.id));
      expect(newContacts.filter((c) => !c.visible)).toEqual([]);
      // The walk grows with every feature's records; on two shared cores it needs more than a minute.
    }, 300_000);
  }

  it('refuses to register an /api route that declares no permission', async () => {
    const app = await buildApp({ config: loadConfig({}), database: t.database });
    expect(() => app.get('/api/sneaky', async () => ({ open: true }))).toThrow(/declares no valid permission/);
    expect(() => app.get('/api/sneaky2', { config: { permission: 'nope' as never } }, async () => ({}))).toThrow(/declares no valid permission/);
    await app.close();
  });

  it('declares a permission on every registered /api route', () => {
    const routes = registeredRoutes(t.app).filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    expect(routes.filter((r) => !r.permission)).toEqual([]);
  });
});
