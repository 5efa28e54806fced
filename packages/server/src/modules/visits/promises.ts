import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { closePromise, computePromiseKeepingRates, getPromiseDaysOverdue, isPromiseOverdue, validatePromiseDraft, type VisitPromise } from '@qudao/domain';
import type { OverduePromise, PromiseKeepingRate, PromiseMark, VisitPromiseView, promiseCreate } from '@qudao/contract';
import type { z } from 'zod';
import type { Scope } from '../../access/scope';
import { accountIdVisible } from '../../access/visibility';
import type { Db } from '../../db/connect';
import { accounts, users } from '../../db/schema';
import { visitPromises, visits } from '../../db/schema-visits';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import { lockVisibleVisit, type StoredBrief } from './repo';

type PromiseRow = typeof visitPromises.$inferSelect;

/** The domain view of a ledger row. */
export function toDomainPromise(r: PromiseRow): VisitPromise {
  return { id: r.id, accountId: r.accountId, what: r.what, toWhom: r.toWhom, ownerId: r.ownerId, madeOn: r.madeOn, dueOn: r.dueOn, status: r.status, closedOn: r.closedOn, evidence: r.evidence, closeReason: r.closeReason };
}

/** The API view of a ledger row on `today`. */
export function toPromiseView(r: PromiseRow, today: string): VisitPromiseView {
  return { ...toDomainPromise(r), visitId: r.visitId, overdue: isPromiseOverdue(toDomainPromise(r), today) };
}

/** Promises a scope may see: owned by one of its reps (or itself) on a visible account. */
export function promiseVisible(scope: Scope): SQL {
  if (scope.repIds === 'all') return sql`true`;
  const reps = [...new Set([scope.userId, ...scope.repIds])];
  return sql`(${visitPromises.ownerId} in (${sql.join(reps.map((id) => sql`${id}::uuid`), sql`, `)}) and ${accountIdVisible(scope, visitPromises.accountId)})`;
}

/** Open promises of an account, oldest due first (the ones a rep must mark before checking in). */
export async function openBriefPromises(db: Db, accountId: string): Promise<PromiseRow[]> {
  return db.select().from(visitPromises).where(and(eq(visitPromises.accountId, accountId), eq(visitPromises.status, 'open'))).orderBy(asc(visitPromises.dueOn));
}

/** Every promise of an account (the domain selects what the brief shows). */
export async function accountPromises(db: Db, accountId: string): Promise<PromiseRow[]> {
  return db.select().from(visitPromises).where(eq(visitPromises.accountId, accountId)).orderBy(asc(visitPromises.dueOn));
}

/** The ledger visible to a scope, due first. */
export async function listPromises(db: Db, scope: Scope, status?: string): Promise<PromiseRow[]> {
  const conds: SQL[] = [promiseVisible(scope)];
  if (status) conds.push(sql`${visitPromises.status} = ${status}`);
  return db.select().from(visitPromises).where(and(...conds)).orderBy(asc(visitPromises.dueOn), asc(visitPromises.id)).limit(500);
}

/**
 * Overdue promises the scope must hear about (R3.5): open and past their due day by the domain's
 * count, owned by the caller (a rep) or one of their reps (a manager; HQ sees all), most overdue first.
 */
export async function overduePromisesOf(db: Db, scope: Scope, today: string): Promise<OverduePromise[]> {
  const rows = await db
    .select({ p: visitPromises, accountName: accounts.name, ownerName: users.displayName })
    .from(visitPromises)
    .innerJoin(accounts, eq(accounts.id, visitPromises.accountId))
    .innerJoin(users, eq(users.id, visitPromises.ownerId))
    .where(and(promiseVisible(scope), eq(visitPromises.status, 'open'), sql`${visitPromises.dueOn} < ${today}`))
    .orderBy(asc(visitPromises.dueOn), asc(visitPromises.id))
    .limit(500);
  return rows
    .map(({ p, accountName, ownerName }) => ({
      id: p.id, accountId: p.accountId, accountName, ownerId: p.ownerId, ownerName, what: p.what, toWhom: p.toWhom, dueOn: p.dueOn,
      daysOverdue: getPromiseDaysOverdue(toDomainPromise(p), today), visitId: p.visitId,
    }))
    .filter((o) => o.daysOverdue > 0);
}

