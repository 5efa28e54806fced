import { eq, sql } from 'drizzle-orm';
import type { Lead, LeadCreate, LeadPatch } from '@qudao/contract';
import { recordChanges } from '../../audit/record';
import { contacts } from '../../db/schema';
import { accountProfiles, leads } from '../../db/schema-archive';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import { createAccount } from '../accounts/service';
import { unitExists } from '../accounts/repo';
import { findLeadDuplicates, findVisibleLead, toLead } from './repo';

const leadAuditFields = ['name', 'kind', 'unitId', 'address', 'phone', 'contactName', 'source', 'collected', 'ownerId', 'status', 'convertedAccountId'] as const;
const auditView = (row: Record<string, unknown>) => Object.fromEntries(leadAuditFields.map((f) => [f, row[f] ?? null]));

/** Creates a lead owned by the caller and answers it with its possible duplicates. */
export async function createLead(w: WriteScope, input: LeadCreate): Promise<Result<Lead>> {
  if (!(await unitExists(w.tx, input.unitId))) return { ok: false, code: 'ACCOUNT.UNIT_INVALID' };
  const at = w.ctx.now.toISOString();
  const [row] = await w.tx
    .insert(leads)
    .values({ name: input.name, kind: input.kind, unitId: input.unitId, address: input.address ?? null, phone: input.phone ?? null, contactName: input.contactName ?? null, source: input.source, collected: input.collected, ownerId: w.scope.userId, createdAt: at, updatedAt: at })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await recordChanges(w.tx, w.ctx, { entity: 'lead', entityId: row.id, fields: leadAuditFields, before: null, after: auditView(row) });
  const found = await findVisibleLead(w.tx, w.scope, row.id);
  if (!found) return { ok: false, code: 'NOT_FOUND' };
  const dup = await findLeadDuplicates(w.tx, w.scope, row, row.id);
  return { ok: true, value: { ...toLead(found.l, found), ...dup } };
}

/**
 * Converts an open visible lead into an account (R2.1) that keeps its history: the account is created
 * in the caller's scope, the lead's contact becomes its contact, the collected information goes into
 * the archive (machines → business scope, needs → potential, notes → the contact's notes), and the
 * lead's audit rows are copied onto the account (field `lead.<field>`, original time, user and source).
 */
export async function convertLead(w: WriteScope, id: string, distributorId: string | undefined): Promise<Result<{ accountId: string }>> {
  const found = await findVisibleLead(w.tx, w.scope, id, true);
  if (!found) return { ok: false, code: 'NOT_FOUND' };
  const lead = found.l;
  if (lead.status !== 'open') return { ok: false, code: 'LEAD.ALREADY_CONVERTED' };
  const created = await createAccount(w, { name: lead.name, kind: lead.kind, unitId: lead.unitId, address: lead.address, phone: lead.phone, distributorId: distributorId ?? null, status: 'active' });
  if (!created.ok) return created;
  const accountId = created.value.id;
  const collected = lead.collected as { needs?: string | null; machines?: string | null; notes?: string | null };
  const at = w.ctx.now.toISOString();
  if (lead.contactName) {
    await w.tx.insert(contacts).values({ accountId, name: lead.contactName, phone: lead.phone, isPrimary: true, notes: collected.notes ?? null, createdAt: at, updatedAt: at });
  }
  if (collected.machines || collected.needs) {
    await w.tx.insert(accountProfiles).values({ accountId, businessScope: collected.machines ?? null, potential: collected.needs ?? null, updatedAt: at });
  }
  // The lead's history travels with the account, so its timeline starts where the lead began.
  await w.tx.execute(sql`
    insert into audit_log (at, user_id, entity, entity_id, field, old_value, new_value, source)
    select at, user_id, 'account', ${accountId}, 'lead.' || field, old_value, new_value, source
    from audit_log where entity = 'lead' and entity_id = ${lead.id} order by id`);
  const [after] = await w.tx.update(leads).set({ status: 'converted', convertedAccountId: accountId, version: lead.version + 1, updatedAt: at }).where(eq(leads.id, lead.id)).returning();
  if (after) await recordChanges(w.tx, w.ctx, { entity: 'lead', entityId: lead.id, fields: leadAuditFields, before: auditView(lead), after: auditView(after) });
  await recordChanges(w.tx, w.ctx, { entity: 'account', entityId: accountId, fields: ['lead.convertedFrom'], before: null, after: { 'lead.convertedFrom': lead.id } });
  return { ok: true, value: { accountId } };
}

/** Changes an open visible lead (collected information, contact details) or drops it; audited. */
export async function updateLead(w: WriteScope, id: string, patch: LeadPatch): Promise<Result<Lead>> {
  const found = await findVisibleLead(w.tx, w.scope, id, true);
  if (!found) return { ok: false, code: 'NOT_FOUND' };
  const lead = found.l;
  if (lead.status !== 'open') return { ok: false, code: 'LEAD.ALREADY_CONVERTED' };
  if (patch.version !== undefined && patch.version !== lead.version) return { ok: false, code: 'CONFLICT.STALE_VERSION' };
  const next = {
    address: patch.address !== undefined ? patch.address : lead.address,
    phone: patch.phone !== undefined ? patch.phone : lead.phone,
    contactName: patch.contactName !== undefined ? patch.contactName : lead.contactName,
    collected: patch.collected ? { ...(lead.collected as object), ...patch.collected } : lead.collected,
    status: patch.status ?? lead.status,
  };
  const [after] = await w.tx.update(leads).set({ ...next, version: lead.version + 1, updatedAt: w.ctx.now.toISOString() }).where(eq(leads.id, id)).returning();
  if (!after) return { ok: false, code: 'NOT_FOUND' };
  await recordChanges(w.tx, w.ctx, { entity: 'lead', entityId: id, fields: leadAuditFields, before: auditView(lead), after: auditView(after) });
  const dup = after.status === 'open' ? await findLeadDuplicates(w.tx, w.scope, after, after.id) : { duplicates: [], hiddenMatches: 0 };
  return { ok: true, value: { ...toLead(after, found), ...dup } };
}
