import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitListQuery } from '@qudao/contract';
import type { Database } from '../../db/connect';
import { openTestDatabase } from '../../../test/db';
import { seedUnits } from '../../units/seed';
import { getUnit, listUnits } from './repo';

describe('units repository', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    await seedUnits(database.db);
  });
  afterAll(async () => database.close());

  it('lists the prefectures of a province by name', async () => {
    const page = await listUnits(database.db, unitListQuery.parse({ parentId: 'CN-21', sort: 'name' }));
    expect(page.total).toBe(14);
    expect(page.items.map((u) => u.name)).toContain('大连市');
  });

  it('filters by level and by a name fragment, and pages', async () => {
    expect((await listUnits(database.db, unitListQuery.parse({ level: 'province' }))).total).toBe(34);
    const found = await listUnits(database.db, unitListQuery.parse({ q: '大连' }));
    expect(found.items.map((u) => u.id)).toEqual(['CN-21-02']);
    const second = await listUnits(database.db, unitListQuery.parse({ pageSize: '10', page: '2' }));
    expect(second.items).toHaveLength(10);
    expect(second.items[0]?.id).toBe((await listUnits(database.db, unitListQuery.parse({}))).items[10]?.id);
  });

  it('finds one unit by id and nothing for an unknown id', async () => {
    expect((await getUnit(database.db, 'CN-21'))?.name).toBe('辽宁');
    expect(await getUnit(database.db, 'CN-99')).toBeUndefined();
  });
});
