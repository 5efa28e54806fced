import { and, asc, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { Territory, TerritoryListQuery } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { territories, territoryUnits, users } from '../../db/schema';

// Visibility: a territory is visible when its owner is one of the scope's reps (HQ: all). An unowned
// territory is visible to HQ only.
function visible(scope: Scope): SQL | undefined {
  if (scope.repIds === 'all') return undefined;
  if (scope.repIds.length === 0) return sql`false`;
  return inArray(territories.ownerId, [...scope.repIds]);
}

const unitIds = sql<string[]>`coalesce(array_agg(${territoryUnits.unitId} order by ${territoryUnits.unitId}) filter (where ${territoryUnits.unitId} is not null), '{}')::text[]`;

function selectTerritories(db: Db) {
  return db
    .select({ id: territories.id, name: territories.name, ownerId: territories.ownerId, ownerName: users.displayName, unitIds })
    .from(territories)
    .leftJoin(users, eq(users.id, territories.ownerId))
    .leftJoin(territoryUnits, eq(territoryUnits.territoryId, territories.id))
    .groupBy(territories.id, users.displayName)
    .$dynamic();
}

/** The territories visible in `scope`, filtered, sorted by name and paged. */
export async function listTerritories(db: Db, scope: Scope, q: TerritoryListQuery): Promise<{ items: Territory[]; total: number }> {
  const filters = [visible(scope)];
  if (q.ownerId) filters.push(eq(territories.ownerId, q.ownerId));
  if (q.q) filters.push(ilike(territories.name, `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const where = and(...filters.filter((f): f is SQL => f !== undefined));
  const order = q.order === 'desc' ? desc : asc;
  const [items, [count]] = await Promise.all([
    selectTerritories(db).where(where).orderBy(order(territories.name), asc(territories.id)).limit(q.pageSize).offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(territories).where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}

/** One territory if it exists and is visible in `scope`; an invisible one is indistinguishable from a missing one. */
export async function getTerritory(db: Db, scope: Scope, id: string): Promise<Territory | undefined> {
  const [row] = await selectTerritories(db).where(and(eq(territories.id, id), visible(scope)));
  return row;
}
