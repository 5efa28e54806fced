import { and, asc, desc, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Account, AccountListQuery, AccountPoint } from '@qudao/contract';
import { accountVisible } from '../../access/visibility';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { accounts, units } from '../../db/schema';
import { toIso } from '../../db/time';
import { escapeLike } from '../users/repo';

/** A raw accounts row (writes work on these). */
export type AccountRow = typeof accounts.$inferSelect;

const parentUnit = alias(units, 'pu');

/** The visibility condition applied to the `accounts` table of a query. */
export function visibleAccounts(scope: Scope): SQL {
  return accountVisible(scope, { unitId: accounts.unitId, distributorId: accounts.distributorId });
}

// The names around an account come from scalar subqueries rather than joins: an eight-table join made
// PostgreSQL spend ~10 ms per request planning join orders, far more than executing the page.
function selectAccounts(db: Db) {
  const { id, externalCode, name, kind, distributorId, unitId, lng, lat, address, phone, status, version, createdAt, updatedAt } = accounts;
  return db
    .select({
      row: { id, externalCode, name, kind, distributorId, unitId, lng, lat, address, phone, status, version, createdAt, updatedAt },
      distributorName: sql<string | null>`(select d.name from accounts d where d.id = ${accounts.distributorId})`,
      unitName: units.name,
      unitLevel: units.level,
      parentName: parentUnit.name,
      parentLevel: parentUnit.level,
      grandName: sql<string | null>`(select g.name from units g where g.id = ${parentUnit.parentId})`,
      repId: sql<string | null>`(select t.owner_id from territory_units tu join territories t on t.id = tu.territory_id where tu.unit_id = ${accounts.unitId})`,
      repName: sql<string | null>`(select r.display_name from territory_units tu join territories t on t.id = tu.territory_id join users r on r.id = t.owner_id where tu.unit_id = ${accounts.unitId})`,
    })
    .from(accounts)
    .innerJoin(units, eq(units.id, accounts.unitId))
    .leftJoin(parentUnit, eq(parentUnit.id, units.parentId));
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
  if (q.q) conds.push(sql`${accounts.searchText} like lower(${`%${escapeLike(q.q)}%`})`);
  if (q.kind) conds.push(eq(accounts.kind, q.kind));
  if (q.status) conds.push(eq(accounts.status, q.status));
  if (q.unitId) conds.push(eq(accounts.unitId, q.unitId));
  if (q.provinceId) conds.push(or(eq(units.id, q.provinceId), eq(units.parentId, q.provinceId), eq(parentUnit.parentId, q.provinceId))!);
  if (q.distributorId) conds.push(eq(accounts.distributorId, q.distributorId));
  if (q.repId) {
    conds.push(sql`${accounts.unitId} in (select tu.unit_id from territory_units tu join territories t on t.id = tu.territory_id where t.owner_id = ${q.repId}::uuid)`);
  }
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
  // The plain count skips the unit joins unless the province filter needs them.
  const countQuery = q.provinceId
    ? db
        .select({ n: sql<number>`count(*)::int` })
        .from(accounts)
        .innerJoin(units, eq(units.id, accounts.unitId))
        .leftJoin(parentUnit, eq(parentUnit.id, units.parentId))
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
  // Five decimals are about a metre: plenty for a pin, and a fifth fewer bytes for 15,000 points.
  const round = (x: number | null) => Math.round((x ?? 0) * 1e5) / 1e5;
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, lng: round(r.lng), lat: round(r.lat) }));
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
