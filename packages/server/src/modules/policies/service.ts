import { and, eq, inArray } from 'drizzle-orm';
import type { Policy, PolicyCreate, PolicyDeliveryCreate, PolicyRelease } from '@qudao/contract';
import { accounts, auditLog, units } from '../../db/schema';
import { meetingAgendaItems, policies, policyDeliveries } from '../../db/schema-channel';
import { visits } from '../../db/schema-visits';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import { visibleAccounts } from '../accounts/repo';
import { isTargeted, listPolicies } from './repo';

// Policies are company data; their history is kept in audit_log under the entity 'policy'.
async function audit(w: WriteScope, entityId: string, field: string, oldValue: unknown, newValue: unknown) {
  await w.tx.insert(auditLog).values({ at: w.ctx.now.toISOString(), userId: w.ctx.userId, entity: 'policy', entityId, field, oldValue: oldValue ?? null, newValue: newValue ?? null, source: w.ctx.source });
}

async function answer(w: WriteScope, id: string): Promise<Policy> {
  const [p] = await listPolicies(w.tx, w.scope, id);
  if (!p) throw new Error('policy vanished');
  return p;
}

/** Drafts a policy (HQ), for every distributor or only some tiers and regions (every region must exist). */
export async function createPolicy(w: WriteScope, input: PolicyCreate): Promise<Result<Policy>> {
  const tiers = [...new Set(input.targetTiers ?? [])].sort();
  const unitIds = [...new Set(input.targetUnitIds ?? [])].sort();
  if (unitIds.length > 0) {
    const found = new Set((await w.tx.select({ id: units.id }).from(units).where(inArray(units.id, unitIds))).map((u) => u.id));
    const unknown = unitIds.find((u) => !found.has(u));
    if (unknown !== undefined) return { ok: false, code: 'POLICY.TARGET_INVALID', params: { unit: unknown } };
  }
  const at = w.ctx.now.toISOString();
  const [row] = await w.tx
    .insert(policies)
    .values({ title: input.title, summary: input.summary ?? null, effectiveOn: input.effectiveOn ?? null, targetTiers: tiers, targetUnitIds: unitIds, createdBy: w.ctx.userId, createdAt: at, updatedAt: at })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await audit(w, row.id, 'status', null, 'drafted');
  if (tiers.length > 0 || unitIds.length > 0) await audit(w, row.id, 'targets', null, { tiers, unitIds });
  return { ok: true, value: await answer(w, row.id) };
}

/**
 * Releases a policy (R2.3): only once it has been on a meeting's agenda, unless HQ gives a reason to
 * override. A released policy cannot be released again.
 */
export async function releasePolicy(w: WriteScope, id: string, input: PolicyRelease): Promise<Result<Policy>> {
  const [row] = await w.tx.select().from(policies).where(eq(policies.id, id)).for('update');
  if (!row) return { ok: false, code: 'NOT_FOUND' };
  if (row.status === 'released') return { ok: false, code: 'POLICY.STATUS_INVALID' };
  const [onAgenda] = await w.tx.select({ id: meetingAgendaItems.id }).from(meetingAgendaItems).where(eq(meetingAgendaItems.policyId, id)).limit(1);
  const reason = input.overrideReason ?? null;
  if (!onAgenda && !reason) return { ok: false, code: 'POLICY.NOT_DISCUSSED' };
  const at = w.ctx.now.toISOString();
  await w.tx.update(policies).set({ status: 'released', releasedAt: at, releasedBy: w.ctx.userId, overrideReason: onAgenda ? null : reason, updatedAt: at }).where(eq(policies.id, id));
  await audit(w, id, 'status', row.status, 'released');
  if (!onAgenda) await audit(w, id, 'overrideReason', null, reason);
  return { ok: true, value: await answer(w, id) };
}

