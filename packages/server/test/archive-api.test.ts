import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredRoutes } from '../src/app';
import { openTestApp, type TestApp } from './app';
import { buildWorld, type World } from './world';

// Issue 4 acceptance (archive): the personal profile of a contact (R5.1) is read only through the account
// scope — its rep, their manager and HQ — and never by a rep of another territory, over any route.

const secret = 'SECRETHOBBY钓鱼';
const json = { 'content-type': 'application/json' };

describe('customer archive API (R5, R2.1)', () => {
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

  const contactOf = (id: string) => w.contacts[id]!;

  it('a rep records a contact profile; completeness moves and the timeline shows old → new with the source', async () => {
    const cookie = await t.login('repa1');
    const acc = w.accounts.distA1;
    const before = (await t.app.inject({ method: 'GET', url: `/api/accounts/${acc.id}/archive`, headers: { cookie } })).json();
    expect(before.sections.find((s: { section: string }) => s.section === 'contacts').missing.map((m: { field: string }) => m.field)).toContain('interests');
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/contacts/${contactOf(acc.id).id}/profile`,
      headers: { cookie, ...json },
      payload: { hobbies: secret, interests: '数控技术', personality: '直爽', age: 48, consentNote: '本人同意记录', source: 'visit', isKey: true },
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = (await t.app.inject({ method: 'GET', url: `/api/accounts/${acc.id}/archive`, headers: { cookie } })).json();
    expect(after.overallPercent).toBeGreaterThan(before.overallPercent);
    const contacts = after.sections.find((s: { section: string }) => s.section === 'contacts');
    expect(contacts.source).toBe('visit');
    expect(contacts.updatedOn).not.toBeNull();
    expect(after.contacts[0].profile).toMatchObject({ hobbies: secret, age: 48, isKey: true, consentNote: '本人同意记录' });
    const tl = (await t.app.inject({ method: 'GET', url: `/api/accounts/${acc.id}/timeline`, headers: { cookie } })).json();
    expect(tl.items).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'profile.interests', oldValue: null, newValue: '数控技术' }), expect.objectContaining({ field: 'profile.hobbies', newValue: secret, source: 'visit', userName: '业务员甲一' })]));
  });

  it('a manager of the rep and HQ read the profile; their sections can be written, verified and go stale', async () => {
    for (const who of ['mgra', 'hq']) {
      const cookie = await t.login(who);
      const a = (await t.app.inject({ method: 'GET', url: `/api/accounts/${w.accounts.distA1.id}/archive`, headers: { cookie } })).json();
      expect(JSON.stringify(a)).toContain(secret);
    }
    const cookie = await t.login('repa1');
    const id = w.accounts.distA1.id;
    const put = await t.app.inject({ method: 'PATCH', url: `/api/accounts/${id}/archive`, headers: { cookie, ...json }, payload: { section: 'trading', creditRating: 'AA', creditLimitFen: 50_000_000, problems: '回款慢' } });
    expect(put.statusCode, put.body).toBe(200);
    const wrong = await t.app.inject({ method: 'PATCH', url: `/api/accounts/${id}/archive`, headers: { cookie, ...json }, payload: { section: 'trading', machineToolTurnoverFen: 1 } });
    expect(wrong.statusCode).toBe(400);
    await t.app.inject({ method: 'PATCH', url: `/api/accounts/${id}/archive`, headers: { cookie, ...json }, payload: { section: 'deeper', machineToolTurnoverFen: 8_600_000_000 } });
    const ver = await t.app.inject({ method: 'POST', url: `/api/accounts/${id}/archive/verify`, headers: { cookie, ...json }, payload: { section: 'trading', evidenceRef: '财务报表 2026-10.pdf' } });
    expect(ver.statusCode, ver.body).toBe(200);
    const ghostVisit = await t.app.inject({ method: 'POST', url: `/api/accounts/${id}/archive/verify`, headers: { cookie, ...json }, payload: { section: 'basic', evidenceVisitId: '00000000-0000-4000-8000-000000000bad' } });
    expect(ghostVisit.statusCode).toBe(400);
    const region = await t.app.inject({ method: 'PATCH', url: `/api/units/${w.units.ua1.id}/profile`, headers: { cookie, ...json }, payload: { culture: '重工业基地', customs: '重人情' } });
    expect(region.statusCode, region.body).toBe(200);
    expect((await t.app.inject({ method: 'PATCH', url: `/api/units/${w.units.ub1.id}/profile`, headers: { cookie, ...json }, payload: { culture: 'x' } })).statusCode).toBe(404);
    await t.app.inject({ method: 'POST', url: `/api/accounts/${id}/competitors`, headers: { cookie, ...json }, payload: { brand: '大连机床', models: 'CKA6150', priceNote: '9.8 万' } });
    const lost = await t.app.inject({ method: 'POST', url: `/api/accounts/${id}/order-outcomes`, headers: { cookie, ...json }, payload: { date: '2026-10-12', outcome: 'lost', competitorBrand: '大连机床', model: 'CKA6150', priceFen: 9_800_000, reason: '价格' } });
    expect(lost.statusCode, lost.body).toBe(201);
    const a = (await t.app.inject({ method: 'GET', url: `/api/accounts/${id}/archive`, headers: { cookie } })).json();
    const trading = a.sections.find((s: { section: string }) => s.section === 'trading');
    expect(trading).toMatchObject({ source: 'manual', verifiedByName: '业务员甲一', evidenceRef: '财务报表 2026-10.pdf', stale: false, maxAgeDays: 270 });
    expect(a.profile).toMatchObject({ creditRating: 'AA', creditLimitFen: 50_000_000, machineToolTurnoverFen: 8_600_000_000 });
    expect(a.region.culture).toBe('重工业基地');
    expect(a.orderOutcomes[0]).toMatchObject({ outcome: 'lost', competitorBrand: '大连机床', priceFen: 9_800_000 });
    // 271 days later the B distributor's trading section is stale.
    t.advance(271 * 86_400_000);
    const later = (await t.app.inject({ method: 'GET', url: `/api/accounts/${id}/archive`, headers: { cookie: await t.login('repa1') } })).json();
    expect(later.sections.find((s: { section: string }) => s.section === 'trading')).toMatchObject({ stale: true, daysOverdue: 1 });
    t.advance(-271 * 86_400_000);
  });

  it('a rep of another territory cannot read the personal profile through any route', async () => {
    const ids = [
      ...Object.values(w.accounts).map((a) => a.id),
      ...Object.values(w.contacts).map((c) => c.id),
      ...Object.values(w.units).map((u) => u.id),
    ];
    const routes = registeredRoutes(t.app).filter((r) => r.method === 'GET' && r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    for (const who of ['repb1', 'repa2', 'mgrb']) {
      const cookie = await t.login(who);
      let calls = 0;
      for (const route of routes) {
        const params = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
        const urls = params.length === 0 ? [route.url, `${route.url}?pageSize=200`] : ids.flatMap((id) => (params.includes('entity') ? ['account', 'contact', 'unit', 'lead'] : ['-']).map((e) => route.url.replace(':entity', e).replace(/:(\w+)/g, id)));
        for (const url of urls) {
          const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
          calls++;
          expect(res.body.includes(secret), `${who} GET ${url} leaks the profile`).toBe(false);
        }
      }
      expect(calls).toBeGreaterThan(100);
      const direct = await t.app.inject({ method: 'GET', url: `/api/accounts/${w.accounts.distA1.id}/archive`, headers: { cookie } });
      expect(direct.statusCode).toBe(404);
      const write = await t.app.inject({ method: 'PATCH', url: `/api/contacts/${contactOf(w.accounts.distA1.id).id}/profile`, headers: { cookie, ...json }, payload: { hobbies: 'x' } });
      expect(write.statusCode).toBe(404);
    }
  });

  it('leads: duplicates against accounts and leads, scoped, converted with their history', async () => {
    const cookie = await t.login('repa1');
    const create = await t.app.inject({ method: 'POST', url: '/api/leads', headers: { cookie, ...json }, payload: { name: '沈阳机床经销A1有限公司', kind: 'end_user', unitId: w.units.ua1.id, contactName: '王经理', phone: '13900000001', source: 'exhibition', collected: { needs: '五轴加工', machines: '立式加工中心' } } });
    expect(create.statusCode, create.body).toBe(201);
    const lead = create.json();
    expect(lead.duplicates[0]).toMatchObject({ kind: 'account', id: w.accounts.distA1.id });
    const dup = await t.app.inject({ method: 'POST', url: '/api/leads/duplicates', headers: { cookie, ...json }, payload: { name: '长春经销ZZOUTB1', phone: null } });
    expect(dup.json().duplicates).toEqual([]);
    expect(dup.json().hiddenMatches).toBeGreaterThan(0);
    const other = await t.login('repb1');
    expect((await t.app.inject({ method: 'GET', url: `/api/leads/${lead.id}`, headers: { cookie: other } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/leads', headers: { cookie: other } })).body).not.toContain(lead.id);
    const edited = await t.app.inject({ method: 'PATCH', url: `/api/leads/${lead.id}`, headers: { cookie, ...json }, payload: { collected: { notes: '下月展会再谈' } } });
    expect(edited.json().collected).toMatchObject({ needs: '五轴加工', notes: '下月展会再谈' });
    expect((await t.app.inject({ method: 'PATCH', url: `/api/leads/${lead.id}`, headers: { cookie: other, ...json }, payload: { status: 'dropped' } })).statusCode).toBe(404);
    const conv = await t.app.inject({ method: 'POST', url: `/api/leads/${lead.id}/convert`, headers: { cookie, ...json }, payload: { distributorId: w.accounts.distA1.id } });
    expect(conv.statusCode, conv.body).toBe(200);
    const accountId = conv.json().accountId;
    const again = await t.app.inject({ method: 'POST', url: `/api/leads/${lead.id}/convert`, headers: { cookie, ...json }, payload: {} });
    expect(again.json().error.code).toBe('LEAD.ALREADY_CONVERTED');
    const archive = (await t.app.inject({ method: 'GET', url: `/api/accounts/${accountId}/archive`, headers: { cookie } })).json();
    expect(archive.contacts[0].name).toBe('王经理');
    expect(archive.profile).toMatchObject({ businessScope: '立式加工中心', potential: '五轴加工' });
    const tl = (await t.app.inject({ method: 'GET', url: `/api/accounts/${accountId}/timeline?pageSize=200`, headers: { cookie } })).json();
    expect(tl.items.map((i: { field: string }) => i.field)).toEqual(expect.arrayContaining(['lead.name', 'lead.source', 'lead.convertedFrom', 'name']));
  });

  it('the account list filters by stale section and the status endpoint gives completeness per visible account', async () => {
    const cookie = await t.login('repa1');
    const all = (await t.app.inject({ method: 'GET', url: '/api/accounts?pageSize=200', headers: { cookie } })).json();
    const staleRes = await t.app.inject({ method: 'GET', url: '/api/accounts?pageSize=200&staleSection=trading', headers: { cookie } });
    expect(staleRes.statusCode, staleRes.body).toBe(200);
    const staleTrading = staleRes.json();
    // distA1's trading section was written today in an earlier test; its other accounts never had one.
    expect(staleTrading.items.map((a: { id: string }) => a.id)).not.toContain(w.accounts.distA1.id);
    expect(staleTrading.total).toBe(all.total - 1);
    const freshRegion = (await t.app.inject({ method: 'GET', url: '/api/accounts?pageSize=200&staleSection=region', headers: { cookie } })).json();
    expect(freshRegion.items.map((a: { id: string }) => a.id)).not.toContain(w.accounts.subA1.id);
    const ids = [w.accounts.distA1.id, w.accounts.distB1.id, 'nonsense'].join(',');
    const status = (await t.app.inject({ method: 'GET', url: `/api/archive/status?ids=${ids}`, headers: { cookie } })).json();
    expect(status.items).toHaveLength(1);
    expect(status.items[0]).toMatchObject({ accountId: w.accounts.distA1.id, valueClass: 'B' });
    expect(status.items[0].staleSections).not.toContain('trading');
  });

  it('freshness rules per class are configurable by HQ only and validated (A ≤ B ≤ C)', async () => {
    const rep = await t.login('repa1');
    const hq = await t.login('hq');
    expect((await t.app.inject({ method: 'GET', url: '/api/settings/archive-freshness', headers: { cookie: rep } })).json()).toEqual({ A: 180, B: 270, C: 365 });
    expect((await t.app.inject({ method: 'PUT', url: '/api/settings/archive-freshness', headers: { cookie: rep, ...json }, payload: { A: 1, B: 2, C: 3 } })).statusCode).toBe(403);
    const bad = await t.app.inject({ method: 'PUT', url: '/api/settings/archive-freshness', headers: { cookie: hq, ...json }, payload: { A: 400, B: 270, C: 365 } });
    expect(bad.json().error.code).toBe('ARCHIVE.CONFIG_INVALID');
    const okRes = await t.app.inject({ method: 'PUT', url: '/api/settings/archive-freshness', headers: { cookie: hq, ...json }, payload: { A: 90, B: 120, C: 200 } });
    expect(okRes.statusCode, okRes.body).toBe(200);
    const a = (await t.app.inject({ method: 'GET', url: `/api/accounts/${w.accounts.distA1.id}/archive`, headers: { cookie: rep } })).json();
    expect(a.sections[0].maxAgeDays).toBe(120);
    await t.app.inject({ method: 'PUT', url: '/api/settings/archive-freshness', headers: { cookie: hq, ...json }, payload: { A: 180, B: 270, C: 365 } });
  });

  it('monthly targets: read and write per account, scoped', async () => {
    const cookie = await t.login('repa1');
    const id = w.accounts.distA1.id;
    const put = await t.app.inject({ method: 'PUT', url: `/api/accounts/${id}/targets`, headers: { cookie, ...json }, payload: { items: [{ month: '2026-12', amountFen: 120_000_000 }, { month: '2026-11', amountFen: 100_000_000 }] } });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().items).toEqual([{ month: '2026-11', amountFen: 100_000_000 }, { month: '2026-12', amountFen: 120_000_000 }]);
    await t.app.inject({ method: 'PUT', url: `/api/accounts/${id}/targets`, headers: { cookie, ...json }, payload: { items: [{ month: '2026-11', amountFen: null }] } });
    expect((await t.app.inject({ method: 'GET', url: `/api/accounts/${id}/targets`, headers: { cookie } })).json().items).toEqual([{ month: '2026-12', amountFen: 120_000_000 }]);
    const other = await t.login('repb1');
    expect((await t.app.inject({ method: 'GET', url: `/api/accounts/${id}/targets`, headers: { cookie: other } })).statusCode).toBe(404);
  });
});
