import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './app';
import { buildWorld, type World } from './world';

// Issue 8 item 3 (R4): installation and warranty registrations imported from service records trace a
// serial like a downline visit does — found outside the territory of the distributor it was sold to, they
// raise a dumping case for both managers, every bad row is reported and a retry never duplicates; the case
// page carries the chain of evidence and the step trail; minimum prices refuse overlapping validity; a price
// observed outside a visit raises its violation; violations filter by region, period and distributor.

describe('dumping from imported registrations, minimum prices and observations', () => {
  let t: TestApp;
  let w: World;
  let hq: string;
  beforeAll(async () => {
    t = await openTestApp({ seed: async (db) => void (w = await buildWorld(db)) });
    hq = await t.login('hq');
  });
  afterAll(async () => t.close());

  const n = async (q: ReturnType<typeof sql>) => Number(((await t.database.db.execute(q)) as unknown as { rows: { n: number }[] }).rows[0]!.n);
  const post = (csv: string, dryRun: boolean, lang = 'en') =>
    t.app.inject({ method: 'POST', url: `/api/imports/installations?dryRun=${dryRun}`, headers: { cookie: hq, 'content-type': 'application/octet-stream', 'accept-language': lang }, payload: csv });

  it('imports registrations: bad rows all reported, a crossed serial opens one case both managers see, a retry changes nothing', async () => {
    const serialA1 = w.sales[w.accounts.distA1.id]!.serialNumbers[0]!;
    const serialB1 = w.sales[w.accounts.distB1.id]!.serialNumbers[0]!;
    const header = 'registration_ref,kind,date,serial,account_code,place\n';
    const bad = `${header}R-1,installation,2026-13-01,NOPE,NOCODE,\nR-2,repair,2026-11-01,${serialA1},${w.accounts.endB1.externalCode},\nR-2,warranty,2026-11-01,${serialA1},${w.accounts.endB1.externalCode},\n`;
    const dry = (await post(bad, true)).json();
    expect(dry.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`)).toEqual(['2:Date', '2:Serial number', '2:Customer code', '3:Kind', '4:Registration reference']);
    const zh = (await post(bad, true, 'zh-CN')).json();
    expect(zh.errors[1]).toEqual({ row: 2, column: '出厂编号', reason: '出厂编号不在任何销售明细中，无法追溯售出的经销商' });
    const refused = await post(bad, false);
    expect(refused.json().error.code).toBe('IMPORT.ROWS_INVALID');
    expect(await n(sql`select count(*)::int as n from machine_registrations`)).toBe(0);

    // A1's machine installed at B1's end user (another unit, rep and distributor) crosses; B1's own at its end user does not.
    const good = `${header}INST-1,installation,2026-11-02,${serialA1},${w.accounts.endB1.externalCode},车间一号线\nWAR-1,保修,2026-11-03,${serialB1},${w.accounts.endB1.externalCode},\n`;
    const first = await post(good, false);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ committed: true, created: 2, updated: 0, unchanged: 0, alerts: 1 });
    const cases = sql`select count(*)::int as n from dumping_cases c join cross_territory_alerts a on a.id = c.alert_id where a.serial = ${serialA1}`;
    expect(await n(cases)).toBe(1);
    const again = (await post(good, false)).json();
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await n(cases)).toBe(1);
    expect(await n(sql`select count(*)::int as n from cross_territory_alerts where serial = ${serialA1}`)).toBe(1);

    for (const who of ['mgra', 'mgrb']) {
      const list = (await t.app.inject({ method: 'GET', url: '/api/dumping-cases', headers: { cookie: await t.login(who) } })).json();
      expect(list.items.filter((c: { serial: string }) => c.serial === serialA1)).toHaveLength(1);
    }
    const exported = (await t.app.inject({ method: 'GET', url: '/api/exports/installations?format=csv', headers: { cookie: hq } })).body;
    expect(exported).toContain(`INST-1,installation,2026-11-02,${serialA1}`);
  });

  it('shows the chain of evidence and the step trail of a case, moved investigate → confirm → action by a manager', async () => {
    const mgr = await t.login('mgra');
    const list = (await t.app.inject({ method: 'GET', url: '/api/dumping-cases', headers: { cookie: mgr } })).json();
    const c = list.items.find((x: { soldToName: string }) => x.soldToName === w.accounts.distA1.name);
    const step = (body: object) => t.app.inject({ method: 'POST', url: `/api/dumping-cases/${c.id}/steps`, headers: { cookie: mgr }, payload: body });
    expect((await step({ step: 'action', note: '过早' })).json().error.code).toBe('DUMPING.STEP_INVALID');
    expect((await step({ step: 'confirmed', note: '序列号与发票一致' })).statusCode).toBe(200);
    expect((await step({ step: 'action', note: '扣减当季返利 2%' })).json().status).toBe('actioned');
    const d = (await t.app.inject({ method: 'GET', url: `/api/dumping-cases/${c.id}`, headers: { cookie: mgr } })).json();
    expect(d).toMatchObject({ status: 'actioned', foundBy: 'installation', foundOn: '2026-11-02', place: '车间一号线', registrationRef: 'INST-1', model: w.product.model, reportedBy: '总部', foundInUnitName: '长春市', soldToUnitName: '沈阳市', action: '扣减当季返利 2%' });
    expect(d.managers.map((m: { name: string }) => m.name).sort()).toEqual(['经理乙', '经理甲']);
    expect(d.steps.map((s: { field: string; to: string }) => `${s.field}:${s.to}`)).toEqual(['status:investigating', 'status:confirmed', 'decisionNote:序列号与发票一致', 'status:actioned', 'action:扣减当季返利 2%']);
    expect(d.steps[1].by).toBe('经理甲');
    const rep = await t.login('repa2');
    expect((await t.app.inject({ method: 'GET', url: `/api/dumping-cases/${c.id}`, headers: { cookie: rep } })).statusCode).toBe(403);
  });

  it('refuses overlapping minimum prices, ends one and recomputes; an observation outside a visit raises its violation', async () => {
    const mp = (payload: object) => t.app.inject({ method: 'POST', url: '/api/minimum-prices', headers: { cookie: hq }, payload });
    const first = await mp({ model: w.product.model, priceFen: 100_000, validFrom: '2026-01-01', validTo: '2026-06-30' });
    expect(first.statusCode).toBe(201);
    const clash = await t.app.inject({ method: 'POST', url: '/api/minimum-prices', headers: { cookie: hq, 'accept-language': 'en' }, payload: { model: w.product.model, priceFen: 90_000, validFrom: '2026-06-01' } });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error).toMatchObject({ code: 'PRICE.OVERLAP', message: expect.stringContaining('2026-01-01 to 2026-06-30') });
    expect((await mp({ model: w.product.model, tier: 'A', priceFen: 90_000, validFrom: '2026-06-01' })).statusCode).toBe(201);
    const second = await mp({ model: w.product.model, priceFen: 110_000, validFrom: '2026-07-01' });
    expect(second.statusCode).toBe(201);
    const rep = await t.login('repa1');
    const obs = await t.app.inject({ method: 'POST', url: '/api/price-observations', headers: { cookie: rep }, payload: { accountId: w.accounts.subA1.id, observedOn: '2026-10-05', model: w.product.model, priceFen: 100_000, source: 'quote', context: '电话询价' } });
    expect(obs.statusCode).toBe(201);
    expect(obs.json().violationId).toEqual(expect.any(String));
    const hidden = await t.app.inject({ method: 'POST', url: '/api/price-observations', headers: { cookie: rep }, payload: { accountId: w.accounts.endB1.id, observedOn: '2026-10-05', model: w.product.model, priceFen: 1, source: 'quote' } });
    expect(hidden.statusCode).toBe(404);
    const view = (q: string) => t.app.inject({ method: 'GET', url: `/api/price-violations${q}`, headers: { cookie: hq } }).then((r) => r.json());
    const all = await view('');
    expect(all.items[0]).toMatchObject({ accountName: w.accounts.subA1.name, distributorName: w.accounts.distA1.name, unitName: '沈阳市', shortfallFen: 10_000, observedBy: w.users.repA1.displayName, source: 'quote', context: '电话询价' });
    expect((await view(`?regionUnitId=${w.units.province.id}&from=2026-10-01&to=2026-10-31&distributorId=${w.accounts.distA1.id}`)).total).toBe(1);
    expect((await view('?regionUnitId=UB1&from=2026-01-01')).total).toBe(0);
    expect((await view('?from=2026-11-01')).total).toBe(0);
    // Lowering the price to the observed one clears the violation.
    const lowered = await t.app.inject({ method: 'PATCH', url: `/api/minimum-prices/${second.json().id}`, headers: { cookie: hq }, payload: { priceFen: 100_000 } });
    expect(lowered.statusCode).toBe(200);
    expect((await view('?from=2026-01-01')).total).toBe(0);
    expect((await t.app.inject({ method: 'PATCH', url: `/api/minimum-prices/${first.json().id}`, headers: { cookie: hq }, payload: { validTo: null } })).json().error.code).toBe('PRICE.OVERLAP');
    expect(await n(sql`select count(*)::int as n from audit_log where entity = 'minimum_price' and field = 'priceFen'`)).toBe(1);
  });

  it('reports the share at each account and per region within the scope', async () => {
    await t.database.db.execute(sql`insert into share_estimates (account_id, date, our_share_pct, competitor_shares, source) values
      (${w.accounts.subA1.id}::uuid, '2026-10-01', 40, '[{"brand":"友嘉","sharePct":35}]'::jsonb, 'visit'),
      (${w.accounts.endB1.id}::uuid, '2026-10-01', 10, '[{"brand":"友嘉","sharePct":70}]'::jsonb, 'visit')`);
    const rep = (await t.app.inject({ method: 'GET', url: '/api/competitor-intel/shares', headers: { cookie: await t.login('repa1') } })).json();
    expect(rep.accounts.map((a: { name: string }) => a.name)).toEqual([w.accounts.subA1.name]);
    expect(rep.regions).toEqual(expect.arrayContaining([{ regionName: '辽宁省', brand: '友嘉', avgSharePct: 35, accounts: 1 }]));
    const all = (await t.app.inject({ method: 'GET', url: '/api/competitor-intel/shares?regionUnitId=UB1', headers: { cookie: hq } })).json();
    expect(all.accounts.map((a: { ourSharePct: number }) => a.ourSharePct)).toEqual([10]);
  });
});