/** Records that a visible distributor heard a released policy (at a visit), with who acknowledged it. */
export async function deliverPolicy(w: WriteScope, id: string, input: PolicyDeliveryCreate): Promise<Result<Policy>> {
  const [row] = await w.tx.select().from(policies).where(eq(policies.id, id));
  if (!row) return { ok: false, code: 'NOT_FOUND' };
  const [acc] = await w.tx.select({ id: accounts.id, kind: accounts.kind }).from(accounts).where(and(eq(accounts.id, input.accountId), visibleAccounts(w.scope)));
  if (!acc) return { ok: false, code: 'NOT_FOUND' };
  if (row.status !== 'released') return { ok: false, code: 'POLICY.NOT_RELEASED' };
  if (acc.kind !== 'distributor') return { ok: false, code: 'POLICY.NOT_DISTRIBUTOR' };
  if (!(await isTargeted(w.tx, id, acc.id))) return { ok: false, code: 'POLICY.NOT_TARGETED' };
  if (input.visitId) {
    const [v] = await w.tx.select({ id: visits.id }).from(visits).where(and(eq(visits.id, input.visitId), eq(visits.accountId, acc.id)));
    if (!v) return { ok: false, code: 'NOT_FOUND' };
  }
  const inserted = await w.tx
    .insert(policyDeliveries)
    .values({ policyId: id, accountId: acc.id, visitId: input.visitId ?? null, deliveredOn: input.deliveredOn, acknowledgedBy: input.acknowledgedBy, deliveredBy: w.ctx.userId, createdAt: w.ctx.now.toISOString() })
    .onConflictDoNothing()
    .returning({ id: policyDeliveries.id });
  if (inserted.length > 0) await audit(w, id, 'delivered', null, { accountId: acc.id, deliveredOn: input.deliveredOn, acknowledgedBy: input.acknowledgedBy });
  return { ok: true, value: await answer(w, id) };
}

/** Marks a drafted policy discussed when a meeting puts it on its agenda (called by the meetings module). */
export async function markDiscussed(w: WriteScope, id: string): Promise<Result<true>> {
  const [row] = await w.tx.select().from(policies).where(eq(policies.id, id)).for('update');
  if (!row) return { ok: false, code: 'NOT_FOUND' };
  if (row.status === 'released') return { ok: false, code: 'POLICY.STATUS_INVALID' };
  if (row.status === 'drafted') {
    await w.tx.update(policies).set({ status: 'discussed', updatedAt: w.ctx.now.toISOString() }).where(eq(policies.id, id));
    await audit(w, id, 'status', 'drafted', 'discussed');
  }
  return { ok: true, value: true };
}

/**
 * Delivers a released policy at a visit to the visited distributor (a visit item naming the policy, R2.3):
 * the delivery carries the visit and who acknowledged it; a policy already delivered stays as first recorded.
 */
export async function deliverAtVisit(w: WriteScope, policyId: string, visit: { id: string; accountId: string }, acknowledgedBy: string, today: string): Promise<Result<true>> {
  const [row] = await w.tx.select({ status: policies.status }).from(policies).where(eq(policies.id, policyId));
  if (!row) return { ok: false, code: 'NOT_FOUND' };
  if (row.status !== 'released') return { ok: false, code: 'POLICY.NOT_RELEASED' };
  const [acc] = await w.tx.select({ kind: accounts.kind }).from(accounts).where(eq(accounts.id, visit.accountId));
  if (acc?.kind !== 'distributor') return { ok: false, code: 'POLICY.NOT_DISTRIBUTOR' };
  if (!(await isTargeted(w.tx, policyId, visit.accountId))) return { ok: false, code: 'POLICY.NOT_TARGETED' };
  const inserted = await w.tx
    .insert(policyDeliveries)
    .values({ policyId, accountId: visit.accountId, visitId: visit.id, deliveredOn: today, acknowledgedBy, deliveredBy: w.ctx.userId, createdAt: w.ctx.now.toISOString() })
    .onConflictDoNothing()
    .returning({ id: policyDeliveries.id });
  if (inserted.length > 0) await audit(w, policyId, 'delivered', null, { accountId: visit.accountId, visitId: visit.id, deliveredOn: today, acknowledgedBy });
  return { ok: true, value: true };
}
