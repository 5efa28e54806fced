import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './app';
import { buildAccount, buildTerritory, buildUnit, buildUser } from './builders';

// Issue 5 item 1: at a joint visit the manager comes along and scores the rep's steps.

describe('joint-visit scoring', () => {
  let t: TestApp;
  let accountId = '';
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        const mgr = await buildUser(db, { username: 'mgr', role: 'manager', displayName: '王经理' });
        await buildUser(db, { username: 'mgr2', role: 'manager', displayName: '李经理' });
        const rep = await buildUser(db, { username: 'rep', role: 'rep', managerId: mgr.id, displayName: '业务员' });
        const unit = await buildUnit(db, { id: 'U1', name: '沈阳市' });
        await buildTerritory(db, { ownerId: rep.id, unitIds: [unit.id] });
        accountId = (await buildAccount(db, { unitId: unit.id, name: '沈阳经销', kind: 'distributor' })).id;
      },
    });
  });
  afterAll(() => t.close());

  const as = async (username: string) => {
    const cookie = await t.login(username);
    return (method: 'POST', url: string, payload: object, lang = 'zh-CN') => t.app.inject({ method, url, headers: { cookie, 'accept-language': lang }, payload });
  };
  async function doneVisit(kind: 'joint' | 'routine', complete = true): Promise<string> {
    const rep = await as('rep');
    const v = await rep('POST', '/api/visits', { accountId, kind, plannedOn: '2026-11-20', objectives: [{ type: 'new_order', details: { products: 'CK6150 数控车床', quantity: 2 } }], fixedTime: true, fixedRoute: true });
    const id = v.json().id as string;
    await rep('POST', `/api/visits/${id}/check-in`, { position: { lng: 123.4, lat: 41.8, accuracyM: 10 } });
    if (complete) expect((await rep('POST', `/api/visits/${id}/complete`, { outcomes: ['met'], summary: '订单两台' })).statusCode).toBe(200);
    return id;
  }
  const score = { scores: { preparation: 2, communication: 5, sales_report: 4 }, comment: '准备不足：没带去年同期数据' };

  it('the manager scores the steps; the visit record shows the mean and the step to coach', async () => {
    const id = await doneVisit('joint');
    expect((await (await as('rep'))('POST', `/api/visits/${id}/joint-score`, score)).statusCode).toBe(403);
    const res = await (await as('mgr'))('POST', `/api/visits/${id}/joint-score`, score);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().report.jointScore).toMatchObject({
      steps: [{ step: 'preparation', score: 2 }, { step: 'communication', score: 5 }, { step: 'sales_report', score: 4 }],
      average: 3.7, coachStep: 'preparation', comment: score.comment, managerName: '王经理',
    });
    // Another team's manager cannot see the visit at all.
    expect((await (await as('mgr2'))('POST', `/api/visits/${id}/joint-score`, score)).statusCode).toBe(404);
  });

  it('refuses a routine visit, an unfinished one and bad scores, in both languages', async () => {
    const mgr = await as('mgr');
    const routine = await doneVisit('routine');
    for (const lang of ['zh-CN', 'en']) {
      const r = await mgr('POST', `/api/visits/${routine}/joint-score`, score, lang);
      expect(r.statusCode).toBe(409);
      expect(r.json().error.code).toBe('VISIT.NOT_JOINT');
      expect(r.json().error.message).toMatch(lang === 'en' ? /joint visit/ : /协同拜访/);
    }
    const open = await doneVisit('joint', false);
    expect((await mgr('POST', `/api/visits/${open}/joint-score`, score)).json().error.code).toBe('VISIT.STATUS_INVALID');
    const joint = await doneVisit('joint');
    expect((await mgr('POST', `/api/visits/${joint}/joint-score`, { scores: { preparation: 6 }, comment: 'x' })).statusCode).toBe(400);
    expect((await mgr('POST', `/api/visits/${joint}/joint-score`, { scores: {}, comment: 'x' })).statusCode).toBe(400);
  });
});
