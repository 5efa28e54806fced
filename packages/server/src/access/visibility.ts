import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { users } from '../db/schema';
import type { Scope } from './scope';

/**
 * THE visibility rule of the product, in one place (issue 2, item 3). Every repo function reading or
 * writing accounts, or records that hang off accounts, filters with these conditions.
 *
 * - A rep sees the accounts whose unit lies in a territory they own, plus the sub-dealers and end users
 *   buying through such an account (wherever those are).
 * - A manager sees what their reps see.
 * - HQ sees everything.
 */

/** A column reference such as `accounts.id` or an alias's `d.unit_id`, as raw SQL. */
type ColumnSql = SQL | { getSQL(): SQL };

/** SQL list of the units in territories owned by the scope's reps; null when the scope is `all`. */
function ownedUnitsSql(scope: Scope): SQL | null {
  if (scope.repIds === 'all') return null;
  if (scope.repIds.length === 0) return sql`select null::text where false`;
  const ids = sql.join(scope.repIds.map((id) => sql`${id}::uuid`), sql`, `);
  return sql`select tu.unit_id from territory_units tu join territories t on t.id = tu.territory_id where t.owner_id in (${ids})`;
}

/**
 * Condition true for the accounts the scope may see, given the account's `unitId` and `distributorId`
 * columns (pass an alias's columns to apply it to a joined account).
 */
export function accountVisible(scope: Scope, cols: { unitId: ColumnSql; distributorId: ColumnSql }): SQL {
  const owned = ownedUnitsSql(scope);
  if (!owned) return sql`true`;
  return sql`(${cols.unitId} in (${owned}) or ${cols.distributorId} in (select va.id from accounts va where va.kind = 'distributor' and va.unit_id in (${owned})))`;
}

/** Condition true when the account with id `accountId` (a column or value) is visible to the scope. */
export function accountIdVisible(scope: Scope, accountId: ColumnSql | string): SQL {
  if (scope.repIds === 'all') return sql`true`;
  const idSql = typeof accountId === 'string' ? sql`${accountId}::uuid` : accountId;
  return sql`exists (select 1 from accounts vx where vx.id = ${idSql} and ${accountVisible(scope, { unitId: sql`vx.unit_id`, distributorId: sql`vx.distributor_id` })})`;
}

/**
 * Condition true for the users the scope may read: HQ all; a manager themself and their reps; a rep
 * themself only.
 */
export function userVisible(scope: Scope): SQL {
  if (scope.repIds === 'all') return sql`true`;
  const ids = [scope.userId, ...scope.repIds];
  return sql`${users.id} in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`;
}

/** Resolves the scope of a signed-in user: a rep themself, a manager their reps, HQ all. */
export async function resolveScope(db: Db, user: { id: string; role: Scope['role'] }): Promise<Scope> {
  if (user.role === 'hq') return { userId: user.id, role: 'hq', repIds: 'all' };
  if (user.role === 'rep') return { userId: user.id, role: 'rep', repIds: [user.id] };
  const reps = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`${users.managerId} = ${user.id} and ${users.role} = 'rep'`);
  return { userId: user.id, role: 'manager', repIds: reps.map((r) => r.id) };
}

/**
 * Condition true for the leads (R2.1) the scope may see: HQ all; otherwise leads owned by the caller or
 * their reps, or lying in a unit of their reps' territories.
 */
export function leadVisible(scope: Scope, cols: { ownerId: ColumnSql; unitId: ColumnSql }): SQL {
  const owned = ownedUnitsSql(scope);
  if (!owned || scope.repIds === 'all') return sql`true`;
  const owners = sql.join([scope.userId, ...scope.repIds].map((id) => sql`${id}::uuid`), sql`, `);
  return sql`(${cols.ownerId} in (${owners}) or ${cols.unitId} in (${owned}))`;
}