/**
 * Records a promise made at a visit (R3.5): what, to whom and a due date; the owner is the visit's
 * rep. The domain refuses an incomplete one (PROMISE.INCOMPLETE) or a due date before today.
 */
export async function createPromise(w: WriteScope, visitId: string, input: z.output<typeof promiseCreate>, today: string): Promise<Result<VisitPromiseView>> {
  const visit = await lockVisibleVisit(w.tx, w.scope, visitId);
  if (!visit) return { ok: false, code: 'NOT_FOUND' };
  if (input.id) {
    const [existing] = await w.tx.select().from(visitPromises).where(and(eq(visitPromises.id, input.id), eq(visitPromises.visitId, visitId)));
    if (existing) return { ok: true, value: toPromiseView(existing, today) };
  }
  const checked = validatePromiseDraft({ accountId: visit.accountId, what: input.what, toWhom: input.toWhom, ownerId: visit.repId, dueOn: input.dueOn, madeOn: today });
  if (!checked.ok) return { ok: false, code: checked.code, params: checked.params, details: checked.details };
  const p = checked.value;
  const [row] = await w.tx
    .insert(visitPromises)
    .values({ ...(input.id ? { id: input.id } : {}), accountId: p.accountId, visitId, what: p.what, toWhom: p.toWhom, ownerId: p.ownerId, madeOn: p.madeOn, dueOn: p.dueOn, status: 'open', createdAt: w.ctx.now.toISOString() })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return { ok: true, value: toPromiseView(row, today) };
}

/**
 * Marks an open promise of the visit's account before check-in (R3.1 q6): kept (the note is the
 * evidence), broken or withdrawn (the note is the reason) close it through the domain; not yet keeps
 * it open. The mark is remembered on the visit so check-in knows every promise was looked at.
 */
export async function markPromise(w: WriteScope, visitId: string, promiseId: string, input: PromiseMark & { note?: string | null }, today: string): Promise<Result<VisitPromiseView>> {
  const visit = await lockVisibleVisit(w.tx, w.scope, visitId);
  if (!visit) return { ok: false, code: 'NOT_FOUND' };
  const [row] = await w.tx.select().from(visitPromises).where(and(eq(visitPromises.id, promiseId), eq(visitPromises.accountId, visit.accountId))).for('update');
  if (!row) return { ok: false, code: 'NOT_FOUND' };
  const brief = visit.brief as StoredBrief;
  if (brief.marks?.[promiseId] === input.mark) return { ok: true, value: toPromiseView(row, today) };
  let after = row;
  if (input.mark !== 'not_yet') {
    const closed = closePromise(toDomainPromise(row), input.mark === 'kept' ? { to: 'kept', on: today, evidence: input.note } : { to: input.mark, on: today, reason: input.note }, today);
    if (!closed.ok) return { ok: false, code: closed.code, params: closed.params, details: closed.details };
    const [updated] = await w.tx
      .update(visitPromises)
      .set({ status: closed.value.status, closedOn: closed.value.closedOn, evidence: closed.value.evidence, closeReason: closed.value.closeReason })
      .where(eq(visitPromises.id, promiseId))
      .returning();
    if (updated) after = updated;
  }
  const marks = { ...(brief.marks ?? {}), [promiseId]: input.mark };
  await w.tx.update(visits).set({ brief: { ...brief, marks }, version: visit.version + 1, updatedAt: w.ctx.now.toISOString() }).where(eq(visits.id, visitId));
  return { ok: true, value: toPromiseView(after, today) };
}

/** Promise-keeping rate per rep of the scope over promises due in [from, to] (R3.5), with names. */
export async function keepingRates(db: Db, scope: Scope, from: string, to: string, today: string): Promise<PromiseKeepingRate[]> {
  const rows = await db.select().from(visitPromises).where(and(promiseVisible(scope), sql`${visitPromises.dueOn} between ${from} and ${to}`));
  const stats = computePromiseKeepingRates(rows.map(toDomainPromise), from, to, today);
  if (stats.length === 0) return [];
  const names = new Map((await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, stats.map((s) => s.ownerId)))).map((u) => [u.id, u.name]));
  return stats.map((s) => ({ ...s, ownerName: names.get(s.ownerId) ?? '' }));
}
