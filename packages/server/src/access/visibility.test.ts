import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { accounts } from '../db/schema';
import { buildUser } from '../../test/builders';
import { openTestDatabase } from '../../test/db';
import { buildWorld, type World } from '../../test/world';
import type { Scope } from './scope';
import { accountIdVisible, accountVisible, resolveScope } from './visibility';

describe('account visibility condition', () => {
  let database: Database;
  let w: World;
  beforeAll(async () => {
    database = await openTestDatabase();
    w = await buildWorld(database.db);
  });
  afterAll(async () => database.close());

  const visibleNames = async (scope: Scope) =>
    (await database.db.select({ name: accounts.name }).from(accounts).where(accountVisible(scope, accounts)).orderBy(accounts.name)).map((r) => r.name);

  it('shows a rep their units and the downline of their distributors, wherever it is', async () => {
    const names = await visibleNames(await resolveScope(database.db, w.users.repA1));
    expect(names).toEqual([w.accounts.distA1.name, w.accounts.endA1Remote.name, w.accounts.subA1.name].sort());
  });

  it('shows a manager the union of their reps, HQ everything, a manager without reps nothing', async () => {
    expect(await visibleNames(await resolveScope(database.db, w.users.mgrA))).toHaveLength(5);
    expect(await visibleNames(await resolveScope(database.db, w.users.hq))).toHaveLength(8);
    const lonely = await buildUser(database.db, { role: 'manager' });
    const scope = await resolveScope(database.db, lonely);
    expect(scope.repIds).toEqual([]);
    expect(await visibleNames(scope)).toEqual([]);
  });

  it('checks a single id the same way', async () => {
    const scope = await resolveScope(database.db, w.users.repB1);
    const one = async (id: string) => (await database.db.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.id, id), accountIdVisible(scope, id)))).length;
    expect(await one(w.accounts.distB1.id)).toBe(1);
    // The end user in B1's unit that buys through A1's distributor is in B1's area too.
    expect(await one(w.accounts.endA1Remote.id)).toBe(1);
    expect(await one(w.accounts.distA1.id)).toBe(0);
  });
});
