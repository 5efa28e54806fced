import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { visitSettingsAuditId, type AuditEntity, type AuditEntry } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { auditLog, contacts, products, units, users } from '../../db/schema';
import { findVisibleLead } from '../leads/repo';
import { toIso } from '../../db/time';
import { findVisibleAccountRow } from '../accounts/repo';
import { getVisibleUser } from '../users/repo';
import { getTerritory } from '../territories/repo';

/**
 * True when the scope may read the history of the entity: an account it sees, a contact of such an
 * account (also after the contact was deleted), a user it may read, any product, a territory it sees.
 */
export async function canReadHistory(db: Db, scope: Scope, entity: AuditEntity, id: string): Promise<boolean> {
  switch (entity) {
    case 'account':
      return Boolean(await findVisibleAccountRow(db, scope, id));
    case 'contact': {
      const accountId = await contactAccountId(db, id);
      return accountId !== undefined && Boolean(await findVisibleAccountRow(db, scope, accountId));
    }
    case 'user':
      return Boolean(await getVisibleUser(db, scope, id));
    case 'unit':
      // Regional characteristics are reference data every signed-in user reads.
      return Boolean((await db.select({ id: units.id }).from(units).where(eq(units.id, id)))[0]);
    case 'lead':
      return Boolean(await findVisibleLead(db, scope, id));
    case 'territory':
      return Boolean(await getTerritory(db, scope, id));
    case 'visit_settings':
      // HQ's visit settings are read by every signed-in user; their history too.
      return id === visitSettingsAuditId;
    case 'product': {
      const [row] = await db.select({ id: products.id }).from(products).where(eq(products.id, id));
      return Boolean(row);
    }
  }
}

// A deleted contact's account is known from its history (the accountId recorded at creation).
async function contactAccountId(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.select({ accountId: contacts.accountId }).from(contacts).where(eq(contacts.id, id));
  if (row) return row.accountId;
  const [logged] = await db
    .select({ v: sql<unknown>`coalesce(${auditLog.newValue}, ${auditLog.oldValue}) #>> '{}'` })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'contact'), eq(auditLog.entityId, id), eq(auditLog.field, 'accountId')))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return typeof logged?.v === 'string' ? logged.v : undefined;
}

/** A page of the audit history of one entity, with the names of who changed what. */
export async function listHistory(
  db: Db,
  entity: AuditEntity,
  id: string,
  q: { order: 'asc' | 'desc'; page: number; pageSize: number },
): Promise<{ items: AuditEntry[]; total: number }> {
  const where = and(eq(auditLog.entity, entity), eq(auditLog.entityId, id));
  const dir = q.order === 'desc' ? desc : asc;
  const rows = await db
    // jsonb read as text and parsed here: Drizzle re-parses driver strings, turning the string "139" into 139.
    .select({ a: auditLog, oldJson: sql<string | null>`${auditLog.oldValue}::text`, newJson: sql<string | null>`${auditLog.newValue}::text`, userName: users.displayName })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(where)
    .orderBy(dir(auditLog.at), dir(auditLog.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where);
  return {
    items: rows.map(({ a, oldJson, newJson, userName }) => ({
      id: Number(a.id),
      at: toIso(a.at),
      userId: a.userId,
      userName,
      entity: a.entity,
      entityId: a.entityId,
      field: a.field,
      oldValue: oldJson === null ? null : (JSON.parse(oldJson) as unknown),
      newValue: newJson === null ? null : (JSON.parse(newJson) as unknown),
      source: a.source,
    })),
    total: count?.n ?? 0,
  };
}
