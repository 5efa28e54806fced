import { and, asc, desc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Account, AccountListQuery, AccountPoint } from '@qudao/contract';
import { accountVisible } from '../../access/visibility';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { accounts, territories, territoryUnits, units, users } from '../../db/schema';
import { toIso } from '../../db/time';
import { escapeLike } from '../users/repo';
import { classTierConditions } from '../classes/list-filters';
import { archiveStaleSql } from '../archive/stale-sql';

/** A raw accounts row (writes work on these). */
export type AccountRow = typeof accounts.$inferSelect;

const parentUnit = alias(units, 'pu');

/** The visibility condition applied to the `accounts` table of a query. */
export function visibleAccounts(scope: Scope): SQL {
  return accountVisible(scope, { unitId: accounts.unitId, distributorId: accounts.distributorId });
}

// The names around an account come from scalar subqueries and one follow-up query for the reps, rather
// than joins: an eight-table join made PostgreSQL spend ~10 ms per request planning join orders, and
// per-row territory subqueries cost PGlite ~0.7 ms a row.
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
    })
    .from(accounts)
    .innerJoin(units, eq(units.id, accounts.unitId))
    .leftJoin(parentUnit, eq(parentUnit.id, units.parentId));
}

type JoinedRow = Awaited<ReturnType<ReturnType<typeof selectAccounts>['execute']>>[number];

type RepOfUnit = Map<string, { repId: string | null; repName: string | null }>;

/** The owner (rep) of the territory of each of the units, in one query. */
async function repsOfUnits(db: Db, unitIds: string[]): Promise<RepOfUnit> {
  const out: RepOfUnit = new Map();
  if (unitIds.length === 0) return out;
  const rows = await db
    .select({ unitId: territoryUnits.unitId, repId: territories.ownerId, repName: users.displayName })
    .from(territoryUnits)
    .innerJoin(territories, eq(territories.id, territoryUnits.territoryId))
    .leftJoin(users, eq(users.id, territories.ownerId))
    .where(inArray(territoryUnits.unitId, [...new Set(unitIds)]));
  for (const r of rows) out.set(r.unitId, { repId: r.repId, repName: r.repName });
  return out;
}

async function toAccounts(db: Db, rows: JoinedRow[]): Promise<Account[]> {
  const reps = await repsOfUnits(db, rows.map((r) => r.row.unitId));
  return rows.map((r) => toAccount(r, reps));
}

function toAccount(r: JoinedRow, reps: RepOfUnit): Account {
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
    repId: reps.get(a.unitId)?.repId ?? null,
    repName: reps.get(a.unitId)?.repName ?? null,
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

function listConditions(scope: Scope, q: AccountListQuery, today?: string): SQL | undefined {
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
  conds.push(...classTierConditions(q));
  if (q.staleSection && today) conds.push(archiveStaleSql(q.staleSection, today));
  return and(...conds);
}

/** A page of the accounts visible to the scope, searched, filtered and sorted, with the total. */
export async function listAccounts(db: Db, scope: Scope, q: AccountListQuery, today?: string): Promise<{ items: Account[]; total: number }> {
  const where = listConditions(scope, q, today);
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
  return { items: await toAccounts(db, rows), total: count?.n ?? 0 };
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
  return row ? (await toAccounts(db, [row]))[0] : undefined;
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
