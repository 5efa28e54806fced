import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { JointVisitScoreView, Visit, VisitListQuery, VisitObjective } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import { accountIdVisible } from '../../access/visibility';
import type { Db } from '../../db/connect';
import { accounts, users } from '../../db/schema';
import { visits } from '../../db/schema-visits';
import { toIso } from '../../db/time';

/** A raw visits row. */
export type VisitRow = typeof visits.$inferSelect;

/** Brief answers as stored. */
export interface StoredBrief {
  answered?: string[];
  notes?: string | null;
  /** Promise marks made before check-in: promise id → kept | not_yet | broken | withdrawn. */
  marks?: Record<string, string>;
  /** Sales tools of HQ's checklist the rep ticked (R3.1 q4). */
  toolsChecked?: string[];
}

/** Report as stored. */
export interface StoredReport {
  summary: string;
  nextSteps: string | null;
  managerComment: string | null;
  managerId?: string | null;
  /** The manager's step scores of a joint visit (issue 5 item 1). */
  jointScore?: JointVisitScoreView | null;
}

/**
 * Visits a scope may see (issue 5 acceptance): the account must be visible AND the visit must be made
 * by a rep of the scope (a rep: their own; a manager: their reps' and their own joint visits; HQ all),
 * so a rep never reads another rep's visit to a shared downline account.
 */
export function visitVisible(scope: Scope, repIdCol: SQL | { getSQL(): SQL } = visits.repId, accountIdCol: SQL | { getSQL(): SQL } = visits.accountId): SQL {
  if (scope.repIds === 'all') return sql`true`;
  const reps = [...new Set([scope.userId, ...scope.repIds])];
  return sql`(${repIdCol} in (${sql.join(reps.map((id) => sql`${id}::uuid`), sql`, `)}) and ${accountIdVisible(scope, accountIdCol)})`;
}

/** The API view of a visit row. */
export function toVisit(row: VisitRow, accountName: string, repName: string): Visit {
  const brief = (row.brief ?? {}) as StoredBrief;
  const report = row.report as StoredReport | null;
  return {
    id: row.id,
    accountId: row.accountId,
    accountName,
    repId: row.repId,
    repName,
    kind: row.kind,
    status: row.status,
    plannedOn: row.plannedOn,
    objectives: row.objectives as VisitObjective[],
    fixedTime: row.fixedTime,
    fixedRoute: row.fixedRoute,
    brief: { answered: (brief.answered ?? []) as Visit['brief']['answered'], notes: brief.notes ?? null, toolsChecked: brief.toolsChecked ?? [] },
    statusReason: row.statusReason,
    checkIn: row.checkInAt && row.checkInStatus
      ? { at: toIso(row.checkInAt), status: row.checkInStatus, distanceM: row.checkInDistanceM, reason: row.checkInReason }
      : null,
    checkOutAt: row.checkOutAt ? toIso(row.checkOutAt) : null,
    durationS: row.durationS,
    report: report ? { summary: report.summary, nextSteps: report.nextSteps, managerComment: report.managerComment, jointScore: report.jointScore ?? null } : null,
    effective: row.effective,
    effectiveGaps: (row.effectiveGaps as Visit['effectiveGaps']) ?? null,
    version: row.version,
  };
}

function selectVisits(db: Db) {
  return db
    .select({ v: visits, accountName: accounts.name, repName: users.displayName })
    .from(visits)
    .innerJoin(accounts, eq(accounts.id, visits.accountId))
    .innerJoin(users, eq(users.id, visits.repId));
}

/** A visible visit in API shape, or undefined. */
export async function findVisit(db: Db, scope: Scope, id: string): Promise<Visit | undefined> {
  const [r] = await selectVisits(db).where(and(eq(visits.id, id), visitVisible(scope)));
  return r ? toVisit(r.v, r.accountName, r.repName) : undefined;
}

/** A visible visit row locked for update, or undefined. */
export async function lockVisibleVisit(tx: Db, scope: Scope, id: string): Promise<VisitRow | undefined> {
  const [row] = await tx.select().from(visits).where(and(eq(visits.id, id), visitVisible(scope))).for('update');
  return row;
}

/** A page of visible visits, newest planned day first. */
export async function listVisits(db: Db, scope: Scope, q: VisitListQuery & { page: number; pageSize: number }): Promise<{ items: Visit[]; total: number }> {
  const conds: SQL[] = [visitVisible(scope)];
  if (q.accountId) conds.push(eq(visits.accountId, q.accountId));
  if (q.from) conds.push(gte(visits.plannedOn, q.from));
  if (q.to) conds.push(lte(visits.plannedOn, q.to));
  if (q.status) conds.push(eq(visits.status, q.status));
  const where = and(...conds);
  const rows = await selectVisits(db)
    .where(where)
    .orderBy(desc(visits.plannedOn), asc(visits.createdAt), asc(visits.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(visits).where(where);
  return { items: rows.map((r) => toVisit(r.v, r.accountName, r.repName)), total: count?.n ?? 0 };
}

/** The API view of rows just written (names looked up once). */
export async function viewOf(db: Db, row: VisitRow): Promise<Visit> {
  const [names] = await db
    .select({ accountName: accounts.name, repName: users.displayName })
    .from(accounts)
    .innerJoin(users, eq(users.id, row.repId))
    .where(eq(accounts.id, row.accountId));
  return toVisit(row, names?.accountName ?? '', names?.repName ?? '');
}

/** The planned day of the last completed visit to an account before `beforeDay`, or null. */
export async function lastDoneVisitOn(db: Db, accountId: string, beforeDay: string, exceptId: string): Promise<string | null> {
  const [r] = await db
    .select({ on: visits.plannedOn })
    .from(visits)
    .where(and(eq(visits.accountId, accountId), eq(visits.status, 'done'), lte(visits.plannedOn, beforeDay), sql`${visits.id} <> ${exceptId}::uuid`))
    .orderBy(desc(visits.plannedOn))
    .limit(1);
  return r?.on ?? null;
}

/** Visits by id among `ids` (for replays of client-made ids). */
export async function visitsByIds(db: Db, ids: string[]): Promise<VisitRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(visits).where(inArray(visits.id, ids));
}
