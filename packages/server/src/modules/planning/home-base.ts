import { and, eq } from 'drizzle-orm';
import type { PlanHomeBaseSet } from '@qudao/contract';
import { accountIdVisible } from '../../access/visibility';
import { recordChanges } from '../../audit/record';
import type { Db } from '../../db/connect';
import { accounts } from '../../db/schema';
import { planningHomeBases } from '../../db/schema-planning';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';

// A rep's stored home base (issue 6 item 1, "the rep's start place"): set by a manager, kept in
// planning_home_bases, audited in the rep's user history (field homeBase). The planner starts from it.

const fields = ['homeBase'] as const;
type Row = typeof planningHomeBases.$inferSelect;
const view = (r: Row) => ({ lng: r.lng, lat: r.lat, label: r.label, accountId: r.accountId, updatedAt: r.updatedAt });
const audited = (r: Row | undefined) => (r ? { homeBase: { lng: r.lng, lat: r.lat, label: r.label, accountId: r.accountId } } : null);

/** The stored home base of a rep, or null. */
export async function getHomeBase(db: Db, repId: string) {
  const [r] = await db.select().from(planningHomeBases).where(eq(planningHomeBases.repId, repId));
  return r ? view(r) : null;
}

/** Sets the home base: a point, or the location of an account the manager can see (none = coded error). */
export async function setHomeBase(w: WriteScope, repId: string, body: PlanHomeBaseSet): Promise<Result<{ home: ReturnType<typeof view> }>> {
  let point = { lng: body.lng, lat: body.lat };
  if (body.accountId) {
    const [a] = await w.tx.select({ lng: accounts.lng, lat: accounts.lat }).from(accounts).where(and(eq(accounts.id, body.accountId), accountIdVisible(w.scope, body.accountId)));
    if (!a) return { ok: false, code: 'NOT_FOUND' };
    if (a.lng === null || a.lat === null) return { ok: false, code: 'PLAN.HOME_NO_LOCATION' };
    point = { lng: a.lng, lat: a.lat };
  }
  const [before] = await w.tx.select().from(planningHomeBases).where(eq(planningHomeBases.repId, repId));
  const values = { lng: point.lng!, lat: point.lat!, label: body.label ?? null, accountId: body.accountId ?? null, updatedAt: w.ctx.now.toISOString(), updatedBy: w.ctx.userId };
  const [after] = await w.tx.insert(planningHomeBases).values({ repId, ...values }).onConflictDoUpdate({ target: planningHomeBases.repId, set: values }).returning();
  await recordChanges(w.tx, w.ctx, { entity: 'user', entityId: repId, fields, before: audited(before), after: audited(after) });
  return { ok: true, value: { home: view(after!) } };
}

/** Clears the home base: the planner goes back to the densest-market default. */
export async function clearHomeBase(w: WriteScope, repId: string): Promise<Result<{ home: null }>> {
  const [before] = await w.tx.delete(planningHomeBases).where(eq(planningHomeBases.repId, repId)).returning();
  await recordChanges(w.tx, w.ctx, { entity: 'user', entityId: repId, fields, before: audited(before), after: null });
  return { ok: true, value: { home: null } };
}
