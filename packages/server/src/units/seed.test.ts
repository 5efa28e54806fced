import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { openTestDatabase } from '../../test/db';
import { units } from '../db/schema';
import { seedUnits } from './seed';

describe('units seed', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  it('seeds every province with its prefectures, and a second run changes nothing', async () => {
    const first = await seedUnits(database.db);
    expect(first.changed).toBe(first.total);
    const second = await seedUnits(database.db);
    expect(second).toEqual({ total: first.total, changed: 0 });

    const provinces = await database.db.select().from(units).where(eq(units.level, 'province'));
    expect(provinces).toHaveLength(34);
    expect(provinces.map((p) => p.name)).toEqual(expect.arrayContaining(['北京', '辽宁', '内蒙古', '香港', '台湾']));
    const all = await database.db.select().from(units);
    expect(all).toHaveLength(first.total);
    const provinceIds = new Set(provinces.map((p) => p.id));
    for (const u of all.filter((x) => x.level === 'prefecture')) expect(provinceIds.has(u.parentId ?? '')).toBe(true);
  });

  it('puts 大连市 under 辽宁 with its centroid and boundary reference', async () => {
    const [dalian] = await database.db.select().from(units).where(eq(units.name, '大连市'));
    const [liaoning] = await database.db.select().from(units).where(eq(units.name, '辽宁'));
    expect(liaoning?.id).toBe('CN-21');
    expect(dalian?.parentId).toBe('CN-21');
    expect(dalian?.boundaryRef).toBe('china-geojson:liao_ning_geo.json#大连市');
    expect(dalian?.centroidLng).toBeCloseTo(122.2, 1);
    expect(dalian?.centroidLat).toBeCloseTo(39.4, 1);
  });

  it('refuses to re-point an existing id to another name', async () => {
    await database.db.update(units).set({ name: '旧名' }).where(eq(units.id, 'CN-21-02'));
    await expect(seedUnits(database.db)).rejects.toThrow(/CN-21-02/);
    await database.db.update(units).set({ name: '大连市' }).where(eq(units.id, 'CN-21-02'));
  });
});
