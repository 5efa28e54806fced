import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openTestApp, type TestApp } from './app';
import { buildAccount, buildTerritory, buildUnit, buildUser } from './builders';
import { accountClasses } from '../src/db/schema-shared';
import { visits } from '../src/db/schema-visits';

// Coverage by region (issue 6 item 5): GET /api/planning/coverage?regionId= counts only the accounts in the
// region (the unit and the units below it) and groups the counts by region; checked against a direct count.
describe('planning coverage by region', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  // Two provinces; the rep's territory has a prefecture in each (one of them with a county below it).
  const layout = [
    { unit: 'P1-a', cls: ['A', 'A', 'B', 'C'], effective: [2, 1, 1, 0] },
    { unit: 'P1-a-x', cls: ['B', 'C'], effective: [1, 1] },
    { unit: 'P2-a', cls: ['A', 'C', 'C'], effective: [1, 0, 1] },
  ] as const;
  const interval = { A: 14, B: 30, C: 60 } as const;
  beforeAll(async () => {
    t = await openTestApp({
      seed: async (db) => {
        const mgr = await buildUser(db, { username: 'rmgr', role: 'manager' });
        const rep = await buildUser(db, { username: 'rrep', role: 'rep', managerId: mgr.id });
        await buildUnit(db, { id: 'P1', name: '甲省', level: 'province' });
        await buildUnit(db, { id: 'P2', name: '乙省', level: 'province' });
        await buildUnit(db, { id: 'P1-a', name: '甲市', parentId: 'P1' });
        await buildUnit(db, { id: 'P1-a-x', name: '甲县', level: 'county', parentId: 'P1-a' });
        await buildUnit(db, { id: 'P2-a', name: '乙市', parentId: 'P2' });
        await buildTerritory(db, { ownerId: rep.id, unitIds: ['P1-a', 'P1-a-x', 'P2-a'] });
        ids.rep = rep.id;
        for (const l of layout) {
          for (const [k, cls] of l.cls.entries()) {
            const a = await buildAccount(db, { unitId: l.unit, kind: 'end_user' });
            await db.insert(accountClasses).values({ accountId: a.id, valueClass: cls });
            for (let v = 0; v < l.effective[k]!; v++) {
              await db.insert(visits).values({ id: randomUUID(), accountId: a.id, repId: rep.id, kind: 'routine', status: 'done', effective: true, plannedOn: `2026-11-0${v + 2}`, objectives: [] });
            }
          }
        }
      },
    });
  });
  afterAll(async () => t.close());

  const get = async (query: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/planning/coverage?month=2026-11${query}`, headers: { cookie: await t.login('rmgr') } });
    expect(res.statusCode).toBe(200);
    return res.json() as { team: Record<'A' | 'B' | 'C', { required: number; effective: number }>; regions: { unitId: string; classes: Record<'A' | 'B' | 'C', { required: number; effective: number }> }[] };
  };
  // Direct count over the layout: November has 30 days, required = 30 / interval per account.
  const direct = (units: string[]) => {
    const out = { A: { required: 0, effective: 0 }, B: { required: 0, effective: 0 }, C: { required: 0, effective: 0 } };
    for (const l of layout.filter((x) => units.includes(x.unit))) {
      l.cls.forEach((c, k) => {
        out[c].required += 30 / interval[c];
        out[c].effective += l.effective[k]!;
      });
    }
    for (const c of ['A', 'B', 'C'] as const) out[c].required = Math.round(out[c].required * 10) / 10;
    return out;
  };

  it('groups the whole team by province', async () => {
    const cov = await get('');
    expect(cov.team).toEqual(direct(['P1-a', 'P1-a-x', 'P2-a']));
    expect(cov.regions.map((r) => r.unitId)).toEqual(['P1', 'P2']);
    expect(cov.regions[0]!.classes).toEqual(direct(['P1-a', 'P1-a-x']));
    expect(cov.regions[1]!.classes).toEqual(direct(['P2-a']));
  });

  it('filters to a region and groups by the units below it', async () => {
    const p1 = await get('&regionId=P1');
    expect(p1.team).toEqual(direct(['P1-a', 'P1-a-x']));
    expect(p1.regions.map((r) => r.unitId)).toEqual(['P1-a']);
    const city = await get('&regionId=P1-a');
    expect(city.regions.map((r) => r.unitId)).toEqual(['P1-a', 'P1-a-x']);
    expect(city.regions[1]!.classes).toEqual(direct(['P1-a-x']));
    const none = await get('&regionId=nowhere');
    expect(none.team).toEqual(direct([]));
    expect(none.regions).toEqual([]);
  });
});
