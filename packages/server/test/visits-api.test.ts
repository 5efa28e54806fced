import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { priceObservations, serviceTickets, visitItems, visitPhotos, visitPromises, visits } from '../src/db/schema-visits';
import { shareEstimates, salesTargets } from '../src/db/schema-shared';
import { openTestApp, type TestApp } from './app';
import { buildAccount, buildSalesLine, buildTerritory, buildUnit } from './builders';
import { buildWorld, type World } from './world';
import { tinyPng } from './world-visits';

// Issue 5 acceptance (API): vague objectives, promises without due date, non-image and oversized
// photos are refused with coded, translated errors and store nothing; a downline visit raises a 窜货
// alert; and the whole visit flow (brief with sales figures, check-in, items, promise, completion).


const objective = { type: 'new_order', details: { products: 'CK6150 数控车床', quantity: 2 } };

describe('visits API', () => {
  let t: TestApp;
  let w: World;
  let cookie: string;
  let dataDir: string;
  let serial: string;
  let foreignSerial: string;
  let foundAt: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'qudao-photos-'));
    t = await openTestApp({
      env: { QUDAO_DATA_DIR: dataDir, QUDAO_PHOTO_MAX_BYTES: '20000' },
      seed: async (db) => {
        w = await buildWorld(db);
        const line = await buildSalesLine(db, { accountId: w.accounts.distA1.id, productId: w.product.id, date: '2026-11-05', amountFen: 30_000_000, serialNumbers: ['SN-A1-001'] });
        serial = line.serialNumbers[0]!;
        await buildSalesLine(db, { accountId: w.accounts.distA1.id, productId: w.product.id, date: '2025-11-10', amountFen: 20_000_000 });
        await db.insert(salesTargets).values({ accountId: w.accounts.distA1.id, month: '2026-11', amountFen: 60_000_000 });
        // A machine sold to manager B's distributor, later found at an end user in rep A1's unit that buys through A1's distributor.
        const sold = await buildSalesLine(db, { accountId: w.accounts.distB1.id, productId: w.product.id, date: '2026-06-01', serialNumbers: ['SN-B1-777'] });
        foreignSerial = sold.serialNumbers[0]!;
        const ua3 = await buildUnit(db, { id: 'UA3', name: '鞍山市' });
        await buildTerritory(db, { ownerId: w.users.repA1.id, unitIds: [ua3.id] });
        foundAt = (await buildAccount(db, { unitId: ua3.id, name: '鞍山终端', kind: 'end_user', distributorId: w.accounts.distA1.id })).id;
      },
    });
    cookie = await t.login('repa1');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object, lang = 'zh-CN', who = cookie) =>
    t.app.inject({ method, url, headers: { cookie: who, 'accept-language': lang }, ...(payload ? { payload } : {}) });
  const count = async (table: typeof visits | typeof visitPhotos | typeof visitPromises) => (await t.database.db.select().from(table)).length;

  async function newVisit(accountId = w.accounts.distA1.id, kind = 'routine') {
    const res = await call('POST', '/api/visits', { accountId, kind, plannedOn: '2026-11-20', objectives: [objective], fixedTime: true, fixedRoute: true });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }

  it('refuses a vague objective with a coded, translated error and stores nothing', async () => {
    const before = await count(visits);
    const body = { accountId: w.accounts.distA1.id, kind: 'routine', plannedOn: '2026-11-20', objectives: [{ type: 'other', details: { description: '收集信息，联络感情' } }] };
    const zh = await call('POST', '/api/visits', body);
    expect(zh.statusCode).toBe(422);
    expect(zh.json().error.code).toBe('VISIT.OBJECTIVE_VAGUE');
    expect(zh.json().error.message).toContain('不够具体');
    const en = await call('POST', '/api/visits', body, 'en');
    expect(en.json().error.message).toContain('not specific');
    expect(await count(visits)).toBe(before);
  });

  it('refuses a promise without a due date, and one due before today', async () => {
    const id = await newVisit();
    const before = await count(visitPromises);
    const res = await call('POST', `/api/visits/${id}/promises`, { what: '下周送检测报告', toWhom: '王经理' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('PROMISE.INCOMPLETE');
    expect(res.json().error.message).toContain('dueOn');
    expect((await call('POST', `/api/visits/${id}/promises`, { what: 'x报告', toWhom: '王', dueOn: '2026-11-01' }, 'en')).json().error.code).toBe('PROMISE.DUE_DATE_INVALID');
    expect(await count(visitPromises)).toBe(before);
  });

  it('refuses a file that is not an image or is too large, storing nothing', async () => {
    const id = await newVisit();
    const before = await count(visitPhotos);
    const pdf = await call('POST', `/api/visits/${id}/photos`, { kind: 'storefront', dataBase64: Buffer.from('%PDF-1.4 fake').toString('base64') });
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().error.code).toBe('PHOTO.TYPE_INVALID');
    expect(pdf.json().error.message).toContain('JPEG');
    const big = Buffer.concat([tinyPng, Buffer.alloc(30_000)]);
    const large = await call('POST', `/api/visits/${id}/photos`, { kind: 'storefront', dataBase64: big.toString('base64') }, 'en');
    expect(large.statusCode).toBe(413);
    expect(large.json().error).toMatchObject({ code: 'PHOTO.TOO_LARGE', message: 'The photo is too large: at most 0.02 MB' });
    expect(await count(visitPhotos)).toBe(before);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('runs a visit: brief with sales figures, check-in, items, reconciliation with photo, promise, completion; the next brief shows the promise', async () => {
    const id = await newVisit();
    const brief = (await call('GET', `/api/visits/${id}/brief`)).json();
    expect(brief.sales).toMatchObject({ thisMonthToDateFen: 30_000_000, thisMonthTargetFen: 60_000_000, achievementPercent: 50, lastYearSameMonthFen: 20_000_000 });
    expect(brief.questions).toHaveLength(8);
    expect(brief.machines.map((m: { serial: string }) => m.serial)).toContain(serial);
    const answered = ['objective', 'sales_data', 'sales_tools', 'promises', 'appearance', 'anything_else'];
    expect((await call('PUT', `/api/visits/${id}/brief`, { answered })).json().status).toBe('prepared');

    expect((await call('POST', `/api/visits/${id}/items`, { kind: 'policy', policy: '2026冬季返利', acknowledgedBy: '王经理' })).json().error.code).toBe('VISIT.STATUS_INVALID');
    // The world's open promise to this account must be marked before checking in.
    expect((await call('POST', `/api/visits/${id}/promises/${w.visits.ownA1.promiseId}/mark`, { mark: 'not_yet' })).statusCode).toBe(200);
    const ci = await call('POST', `/api/visits/${id}/check-in`, { position: { lng: 123.401, lat: 41.8, accuracyM: 15 } });
    expect(ci.json().checkIn).toMatchObject({ status: 'verified', distanceM: 83 });

    const problem = await call('POST', `/api/visits/${id}/items`, { kind: 'machine_problem', serial, problem: '主轴异响，停机两天' });
    expect(problem.statusCode, problem.body).toBe(201);
    expect(problem.json().ticketId).toBeTruthy();
    expect((await call('POST', `/api/visits/${id}/items`, { kind: 'machine_problem', serial: 'NOPE', problem: '主轴异响' })).json().error.code).toBe('VISIT.SERIAL_UNKNOWN');
    expect((await call('POST', `/api/visits/${id}/items`, { kind: 'price_observation', competitorBrand: '大森', model: 'VMC850', priceFen: 18_500_000, source: '客户报价单' })).statusCode).toBe(201);
    expect((await call('POST', `/api/visits/${id}/items`, { kind: 'share_estimate', ourSharePct: 40, competitors: [{ brand: '大森', sharePct: 35 }] })).statusCode).toBe(201);

    const recon = { kind: 'reconciliation', periodFrom: '2026-10-01', periodTo: '2026-10-31', ourBalanceFen: 500_000, theirBalanceFen: 450_000 };
    const noPhoto = await call('POST', `/api/visits/${id}/items`, { ...recon, photoId: '00000000-0000-4000-8000-000000000001' });
    expect(noPhoto.json().error.code).toBe('VISIT.STATEMENT_PHOTO_REQUIRED');
    const ph = await call('POST', `/api/visits/${id}/photos`, { kind: 'statement', dataBase64: tinyPng.toString('base64') });
    expect(ph.statusCode, ph.body).toBe(201);
    const img = await call('GET', `/api/photos/${ph.json().id}`);
    expect(img.headers['content-type']).toBe('image/png');
    const r = await call('POST', `/api/visits/${id}/items`, { ...recon, photoId: ph.json().id });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().ticketId).toBeTruthy(); // a difference is a dispute: a ticket

    const pr = await call('POST', `/api/visits/${id}/promises`, { what: '11月30日前送检测报告', toWhom: '王经理', dueOn: '2026-11-30' });
    expect(pr.statusCode, pr.body).toBe(201);
    const done = await call('POST', `/api/visits/${id}/complete`, { outcomes: ['met'], summary: '客户确认两台CK6150订单意向' });
    expect(done.json()).toMatchObject({ status: 'done', effective: true });

    // The manager reads and comments the report; a rep may not, and the other manager cannot see it.
    const mgra = await t.login('mgra');
    expect((await call('POST', `/api/visits/${id}/report-comment`, { comment: '跟进及时' }, 'zh-CN', mgra)).json().report.managerComment).toBe('跟进及时');
    expect((await call('POST', `/api/visits/${id}/report-comment`, { comment: 'x' })).statusCode).toBe(403);
    expect((await call('POST', `/api/visits/${id}/report-comment`, { comment: 'x' }, 'zh-CN', await t.login('mgrb'))).statusCode).toBe(404);
    const weekly = (await call('GET', '/api/reports/weekly?day=2026-11-20', undefined, 'zh-CN', mgra)).json();
    expect(weekly.items.find((r: { repId: string }) => r.repId === w.users.repA1.id)).toMatchObject({ weekFrom: '2026-11-16', weekTo: '2026-11-22', done: 1, effective: 1, items: { machine_problem: 1, price_observation: 1 } });
    const ofA2 = (await call('GET', '/api/reports/weekly?day=2026-11-20', undefined, 'zh-CN', await t.login('repa2'))).json().items as { repId: string }[];
    expect(ofA2.map((r) => r.repId)).toEqual([w.users.repA2.id]);
    const rates = (await call('GET', '/api/promises/rates?from=2026-01-01&to=2026-12-31', undefined, 'zh-CN', mgra)).json();
    expect(rates.items.find((r: { ownerId: string }) => r.ownerId === w.users.repA1.id)).toMatchObject({ ownerName: '业务员甲一' });

    const db = t.database.db;
    // The walk's world holds other observations (price discipline); this visit made exactly one.
    expect(await db.select().from(priceObservations).where(eq(priceObservations.visitId, id))).toHaveLength(1);
    expect((await db.select().from(shareEstimates))[0]).toMatchObject({ source: 'visit', ourSharePct: 40 });
    expect(await db.select().from(serviceTickets).where(eq(serviceTickets.visitId, id))).toHaveLength(2);

    const next = await newVisit();
    const nextBrief = (await call('GET', `/api/visits/${next}/brief`)).json();
    expect(nextBrief.promises.map((p: { what: string }) => p.what)).toContain('11月30日前送检测报告');
    const blocked = await call('POST', `/api/visits/${next}/check-in`, { position: null });
    expect(blocked.json().error.code).toBe('VISIT.PROMISES_UNMARKED');
    const mark = await call('POST', `/api/visits/${next}/promises/${pr.json().id}/mark`, { mark: 'kept', note: '报告已当面交付' });
    expect(mark.json().status).toBe('kept');
    await call('POST', `/api/visits/${next}/promises/${w.visits.ownA1.promiseId}/mark`, { mark: 'not_yet' });
    expect((await call('POST', `/api/visits/${next}/check-in`, { position: { lng: 123.5, lat: 41.8, accuracyM: 10 } })).json().checkIn).toMatchObject({ status: 'out_of_range' });

    // Today: the day's visits numbered in route order, promises due within a week, open tickets.
    const today = (await call('GET', '/api/today')).json();
    expect(today.date).toBe('2026-11-20');
    expect(today.visits.map((s: { order: number }) => s.order)).toEqual(today.visits.map((_: unknown, i: number) => i + 1));
    expect(today.visits.some((s: { visit: { id: string } }) => s.visit.id === next)).toBe(true);
    expect(today.openTickets.length).toBeGreaterThanOrEqual(2);
  });

  it('raises a 窜货 alert from a downline visit, visible to the managers concerned and not to others', async () => {
    const id = await newVisit(foundAt, 'downline');
    await call('POST', `/api/visits/${id}/check-in`, { position: { lng: 123.4, lat: 41.8, accuracyM: 10 } });
    const res = await call('POST', `/api/visits/${id}/items`, { kind: 'machine_confirmed', serial: foreignSerial, place: '二号车间' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().alertId).toBeTruthy();
    const see = async (user: string) => (await call('GET', '/api/alerts/cross-territory', undefined, 'zh-CN', await t.login(user))).json().items as { serial: string; evidence: Record<string, unknown> }[];
    const forB = (await see('mgrb')).filter((a) => a.serial === foreignSerial);
    expect(forB).toHaveLength(1);
    expect(forB[0]!.evidence).toMatchObject({ serial: foreignSerial, foundAt: '鞍山终端', place: '二号车间' });
    expect((await see('mgra')).filter((a) => a.serial === foreignSerial)).toHaveLength(1);
    expect((await see('repa2')).filter((a) => a.serial === foreignSerial)).toHaveLength(0);
    // A machine sold through the account's own distributor is no alert.
    const own = await call('POST', `/api/visits/${id}/items`, { kind: 'machine_confirmed', serial, place: '一号车间' });
    expect(own.json().alertId).toBeNull();
  });

  it('keeps another rep out of a visit, its photos and tickets', async () => {
    const id = await newVisit(w.accounts.endA1Remote.id);
    await call('POST', `/api/visits/${id}/check-in`, { position: null });
    const ph = (await call('POST', `/api/visits/${id}/photos`, { kind: 'storefront', dataBase64: tinyPng.toString('base64') })).json();
    // Rep B1 sees the end user (it lies in B1's unit) but not A1's visit to it.
    const b1 = await t.login('repb1');
    for (const url of [`/api/visits/${id}`, `/api/visits/${id}/brief`, `/api/photos/${ph.id}`]) expect((await call('GET', url, undefined, 'zh-CN', b1)).statusCode).toBe(404);
    const listed = (await call('GET', `/api/visits?accountId=${w.accounts.endA1Remote.id}`, undefined, 'zh-CN', b1)).json() as { items: { id: string; repId: string }[] };
    expect(listed.items.every((v) => v.repId === w.users.repB1.id)).toBe(true);
    expect((await call('POST', `/api/visits/${id}/photos`, { kind: 'storefront', dataBase64: tinyPng.toString('base64') }, 'zh-CN', b1)).statusCode).toBe(404);
    const tickets = (await call('GET', '/api/tickets', undefined, 'zh-CN', b1)).json() as { items: { accountId: string; problem: string }[] };
    expect(tickets.items.some((x) => x.problem.includes('主轴') || x.problem.includes('VA1'))).toBe(false);
    expect((await db()).length).toBeGreaterThan(0);
  });

  const db = () => t.database.db.select().from(visitItems);
});
