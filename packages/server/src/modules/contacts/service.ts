import { and, eq } from 'drizzle-orm';
import type { Contact, ContactCreate, ContactPatch } from '@qudao/contract';
import { recordChanges } from '../../audit/record';
import { accounts, contacts } from '../../db/schema';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import { visibleAccounts } from '../accounts/repo';
import { lockVisibleContact, otherPrimaryContacts, toContact, type ContactRow } from './repo';

/** Fields of a contact whose changes the audit log records. */
export const contactAuditFields = ['accountId', 'name', 'title', 'phone', 'email', 'isPrimary', 'notes'] as const;

function auditView(row: ContactRow): Record<string, unknown> {
  return Object.fromEntries(contactAuditFields.map((f) => [f, row[f]]));
}

// One primary contact per account: marking a new one clears the flag on the others, audited.
async function handOverPrimary(w: WriteScope, row: ContactRow) {
  if (!row.isPrimary) return;
  for (const other of await otherPrimaryContacts(w.tx, row.accountId, row.id)) {
    const [after] = await w.tx
      .update(contacts)
      .set({ isPrimary: false, version: other.version + 1, updatedAt: w.ctx.now.toISOString() })
      .where(eq(contacts.id, other.id))
      .returning();
    if (after) await recordChanges(w.tx, w.ctx, { entity: 'contact', entityId: other.id, fields: contactAuditFields, before: auditView(other), after: auditView(after) });
  }
}

/** Adds a contact to a visible account; NOT_FOUND when the account is missing or out of scope. */
export async function createContact(w: WriteScope, accountId: string, input: ContactCreate): Promise<Result<Contact>> {
  const [acc] = await w.tx.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.id, accountId), visibleAccounts(w.scope))).for('update');
  if (!acc) return { ok: false, code: 'NOT_FOUND' };
  const at = w.ctx.now.toISOString();
  const [row] = await w.tx
    .insert(contacts)
    .values({
      accountId,
      name: input.name,
      title: input.title ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      isPrimary: input.isPrimary,
      notes: input.notes ?? null,
      version: 0,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await recordChanges(w.tx, w.ctx, { entity: 'contact', entityId: row.id, fields: contactAuditFields, before: null, after: auditView(row) });
  await handOverPrimary(w, row);
  return { ok: true, value: toContact(row) };
}

/** Changes a contact of a visible account, guarded by `version` when given. */
export async function updateContact(w: WriteScope, id: string, patch: ContactPatch): Promise<Result<Contact>> {
  const before = await lockVisibleContact(w.tx, w.scope, id);
  if (!before) return { ok: false, code: 'NOT_FOUND' };
  if (patch.version !== undefined && patch.version !== before.version) return { ok: false, code: 'CONFLICT.STALE_VERSION' };
  const next = {
    name: patch.name ?? before.name,
    title: patch.title !== undefined ? patch.title : before.title,
    phone: patch.phone !== undefined ? patch.phone : before.phone,
    email: patch.email !== undefined ? patch.email : before.email,
    isPrimary: patch.isPrimary ?? before.isPrimary,
    notes: patch.notes !== undefined ? patch.notes : before.notes,
  };
  if (!contactAuditFields.some((f) => f !== 'accountId' && next[f] !== before[f])) return { ok: true, value: toContact(before) };
  const [after] = await w.tx
    .update(contacts)
    .set({ ...next, version: before.version + 1, updatedAt: w.ctx.now.toISOString() })
    .where(eq(contacts.id, id))
    .returning();
  if (!after) return { ok: false, code: 'NOT_FOUND' };
  await recordChanges(w.tx, w.ctx, { entity: 'contact', entityId: id, fields: contactAuditFields, before: auditView(before), after: auditView(after) });
  await handOverPrimary(w, after);
  return { ok: true, value: toContact(after) };
}

/** Deletes a contact of a visible account; the audit history keeps every field's last value. */
export async function deleteContact(w: WriteScope, id: string): Promise<Result<{ ok: true }>> {
  const before = await lockVisibleContact(w.tx, w.scope, id);
  if (!before) return { ok: false, code: 'NOT_FOUND' };
  await w.tx.delete(contacts).where(eq(contacts.id, id));
  await recordChanges(w.tx, w.ctx, { entity: 'contact', entityId: id, fields: contactAuditFields, before: auditView(before), after: null });
  return { ok: true, value: { ok: true } };
}
