import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { CrossTerritoryAlert, Ticket, ticketPatch } from '@qudao/contract';
import type { z } from 'zod';
import type { Scope } from '../../access/scope';
import { accountIdVisible } from '../../access/visibility';
import type { Db } from '../../db/connect';
import { accounts } from '../../db/schema';
import { crossTerritoryAlerts, serviceTickets } from '../../db/schema-visits';
import { toIso } from '../../db/time';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';

const repList = (scope: Scope) => sql.join([...new Set([scope.userId, ...(scope.repIds === 'all' ? [] : scope.repIds)])].map((id) => sql`${id}::uuid`), sql`, `);

/** Tickets a scope may see: raised by one of its reps (or itself) on a visible account. */
export function ticketVisible(scope: Scope): SQL {
  if (scope.repIds === 'all') return sql`true`;
  return sql`(${serviceTickets.repId} in (${repList(scope)}) and ${accountIdVisible(scope, serviceTickets.accountId)})`;
}

function toTicket(t: typeof serviceTickets.$inferSelect, accountName: string): Ticket {
  return {
    id: t.id, accountId: t.accountId, accountName, visitId: t.visitId, kind: t.kind, serial: t.serial, problem: t.problem,
    status: t.status, resolution: t.resolution, createdAt: toIso(t.createdAt),
  };
}

/** Visible tickets, newest first, optionally of one account or status. */
export async function listTickets(db: Db, scope: Scope, q: { accountId?: string; status?: string }): Promise<Ticket[]> {
  const conds: SQL[] = [ticketVisible(scope)];
  if (q.accountId) conds.push(eq(serviceTickets.accountId, q.accountId));
  if (q.status) conds.push(sql`${serviceTickets.status} = ${q.status}`);
  const rows = await db
    .select({ t: serviceTickets, accountName: accounts.name })
    .from(serviceTickets)
    .innerJoin(accounts, eq(accounts.id, serviceTickets.accountId))
    .where(and(...conds))
    .orderBy(desc(serviceTickets.createdAt), desc(serviceTickets.id))
    .limit(500);
  return rows.map((r) => toTicket(r.t, r.accountName));
}

/** Changes a visible ticket's status and resolution (the owner's work; the outcome is reported at a later visit). */
export async function updateTicket(w: WriteScope, id: string, input: z.output<typeof ticketPatch>): Promise<Result<Ticket>> {
  const [row] = await w.tx.select().from(serviceTickets).where(and(eq(serviceTickets.id, id), ticketVisible(w.scope))).for('update');
  if (!row) return { ok: false, code: 'NOT_FOUND' };
  const [after] = await w.tx
    .update(serviceTickets)
    .set({ status: input.status, resolution: input.resolution ?? row.resolution, updatedAt: w.ctx.now.toISOString() })
    .where(eq(serviceTickets.id, id))
    .returning();
  const [acc] = await w.tx.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, row.accountId));
  return { ok: true, value: toTicket(after ?? row, acc?.name ?? '') };
}

/** 窜货 alerts for the managers concerned: HQ all, others those naming one of their reps (or themselves). */
export async function listCrossTerritoryAlerts(db: Db, scope: Scope): Promise<CrossTerritoryAlert[]> {
  const where = scope.repIds === 'all' ? sql`true` : sql`${crossTerritoryAlerts.concernedRepIds} && array[${repList(scope)}]`;
  const rows = await db.select().from(crossTerritoryAlerts).where(where).orderBy(desc(crossTerritoryAlerts.createdAt)).limit(500);
  return rows.map((r) => ({
    id: r.id, serial: r.serial, soldToAccountId: r.soldToAccountId, foundAtAccountId: r.foundAtAccountId, visitId: r.visitId,
    evidence: r.evidence as Record<string, unknown>, status: r.status, createdAt: toIso(r.createdAt),
  }));
}
