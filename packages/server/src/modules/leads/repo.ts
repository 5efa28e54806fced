import { and, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Lead, LeadDuplicate } from '@qudao/contract';
import { findDuplicateCandidates, type DuplicateReason, type ExistingAccount } from '@qudao/domain';
import { accountVisible, leadVisible } from '../../access/visibility';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { accounts, units, users } from '../../db/schema';
import { leads } from '../../db/schema-archive';
import { toIso } from '../../db/time';
import { escapeLike } from '../users/repo';

/** A raw leads row. */
export type LeadRow = typeof leads.$inferSelect;

/** The visibility condition applied to the `leads` table. */
export function visibleLeads(scope: Scope): SQL {
  return leadVisible(scope, { ownerId: leads.ownerId, unitId: leads.unitId });
}

const unitName = sql<string>`(select u.name from units u where u.id = ${leads.unitId})`;
const ownerName = sql<string | null>`(select u.display_name from users u where u.id = ${leads.ownerId})`;

/** The API view of a lead without its duplicate check. */
export function toLead(row: LeadRow, names: { unitName: string; ownerName: string | null }): Omit<Lead, 'duplicates' | 'hiddenMatches'> {
  return {
    id: row.id, name: row.name, kind: row.kind, unitId: row.unitId, unitName: names.unitName, address: row.address, phone: row.phone, contactName: row.contactName,
    source: row.source, collected: row.collected as Lead['collected'], ownerId: row.ownerId, ownerName: names.ownerName, status: row.status,
    convertedAccountId: row.convertedAccountId, version: row.version, createdAt: toIso(row.createdAt),
  };
}

/** Visible leads, newest first, filtered by status and a name/phone/address fragment. */
export async function listLeads(db: Db, scope: Scope, q: { status?: LeadRow['status'] | undefined; q?: string | undefined; page: number; pageSize: number }) {
  const conds = [visibleLeads(scope)];
  if (q.status) conds.push(eq(leads.status, q.status));
  if (q.q) conds.push(sql`lower(${leads.name} || ' ' || coalesce(${leads.phone}, '') || ' ' || coalesce(${leads.address}, '')) like ${`%${escapeLike(q.q.toLowerCase())}%`}`);
  const where = and(...conds);
  const rows = await db.select({ l: leads, unitName, ownerName }).from(leads).where(where).orderBy(desc(leads.createdAt), desc(leads.id)).limit(q.pageSize).offset((q.page - 1) * q.pageSize);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(leads).where(where);
  return { items: rows.map((r) => toLead(r.l, r)), total: count?.n ?? 0 };
}

/** One visible lead (optionally locked), or undefined. */
export async function findVisibleLead(db: Db, scope: Scope, id: string, lock = false) {
  const query = db.select({ l: leads, unitName, ownerName }).from(leads).where(and(eq(leads.id, id), visibleLeads(scope)));
  const [row] = lock ? await query.for('update', { of: leads }) : await query;
  return row;
}

function describe(reason: DuplicateReason): string {
  switch (reason.kind) {
    case 'name_same':
      return 'name_same';
    case 'name_similar':
      return `name_similar:${reason.similarity}`;
    case 'phone_same':
      return 'phone_same';
    case 'address_similar':
      return `address_similar:${reason.similarity}`;
  }
}

/**
 * Accounts and other open leads that may be the same business (R2.1), by name, phone and address with
 * the unit names as place names. Only records the caller may see are named; matches elsewhere are
 * counted in `hiddenMatches` so a rep learns that the business is known without learning whose it is.
 */
export async function findLeadDuplicates(db: Db, scope: Scope, party: { name: string; phone: string | null; address: string | null }, exceptLeadId?: string): Promise<{ duplicates: LeadDuplicate[]; hiddenMatches: number }> {
  const placeRows = await db.select({ name: units.name }).from(units).where(inArray(units.level, ['prefecture', 'county']));
  const placeNames = placeRows.map((p) => p.name);
  const accountRows = await db
    .select({ id: accounts.id, name: accounts.name, phone: accounts.phone, address: accounts.address, visible: sql<boolean>`${accountVisible(scope, { unitId: accounts.unitId, distributorId: accounts.distributorId })}` })
    .from(accounts);
  const leadConds = [eq(leads.status, 'open')];
  if (exceptLeadId) leadConds.push(ne(leads.id, exceptLeadId));
  const leadRows = await db.select({ id: leads.id, name: leads.name, phone: leads.phone, address: leads.address, visible: sql<boolean>`${visibleLeads(scope)}` }).from(leads).where(and(...leadConds));
  const pool: (ExistingAccount & { kind: 'account' | 'lead'; id: string; visible: boolean })[] = [
    ...accountRows.map((a) => ({ ...a, kind: 'account' as const, accountId: `a:${a.id}`, phones: a.phone ? [a.phone] : [] })),
    ...leadRows.map((l) => ({ ...l, kind: 'lead' as const, accountId: `l:${l.id}`, phones: l.phone ? [l.phone] : [] })),
  ];
  const byKey = new Map(pool.map((p) => [p.accountId, p]));
  const found = findDuplicateCandidates({ name: party.name, phones: party.phone ? [party.phone] : [], address: party.address }, pool, { placeNames });
  const duplicates: LeadDuplicate[] = [];
  let hiddenMatches = 0;
  for (const c of found) {
    const p = byKey.get(c.accountId)!;
    if (!p.visible) hiddenMatches++;
    else if (duplicates.length < 10) duplicates.push({ kind: p.kind, id: p.id, name: p.name, score: c.score, reasons: c.reasons.map(describe) });
  }
  return { duplicates, hiddenMatches };
}

/** The user exists (owner of a lead). */
export async function userName(db: Db, id: string): Promise<string | null> {
  const [u] = await db.select({ n: users.displayName }).from(users).where(eq(users.id, id));
  return u?.n ?? null;
}
