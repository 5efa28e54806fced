import { and, asc, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Account, AccountListQuery, AccountPoint } from '@qudao/contract';
import { accountVisible } from '../../access/visibility';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { accounts, territories, territoryUnits, units, users } from '../../db/schema';
import { toIso } from '../../db/time';
import { escapeLike } from '../users/repo';

/** A raw accounts row (writes work on these). */
export type AccountRow = typeof accounts.$inferSelect;

const distributor = alias(accounts, 'd');
const parentUnit = alias(units, 'pu');
const grandUnit = alias(units, 'gu');
const rep = alias(users, 'rep');

/** The visibility condition applied to the `accounts` table of a query. */
export function visibleAccounts(scope: Scope): SQL {
  return accountVisible(scope, { unitId: accounts.unitId, distributorId: accounts.distributorId });
}

function selectAccounts(db: Db) {
  return db
    .select({
      row: accounts,
      distributorName: distributor.name,
      unitName: units.name,
      unitLevel: units.level,
      parentName: parentUnit.name,
      parentLevel: parentUnit.level,
      grandName: grandUnit.name,
      repId: rep.id,
      repName: rep.displayName,
    })
    .from(accounts)
    .innerJoin(units, eq(units.id, accounts.unitId))
    .leftJoin(parentUnit, eq(parentUnit.id, units.parentId))
    .leftJoin(grandUnit, eq(grandUnit.id, parentUnit.parentId))
    .leftJoin(distributor, eq(distributor.id, accounts.distributorId))
    .leftJoin(territoryUnits, eq(territoryUnits.unitId, accounts.unitId))
    .leftJoin(territories, eq(territories.id, territoryUnits.territoryId))
    .leftJoin(rep, eq(rep.id, territories.ownerId));
}

type JoinedRow = Awaited<ReturnType<ReturnType<typeof selectAccounts>['execute']>>[number];

function toAccount(r: JoinedRow): Account {
  const a = r.row;
  const provinceName = r.unitLevel === 'province' ? r.unitName : r.parentLevel === 'province' ? r.parentName : r.grandName;
  return {
    id: a.id,
    externalCode: a.externalCode,
    name: a.name,
    kind: a.kind,
    distributorId: a.distributorId,
    distributorName: r.distributorName,
    unitId: a.unitId,
    unitName: r.unitName,
    provinceName: provinceName ?? null,
    lng: a.lng,
    lat: a.lat,
    address: a.address,
    phone: a.phone,
    status: a.status,
    repId: r.repId,
    repName: r.repName,
    version: a.version,
    createdAt: toIso(a.createdAt),
    updatedAt: toIso(a.updatedAt),
  };
}

const sortColumns = {
  name: accounts.name,
  kind: accounts.kind,
  status: accounts.status,
  unitName: units.name,
  externalCode: accounts.externalCode,
  updatedAt: accounts.updatedAt,
};

function listConditions(scope: Scope, q: AccountListQuery): SQL | undefined {
  const conds: SQL[] = [visibleAccounts(scope)];
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    conds.push(or(ilike(accounts.name, like), ilike(accounts.externalCode, like), ilike(accounts.address, like), ilike(accounts.phone, like))!);
  }
  if (q.kind) conds.push(eq(accounts.kind, q.kind));
  if (q.status) conds.push(eq(accounts.status, q.status));
  if (q.unitId) conds.push(eq(accounts.unitId, q.unitId));
  if (q.provinceId) conds.push(or(eq(units.id, q.provinceId), eq(units.parentId, q.provinceId), eq(parentUnit.parentId, q.provinceId))!);
  if (q.distributorId) conds.push(eq(accounts.distributorId, q.distributorId));
  if (q.repId) conds.push(eq(territories.ownerId, q.repId));
  if (q.hasLocation === 'true') conds.push(isNotNull(accounts.lng));
  if (q.hasLocation === 'false') conds.push(isNull(accounts.lng));
  return and(...conds);
}

/** A page of the accounts visible to the scope, searched, filtered and sorted, with the total. */
export async function listAccounts(db: Db, scope: Scope, q: AccountListQuery): Promise<{ items: Account[]; total: number }> {
  const where = listConditions(scope, q);
  const dir = q.order === 'desc' ? desc : asc;
  const rows = await selectAccounts(db)
    .where(where)
    .orderBy(dir(sortColumns[q.sort]), asc(accounts.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  // Count over the same joins only when a filter needs them; the plain count is the common case.
  const needsJoins = Boolean(q.provinceId || q.repId);
  const countQuery = needsJoins
    ? db
        .select({ n: sql<number>`count(*)::int` })
        .from(accounts)
        .innerJoin(units, eq(units.id, accounts.unitId))
        .leftJoin(parentUnit, eq(parentUnit.id, units.parentId))
        .leftJoin(territoryUnits, eq(territoryUnits.unitId, accounts.unitId))
        .leftJoin(territories, eq(territories.id, territoryUnits.territoryId))
        .where(where)
    : db.select({ n: sql<number>`count(*)::int` }).from(accounts).where(where);
  const [count] = await countQuery;
  return { items: rows.map(toAccount), total: count?.n ?? 0 };
}

/** Every visible account with coordinates, compact, for the map. */
export async function listAccountPoints(db: Db, scope: Scope): Promise<AccountPoint[]> {
  const rows = await db
    .select({ id: accounts.id, name: accounts.name, kind: accounts.kind, lng: accounts.lng, lat: accounts.lat })
    .from(accounts)
    .where(and(visibleAccounts(scope), isNotNull(accounts.lng), isNotNull(accounts.lat)))
    .orderBy(accounts.id);
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, lng: r.lng ?? 0, lat: r.lat ?? 0 }));
}

/** One visible account in its API form, or undefined (missing and invisible look the same). */
export async function getAccount(db: Db, scope: Scope, id: string): Promise<Account | undefined> {
  const [row] = await selectAccounts(db).where(and(eq(accounts.id, id), visibleAccounts(scope)));
  return row ? toAccount(row) : undefined;
}

/** The raw row of a visible account, locked for update inside the caller's transaction. */
export async function lockVisibleAccount(tx: Db, scope: Scope, id: string): Promise<AccountRow | undefined> {
  const [row] = await tx.select().from(accounts).where(and(eq(accounts.id, id), visibleAccounts(scope))).for('update');
  return row;
}

/** True when the account exists and the scope may see it. */
export async function isAccountVisible(db: Db, scope: Scope, id: string): Promise<boolean> {
  const [row] = await db.select({ ok: sql<number>`1` }).from(accounts).where(and(eq(accounts.id, id), visibleAccounts(scope)));
  return Boolean(row);
}

/** The raw row of a visible account (no lock). */
export async function findVisibleAccountRow(db: Db, scope: Scope, id: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(accounts).where(and(eq(accounts.id, id), visibleAccounts(scope)));
  return row;
}

/** Number of sub-dealers and end users buying through the account. */
export async function countDownline(db: Db, id: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(accounts).where(eq(accounts.distributorId, id));
  return row?.n ?? 0;
}

/** True when the unit exists. */
export async function unitExists(db: Db, unitId: string): Promise<boolean> {
  const [row] = await db.select({ id: units.id }).from(units).where(eq(units.id, unitId));
  return Boolean(row);
}
