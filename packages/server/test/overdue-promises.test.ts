import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitPromises } from '../src/db/schema-visits';
import { openTestApp, type TestApp } from './app';
import { buildAccount, buildTerritory, buildUnit, buildUser } from './builders';

// R3.5 / issue 5 item 7: overdue promises alert the rep who owns them and the rep's manager — and nobody else.
// The test clock stands at 2026-11-20 10:00 Asia/Shanghai.

describe('overdue promise notices', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        const mgr = await buildUser(db, { username: 'mgr', role: 'manager', displayName: '经理' });
        const mgr2 = await buildUser(db, { username: 'mgr2', role: 'manager', displayName: '经理二' });
        const rep = await buildUser(db, { username: 'rep', role: 'rep', managerId: mgr.id, displayName: '业务员一' });
        const rep2 = await buildUser(db, { username: 'rep2', role: 'rep', managerId: mgr2.id, displayName: '业务员二' });
        const u1 = await buildUnit(db, { id: 'U1', name: '沈阳市' });
        const u2 = await buildUnit(db, { id: 'U2', name: '长春市' });
        await buildTerritory(db, { ownerId: rep.id, unitIds: [u1.id] });
        await buildTerritory(db, { ownerId: rep2.id, unitIds: [u2.id] });
        const a1 = await buildAccount(db, { unitId: u1.id, name: '沈阳经销', kind: 'distributor' });
        const a2 = await buildAccount(db, { unitId: u2.id, name: '长春经销', kind: 'distributor' });
        const promise = async (key: string, ownerId: string, accountId: string, dueOn: string, status: 'open' | 'kept' = 'open') => {
          const [row] = await db.insert(visitPromises).values({ accountId, ownerId, what: `送${key}资料`, toWhom: '王经理', madeOn: '2026-10-01', dueOn, status, ...(status === 'kept' ? { closedOn: dueOn, evidence: '已送达' } : {}) }).returning();
          ids[key] = row!.id;
        };
        await promise('long', rep.id, a1.id, '2026-11-01');
        await promise('yesterday', rep.id, a1.id, '2026-11-19');
        await promise('today', rep.id, a1.id, '2026-11-20');
        await promise('kept', rep.id, a1.id, '2026-11-02', 'kept');
        await promise('other', rep2.id, a2.id, '2026-11-10');
      },
    });
  });
  afterAll(() => t.close());

  const overdue = async (username: string) => {
    const res = await t.app.inject({ method: 'GET', url: '/api/promises/overdue', headers: { cookie: await t.login(username) } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { date: string; total: number; items: { id: string; daysOverdue: number; accountName: string; ownerName: string }[] };
  };

  it('tells the rep their open promises past due, most overdue first; due today and kept ones are not overdue', async () => {
    const r = await overdue('rep');
    expect(r.date).toBe('2026-11-20');
    expect(r.items.map((i) => [i.id, i.daysOverdue])).toEqual([[ids.long, 19], [ids.yesterday, 1]]);
    expect(r.items[0]).toMatchObject({ accountName: '沈阳经销', ownerName: '业务员一' });
  });

  it('tells the manager their reps’ overdue promises, not another team’s; another rep sees only their own', async () => {
    expect((await overdue('mgr')).items.map((i) => i.id)).toEqual([ids.long, ids.yesterday]);
    expect((await overdue('mgr2')).items.map((i) => i.id)).toEqual([ids.other]);
    expect((await overdue('rep2')).items.map((i) => i.id)).toEqual([ids.other]);
  });

  it('a day later the promise due today is overdue too', async () => {
    t.advance(24 * 3_600_000);
    expect((await overdue('rep')).items.map((i) => [i.id, i.daysOverdue])).toEqual([[ids.long, 20], [ids.yesterday, 2], [ids.today, 1]]);
  });
});
