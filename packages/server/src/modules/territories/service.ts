import { eq, inArray } from 'drizzle-orm';
import type { Territory, TerritoryPatch } from '@qudao/contract';
import { accounts, auditLog, territories, users } from '../../db/schema';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import { getTerritory } from './repo';

type Audit = typeof auditLog.$inferInsert;

/**
 * The owner a write may give a territory: an active rep of the caller's team (HQ: any active rep), or
 * nobody for HQ only (an unowned territory is visible to HQ alone). Answers the rep's name.
 */
async function checkOwner(w: WriteScope, ownerId: string | null): Promise<Result<string | null>> {
  const bad = (reason: string) => ({ ok: false as const, code: 'TERRITORY.ASSIGNMENT_INVALID' as const, params: { reason } });
  if (ownerId === null) return w.scope.repIds === 'all' ? { ok: true, value: null } : bad('a territory needs a rep of your team as owner');
  const [rep] = await w.tx.select({ name: users.displayName, role: users.role, active: users.active }).from(users).where(eq(users.id, ownerId));
  const inScope = w.scope.repIds === 'all' || w.scope.repIds.includes(ownerId);
  if (!rep || !inScope || rep.role !== 'rep' || !rep.active) return bad(`user ${ownerId} is not an active rep of your team`);
  return { ok: true, value: rep.name };
}

const row = (w: WriteScope, entityId: string, field: string, oldValue: unknown, newValue: unknown): Audit => ({
  at: w.ctx.now.toISOString(), userId: w.ctx.userId, entity: 'territory', entityId, field, oldValue, newValue, source: w.ctx.source,
});

/** Creates a territory (no units yet; the design assigns them), audited as name and owner set from nothing. */
export async function createTerritory(w: WriteScope, body: { name: string; ownerId: string | null }): Promise<Result<Territory>> {
  const owner = await checkOwner(w, body.ownerId);
  if (!owner.ok) return owner;
  const [created] = await w.tx.insert(territories).values({ name: body.name, ownerId: body.ownerId }).returning({ id: territories.id });
  const id = created!.id;
  await w.tx.insert(auditLog).values([row(w, id, 'name', null, body.name), row(w, id, 'ownerName', null, owner.value)]);
  return { ok: true, value: { id, name: body.name, ownerId: body.ownerId, ownerName: owner.value, unitIds: [] } };
}

/**
 * Renames a territory and/or gives it another rep. A new rep takes over every account in its units: the
 * territory's history records the owner, each such account's history its new rep (like applying a design).
 */
export async function patchTerritory(w: WriteScope, id: string, body: TerritoryPatch): Promise<Result<Territory>> {
  const current = await getTerritory(w.tx, w.scope, id);
  if (!current) return { ok: false, code: 'NOT_FOUND' };
  const audit: Audit[] = [];
  const set: { name?: string; ownerId?: string | null; updatedAt?: string } = {};
  if (body.name !== undefined && body.name !== current.name) {
    set.name = body.name;
    audit.push(row(w, id, 'name', current.name, body.name));
  }
  let ownerName = current.ownerName;
  if (body.ownerId !== undefined && body.ownerId !== current.ownerId) {
    const owner = await checkOwner(w, body.ownerId);
    if (!owner.ok) return owner;
    set.ownerId = body.ownerId;
    ownerName = owner.value;
    audit.push(row(w, id, 'ownerName', current.ownerName, owner.value));
    if (current.unitIds.length > 0 && current.ownerName !== owner.value) {
      const moved = await w.tx.select({ id: accounts.id }).from(accounts).where(inArray(accounts.unitId, current.unitIds));
      for (const a of moved) audit.push({ ...row(w, a.id, 'repName', current.ownerName, owner.value), entity: 'account' });
    }
  }
  if (audit.length === 0) return { ok: true, value: current };
  await w.tx.update(territories).set({ ...set, updatedAt: w.ctx.now.toISOString() }).where(eq(territories.id, id));
  for (let i = 0; i < audit.length; i += 500) await w.tx.insert(auditLog).values(audit.slice(i, i + 500));
  return { ok: true, value: { ...current, name: set.name ?? current.name, ownerId: set.ownerId !== undefined ? set.ownerId : current.ownerId, ownerName } };
}
