import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { territoryListQuery } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Database } from '../../db/connect';
import { openTestDatabase } from '../../../test/db';
import { users } from '../../db/schema';
import { loadDemo } from '../../demo/load';
import { getTerritory, listTerritories } from './repo';

describe('territories repository', () => {
  let database: Database;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    database = await openTestDatabase();
    await loadDemo(database.db, { seed: 1, password: 'qudao', referenceDate: '2026-01-01' });
    for (const u of await database.db.select().from(users)) ids.set(u.username, u.id);
  });
  afterAll(async () => database.close());

  const scopeOf = async (username: string): Promise<Scope> => {
    const id = ids.get(username)!;
    const [u] = await database.db.select().from(users).where(eq(users.id, id));
    if (u!.role === 'hq') return { userId: id, role: 'hq', repIds: 'all' };
    if (u!.role === 'rep') return { userId: id, role: 'rep', repIds: [id] };
    const reps = await database.db.select({ id: users.id }).from(users).where(eq(users.managerId, id));
    return { userId: id, role: 'manager', repIds: reps.map((r) => r.id) };
  };
  const all = territoryListQuery.parse({});

  it('shows a rep only their own territory, with its units', async () => {
    const page = await listTerritories(database.db, await scopeOf('rep01'), all);
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ name: '辽南区', ownerId: ids.get('rep01'), ownerName: '张伟' });
    expect(page.items[0]!.unitIds).toContain('CN-21-02');
  });

  it("shows a manager their reps' territories and HQ all of them", async () => {
    const manager = await listTerritories(database.db, await scopeOf('mgr01'), all);
    expect(manager.total).toBe(4);
    expect(new Set(manager.items.map((t) => t.ownerId))).toEqual(new Set(['rep01', 'rep02', 'rep03', 'rep04'].map((u) => ids.get(u))));
    expect((await listTerritories(database.db, await scopeOf('hq'), all)).total).toBe(12);
  });

  it('answers an out-of-scope territory exactly like a missing one', async () => {
    const hqPage = await listTerritories(database.db, await scopeOf('hq'), all);
    const foreign = hqPage.items.find((t) => t.ownerId === ids.get('rep12'))!;
    expect(await getTerritory(database.db, await scopeOf('rep01'), foreign.id)).toBeUndefined();
    expect(await getTerritory(database.db, await scopeOf('mgr01'), foreign.id)).toBeUndefined();
    expect((await getTerritory(database.db, await scopeOf('mgr03'), foreign.id))?.name).toBe(foreign.name);
    expect(await getTerritory(database.db, await scopeOf('hq'), '00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('filters by a name fragment', async () => {
    const page = await listTerritories(database.db, await scopeOf('hq'), territoryListQuery.parse({ q: '鲁' }));
    expect(page.items.map((t) => t.name).sort()).toEqual(['鲁中鲁北区', '鲁南区']);
  });
});
