import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { summariseServiceEvaluations, type ServiceCriterion } from '@qudao/domain';
import type { DownlineRecord } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import { accountIdVisible } from '../../access/visibility';
import type { Db } from '../../db/connect';
import { accounts, users } from '../../db/schema';
import { visitItems, visits } from '../../db/schema-visits';
import { toIso } from '../../db/time';
import { visibleAccounts } from '../accounts/repo';

/**
 * A visible distributor's record from its downline (R3.4): the service evaluations given at visits to
 * its sub-dealers and end users (part of the distributor's archive, so whoever sees the distributor sees
 * them) and the orders taken there, booked as the distributor's. A downline account the caller may not
 * see is not named. undefined when the distributor is not visible.
 */
export async function downlineRecord(db: Db, scope: Scope, distributorId: string): Promise<DownlineRecord | undefined> {
  const [d] = await db.select({ id: accounts.id, kind: accounts.kind }).from(accounts).where(and(eq(accounts.id, distributorId), visibleAccounts(scope)));
  if (!d) return undefined;
  const rows = await db
    .select({
      item: visitItems, visitedOn: visits.plannedOn, repName: users.displayName, downlineName: accounts.name,
      seen: sql<boolean>`${accountIdVisible(scope, visits.accountId)}`,
    })
    .from(visitItems)
    .innerJoin(visits, eq(visits.id, visitItems.visitId))
    .innerJoin(accounts, eq(accounts.id, visits.accountId))
    .innerJoin(users, eq(users.id, visits.repId))
    .where(and(eq(accounts.distributorId, d.id), inArray(visitItems.kind, ['distributor_evaluation', 'order']), sql`${visits.status} <> 'cancelled'`))
    .orderBy(desc(visits.plannedOn), desc(visitItems.createdAt))
    .limit(500);
  const name = (r: (typeof rows)[number]) => (r.seen ? r.downlineName : null);
  const evaluations = rows
    .filter((r) => r.item.kind === 'distributor_evaluation')
    .map((r) => {
      const data = r.item.data as { scores: Record<ServiceCriterion, number>; comment?: string | null };
      return { itemId: r.item.id, visitId: r.item.visitId, visitedOn: r.visitedOn, repName: r.repName, downlineName: name(r), scores: data.scores, comment: data.comment ?? null };
    });
  const orders = rows
    .filter((r) => r.item.kind === 'order')
    .map((r) => {
      const data = r.item.data as { model: string; quantity: number; amountFen?: number };
      return { itemId: r.item.id, visitId: r.item.visitId, visitedOn: r.visitedOn, downlineName: name(r), model: data.model, quantity: data.quantity, amountFen: data.amountFen ?? null, createdAt: toIso(r.item.createdAt) };
    });
  return { summary: summariseServiceEvaluations(evaluations.map((e) => e.scores)), evaluations, orders };
}
