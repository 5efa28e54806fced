import { and, asc, desc, eq, ne } from 'drizzle-orm';
import type { Contact } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { accounts, contacts } from '../../db/schema';
import { toIso } from '../../db/time';
import { visibleAccounts } from '../accounts/repo';

/** A raw contacts row. */
export type ContactRow = typeof contacts.$inferSelect;

/** The API view of a contact row. */
export function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    accountId: row.accountId,
    name: row.name,
    title: row.title,
    phone: row.phone,
    email: row.email,
    isPrimary: row.isPrimary,
    notes: row.notes,
    version: row.version,
    updatedAt: toIso(row.updatedAt),
  };
}

/** The contacts of an account the scope can see (primary first), or undefined when it cannot. */
export async function listContacts(db: Db, scope: Scope, accountId: string): Promise<Contact[] | undefined> {
  const [acc] = await db.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.id, accountId), visibleAccounts(scope)));
  if (!acc) return undefined;
  const rows = await db.select().from(contacts).where(eq(contacts.accountId, accountId)).orderBy(desc(contacts.isPrimary), asc(contacts.name), asc(contacts.id));
  return rows.map(toContact);
}

/** A contact whose account the scope can see, locked for update, or undefined. */
export async function lockVisibleContact(tx: Db, scope: Scope, id: string): Promise<ContactRow | undefined> {
  const [row] = await tx
    .select({ contact: contacts })
    .from(contacts)
    .innerJoin(accounts, eq(accounts.id, contacts.accountId))
    .where(and(eq(contacts.id, id), visibleAccounts(scope)))
    .for('update', { of: contacts });
  return row?.contact;
}

/** The other contacts of the account still marked primary (to hand the flag over). */
export async function otherPrimaryContacts(tx: Db, accountId: string, exceptId: string): Promise<ContactRow[]> {
  return tx.select().from(contacts).where(and(eq(contacts.accountId, accountId), eq(contacts.isPrimary, true), ne(contacts.id, exceptId)));
}
