import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitSettingsAuditId } from '@qudao/contract';
import { salesTools, visitRules } from '../src/db/schema-visit-rules';
import { openTestApp, type TestApp } from './app';
import { buildAccount, buildTerritory, buildUnit, buildUser } from './builders';

// HQ's visit settings (issue 5 items 2 and 8, R1.5, R3.1 q4): the effective-visit rule per account kind
// and the sales-tools checklist are stored in the database, edited by HQ only, shown in the brief, and
// the domain's effective-visit rule reads them when a visit completes.

const objective = { type: 'new_order', details: { products: 'CK6150 数控车床', quantity: 2 } };
const allAnswered = ['objective', 'sales_data', 'sales_tools', 'promises', 'appearance', 'anything_else'];

describe('visit settings', () => {
  let t: TestApp;
  let hq: string;
  let rep: string;
  const acc = { distributor: '', sub_dealer: '' };
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        await buildUser(db, { username: 'hq', role: 'hq', displayName: '总部' });
        const r = await buildUser(db, { username: 'rep', role: 'rep', displayName: '业务员' });
        const unit = await buildUnit(db, { id: 'U1', name: '沈阳市' });
        await buildTerritory(db, { ownerId: r.id, unitIds: [unit.id] });
        acc.distributor = (await buildAccount(db, { unitId: unit.id, name: '沈阳经销', kind: 'distributor' })).id;
        acc.sub_dealer = (await buildAccount(db, { unitId: unit.id, name: '沈阳二级', kind: 'sub_dealer', distributorId: acc.distributor })).id;
      },
    });
    hq = await t.login('hq');
    rep = await t.login('rep');
  });
  afterAll(() => t.close());

  const call = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, lang = 'zh-CN') =>
    t.app.inject({ method, url, headers: { cookie: who, 'accept-language': lang }, ...(payload ? { payload } : {}) });

  /** A visit to `accountId` prepared (ticking `tools`), checked in at `lng` (41.8 N), with one item, completed. */
  async function visit(accountId: string, opts: { lng: number; tools?: string[] }) {
    const v = await call(rep, 'POST', '/api/visits', { accountId, kind: 'routine', plannedOn: '2026-11-20', objectives: [objective], fixedTime: true, fixedRoute: true });
    const id = v.json().id as string;
    expect((await call(rep, 'PUT', `/api/visits/${id}/brief`, { answered: allAnswered, ...(opts.tools ? { toolsChecked: opts.tools } : {}) })).json().status).toBe('prepared');
    const ci = await call(rep, 'POST', `/api/visits/${id}/check-in`, { position: { lng: opts.lng, lat: 41.8, accuracyM: 10 } });
    expect(ci.statusCode, ci.body).toBe(200);
    expect((await call(rep, 'POST', `/api/visits/${id}/items`, { kind: 'order', model: 'CK6150', quantity: 1 })).statusCode).toBe(201);
    const done = await call(rep, 'POST', `/api/visits/${id}/complete`, { outcomes: ['met'], summary: '订单一台' });
    expect(done.statusCode, done.body).toBe(200);
    return { id, done: done.json() as { effective: boolean; effectiveGaps: { kind: string; tools?: string[] }[] } };
  }

  const defaultRule = { requireVerifiedCheckIn: true, requireObjectiveOutcomes: true, requiredSteps: ['preparation', 'communication', 'sales_report'], requireStepsOfObjectives: true, requireSalesTools: false };

  it('everyone reads the defaults; only HQ may change them', async () => {
    const s = (await call(rep, 'GET', '/api/settings/visits')).json();
    expect(s.rules).toEqual(['distributor', 'sub_dealer', 'end_user'].map((k) => ({ accountKind: k, ...defaultRule, updatedAt: null })));
    expect(s.tools.map((x: { name: string }) => x.name)).toEqual(['名片', '产品宣传手册', '检测报告', '标书模板', '笔记本']);
    expect((await call(rep, 'PUT', '/api/settings/visits/rules/distributor', { ...defaultRule, requireVerifiedCheckIn: false })).statusCode).toBe(403);
    expect((await call(rep, 'PUT', '/api/settings/visits/tools', { tools: [] })).statusCode).toBe(403);
  });

  it('changing the rule changes which visits are effective, per account kind', async () => {
    const far = 123.41; // ~800 m east of the account: out of range
    const before = await visit(acc.distributor, { lng: far });
    expect(before.done.effective).toBe(false);
    expect(before.done.effectiveGaps).toEqual([{ kind: 'check_in_not_verified', status: 'out_of_range' }]);

    const put = await call(hq, 'PUT', '/api/settings/visits/rules/distributor', { ...defaultRule, requireVerifiedCheckIn: false, requiredSteps: ['sales_report', 'communication', 'sales_report'] });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ accountKind: 'distributor', requireVerifiedCheckIn: false, requiredSteps: ['communication', 'sales_report'] });
    expect((await visit(acc.distributor, { lng: far })).done).toMatchObject({ effective: true, effectiveGaps: [] });
    // Sub-dealers keep the default rule.
    expect((await visit(acc.sub_dealer, { lng: far })).done.effective).toBe(false);
    expect((await call(rep, 'GET', '/api/settings/visits')).json().rules[0].updatedAt).toBeTruthy();
  });

  it('a rule requiring the checklist makes a visit without every tool not effective, naming the missing one', async () => {
    const tools = (await call(rep, 'GET', '/api/settings/visits')).json().tools as { id: string; name: string; accountKinds: string[] }[];
    expect((await call(hq, 'PUT', '/api/settings/visits/rules/sub_dealer', { ...defaultRule, requireSalesTools: true })).statusCode).toBe(200);
    const subTools = tools.filter((x) => x.accountKinds.includes('sub_dealer'));
    expect(subTools.map((x) => x.name)).not.toContain('标书模板');
    const missingOne = await visit(acc.sub_dealer, { lng: 123.4, tools: subTools.slice(1).map((x) => x.id) });
    expect(missingOne.done.effectiveGaps).toEqual([{ kind: 'sales_tools_missing', tools: ['名片'] }]);
    const all = await visit(acc.sub_dealer, { lng: 123.4, tools: subTools.map((x) => x.id) });
    expect(all.done.effective).toBe(true);
    // The brief shows the kind's checklist with the ticks, in the caller's language.
    const brief = (await call(rep, 'GET', `/api/visits/${missingOne.id}/brief`, undefined, 'en')).json();
    expect(brief.salesTools).toEqual(subTools.map((x, i) => ({ id: x.id, name: expect.any(String), checked: i > 0 })));
    expect(brief.salesTools[0].name).toBe('Business cards');
  });

  it('HQ edits the checklist: rename, reorder, add, retire; unknown ids and empty rules are refused and change nothing', async () => {
    const tools = (await call(hq, 'GET', '/api/settings/visits')).json().tools as { id: string; name: string; nameEn: string; accountKinds: string[] }[];
    const [cards, brochures] = tools;
    const put = await call(hq, 'PUT', '/api/settings/visits/tools', {
      tools: [
        { id: brochures!.id, name: '2027版产品手册', nameEn: '2027 brochure', accountKinds: ['distributor'] },
        { id: cards!.id, name: cards!.name, nameEn: cards!.nameEn, accountKinds: cards!.accountKinds },
        { name: '样件', nameEn: 'Sample parts', accountKinds: ['end_user'] },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    const active = put.json().items.filter((x: { active: boolean }) => x.active);
    expect(active.map((x: { name: string; position: number }) => [x.name, x.position])).toEqual([['2027版产品手册', 1], ['名片', 2], ['样件', 3]]);
    expect(put.json().items.filter((x: { active: boolean }) => !x.active)).toHaveLength(3);

    const snapshot = async () => JSON.stringify([await t.database.db.select().from(salesTools).orderBy(salesTools.id), await t.database.db.select().from(visitRules).orderBy(visitRules.accountKind)]);
    const before = await snapshot();
    const ghost = await call(hq, 'PUT', '/api/settings/visits/tools', { tools: [{ id: '00000000-0000-4000-8000-000000000bad', name: 'x', nameEn: 'x', accountKinds: ['distributor'] }] });
    expect(ghost.statusCode).toBe(404);
    for (const lang of ['zh-CN', 'en']) {
      const empty = await call(hq, 'PUT', '/api/settings/visits/rules/end_user', { requireVerifiedCheckIn: false, requireObjectiveOutcomes: false, requiredSteps: [], requireStepsOfObjectives: true, requireSalesTools: false }, lang);
      expect(empty.statusCode).toBe(422);
      expect(empty.json().error.code).toBe('VISIT.RULE_EMPTY');
      expect(empty.json().error.message).toMatch(lang === 'en' ? /every visit would count/ : /每次拜访都算有效/);
    }
    expect((await call(hq, 'PUT', '/api/settings/visits/rules/nobody', defaultRule)).statusCode).toBe(400);
    expect((await call(hq, 'PUT', '/api/settings/visits/rules/end_user', { ...defaultRule, requiredSteps: ['dancing'] })).statusCode).toBe(400);
    expect(await snapshot()).toBe(before);
  });

  it('every settings change is in the audit history, with who, old and new value; refused ones are not', async () => {
    const url = `/api/audit/visit_settings/${visitSettingsAuditId}`;
    const history = async () => (await call(hq, 'GET', url)).json().items as { field: string; oldValue: unknown; newValue: unknown; userName?: string | null }[];
    const before = (await history()).length;
    expect(before).toBeGreaterThan(0);
    const put = await call(hq, 'PUT', '/api/settings/visits/rules/end_user', { ...defaultRule, requireSalesTools: true });
    expect(put.statusCode, put.body).toBe(200);
    const [latest] = await history();
    expect(latest).toMatchObject({ field: 'rule.end_user', oldValue: { requireSalesTools: false }, newValue: { requireSalesTools: true } });
    const tools = (await call(hq, 'GET', '/api/settings/visits')).json().tools as { id: string; name: string; nameEn: string; accountKinds: string[]; active: boolean }[];
    const kept = tools.filter((x) => x.active).map(({ id, name, nameEn, accountKinds }) => ({ id, name, nameEn, accountKinds }));
    expect((await call(hq, 'PUT', '/api/settings/visits/tools', { tools: [...kept, { name: '试切件', nameEn: 'Test cuts', accountKinds: ['distributor'] }] })).statusCode).toBe(200);
    const [tool] = await history();
    expect(tool!.field).toBe('salesTools');
    expect(JSON.stringify(tool!.newValue)).toContain('试切件');
    expect(JSON.stringify(tool!.oldValue)).not.toContain('试切件');
    // A refused change writes no history; a rep reads it like the settings themselves.
    const count = (await history()).length;
    expect((await call(rep, 'PUT', '/api/settings/visits/rules/end_user', defaultRule)).statusCode).toBe(403);
    expect((await call(hq, 'PUT', '/api/settings/visits/rules/end_user', { ...defaultRule, requiredSteps: [], requireVerifiedCheckIn: false, requireObjectiveOutcomes: false, requireStepsOfObjectives: false })).statusCode).toBe(422);
    expect((await history()).length).toBe(count);
    expect((await call(rep, 'GET', url)).statusCode).toBe(200);
    expect((await call(hq, 'GET', '/api/audit/visit_settings/00000000-0000-4000-8000-000000000bad')).statusCode).toBe(404);
  });
});
