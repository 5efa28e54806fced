import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { defaultValueClassConfig, getVisitIntervalDays } from '@qudao/domain';
import type { Db } from '../../db/connect';
import { accounts, users } from '../../db/schema';
import { accountClasses } from '../../db/schema-shared';
import { planningOpeningHours, visitPlanAccounts, visitPlans, visitPlanStops } from '../../db/schema-planning';
import { loadClassConfig } from '../classes/repo';
import type { CyclicPlan, PlanAccountInput } from './cyclic';

/** Visit minutes per account kind (defaults of issue 6). */
export const defaultVisitMinutes = { distributor: 90, sub_dealer: 60, end_user: 45 } as const;

/** Default opening hours: Monday–Friday 08:30–17:30. */
export const defaultOpeningMin: [number, number][][] = Array.from({ length: 7 }, (_, d) => (d < 5 ? [[510, 1050]] : []));

/** Account display data for plans. */
export interface PlanAccountInfo {
  id: string;
  name: string;
  kind: 'distributor' | 'sub_dealer' | 'end_user';
  valueClass: 'A' | 'B' | 'C' | null;
  lng: number | null;
  lat: number | null;
}

/**
 * The accounts of a rep's territory (units they own), active or dormant, with class, visit interval from
 * the classes settings (no class yet = C), visit duration per kind and opening hours.
 */
export async function loadRepAccounts(db: Db, repId: string, visitMinutes: Record<PlanAccountInfo['kind'], number> = defaultVisitMinutes): Promise<{ inputs: PlanAccountInput[]; info: PlanAccountInfo[]; unitIds: string[] }> {
  const config = await loadClassConfig(db).catch(() => defaultValueClassConfig);
  const rows = await db
    .select({ id: accounts.id, unitId: accounts.unitId, name: accounts.name, kind: accounts.kind, lng: accounts.lng, lat: accounts.lat, valueClass: accountClasses.valueClass, hours: planningOpeningHours.hours })
    .from(accounts)
    .leftJoin(accountClasses, eq(accountClasses.accountId, accounts.id))
    .leftJoin(planningOpeningHours, eq(planningOpeningHours.accountId, accounts.id))
    .where(and(
      sql`${accounts.status} <> 'closed'`,
      sql`${accounts.unitId} in (select tu.unit_id from territory_units tu join territories t on t.id = tu.territory_id where t.owner_id = ${repId})`,
    ))
    .orderBy(asc(accounts.id));
  const info = rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, valueClass: r.valueClass ?? null, lng: r.lng, lat: r.lat }));
  const inputs = rows.map((r): PlanAccountInput => ({
    id: r.id,
    valueClass: r.valueClass ?? null,
    lng: r.lng,
    lat: r.lat,
    intervalDays: getVisitIntervalDays(r.kind, r.valueClass ?? 'C', config),
    serviceS: visitMinutes[r.kind] * 60,
    openingMin: (r.hours as [number, number][][] | null) ?? defaultOpeningMin,
  }));
  return { inputs, info, unitIds: rows.map((r) => r.unitId) };
}

/** A rep (active user with role rep), or null. */
export async function findRep(db: Db, repId: string) {
  const [u] = await db.select({ id: users.id, role: users.role, displayName: users.displayName }).from(users).where(and(eq(users.id, repId), eq(users.role, 'rep')));
  return u ?? null;
}

/** Stores a generated plan as a draft with its accounts and stops; returns its id. */
export async function insertPlan(db: Db, p: { repId: string; basePlanId: string | null; startDate: string; horizonWeeks: number; settings: unknown; summary: unknown; createdBy: string; plan: CyclicPlan }): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(visitPlans).values({
      repId: p.repId, status: 'draft', basePlanId: p.basePlanId, startDate: p.startDate, horizonWeeks: p.horizonWeeks,
      settings: p.settings, summary: p.summary, createdBy: p.createdBy,
    }).returning({ id: visitPlans.id });
    const planId = row!.id;
    const acc = p.plan.accounts.map((a) => ({ planId, accountId: a.id, weekday: a.weekday, firstWeek: a.firstWeek, periodWeeks: a.periodWeeks, slotMin: a.slotMin }));
    for (let i = 0; i < acc.length; i += 1000) await tx.insert(visitPlanAccounts).values(acc.slice(i, i + 1000));
    const stops = p.plan.days.flatMap((d) => d.stops.map((s) => ({ planId, day: d.day, ...s })));
    for (let i = 0; i < stops.length; i += 1000) await tx.insert(visitPlanStops).values(stops.slice(i, i + 1000));
    return planId;
  });
}

/** Plan header by id. */
export async function getPlanRow(db: Db, id: string) {
  const [row] = await db.select().from(visitPlans).where(eq(visitPlans.id, id));
  return row ?? null;
}

/** Plans of the given reps, newest first. */
export async function listPlanRows(db: Db, repIds: readonly string[] | 'all', repId?: string) {
  const conds = [];
  if (repIds !== 'all') conds.push(repIds.length ? inArray(visitPlans.repId, [...repIds]) : sql`false`);
  if (repId) conds.push(eq(visitPlans.repId, repId));
  return db.select({ id: visitPlans.id, repId: visitPlans.repId, status: visitPlans.status, startDate: visitPlans.startDate, horizonWeeks: visitPlans.horizonWeeks, summary: visitPlans.summary, createdAt: visitPlans.createdAt, approvedAt: visitPlans.approvedAt })
    .from(visitPlans).where(conds.length ? and(...conds) : undefined).orderBy(desc(visitPlans.createdAt)).limit(200);
}

/** The accounts' rhythm and the stops of a plan. */
export async function getPlanDetail(db: Db, planId: string) {
  const acc = await db.select().from(visitPlanAccounts).where(eq(visitPlanAccounts.planId, planId));
  const stops = await db.select().from(visitPlanStops).where(eq(visitPlanStops.planId, planId)).orderBy(asc(visitPlanStops.day), asc(visitPlanStops.seq));
  return { accounts: acc, stops };
}

/** Opening hours of one account. */
export async function setOpeningHours(db: Db, accountId: string, hours: [number, number][][]) {
  await db.insert(planningOpeningHours).values({ accountId, hours }).onConflictDoUpdate({ target: planningOpeningHours.accountId, set: { hours, updatedAt: sql`now()` } });
}
