import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Weekday } from '@qudao/solver';
import type { Db } from '../../db/connect';
import { visitPlans } from '../../db/schema-planning';
import { planningIcalTokens } from '../../db/schema-planning';
import { visits } from '../../db/schema-visits';
import type { PlanSettings } from './cyclic';
import { getHomeBase } from './home-base';
import type { PreviousTrip } from './trips';
import { planRep, type PlanProgress, type SolveRunner } from './planner';
import { findRep, getPlanDetail, getPlanRow, insertPlan, loadRepAccounts } from './repo';
import type { TravelProvider } from './travel';

/** ISO date plus days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today in the company's time zone. */
export function todayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The Monday on or after a date (plans start on a Monday so weekdays line up with the cycle). */
export function mondayOnOrAfter(date: string): string {
  const wd = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return wd === 0 ? date : addDays(date, 7 - wd);
}

/** Request of a new plan. */
export interface GenerateRequest {
  repId: string;
  basePlanId?: string | undefined;
  horizonWeeks: number;
  workDays: Weekday[];
  workStartMin: number;
  workEndMin: number;
  maxMovedPct: number;
  timeLimitMs: number;
  visitMinutes: { distributor: number; sub_dealer: number; end_user: number };
  start?: { lng: number; lat: number } | undefined;
  /** Overnight trips beyond this one-way drive; null or absent = every day returns home. */
  overnight?: { dayTripMaxMin: number } | null | undefined;
}

/** A running or finished planning job (kept in memory; the result is a stored plan). */
export interface PlanJob {
  id: string;
  repId: string;
  userId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  progress: PlanProgress;
  planId?: string;
  error?: string;
  listeners: Set<(j: PlanJob) => void>;
  cancelled: { aborted: boolean };
  cancelSolve?: () => void;
}

const jobs = new Map<string, PlanJob>();

/** A job by id. */
export function getJob(id: string): PlanJob | undefined {
  return jobs.get(id);
}

/** Cancels a job: the running solve stops and no plan is stored. */
export function cancelJob(job: PlanJob) {
  job.cancelled.aborted = true;
  job.cancelSolve?.();
}

function emit(job: PlanJob) {
  for (const l of job.listeners) l(job);
}

/** Starts planning a rep in the background; progress and the result reach the job's listeners. */
export function startPlanJob(db: Db, travel: TravelProvider, run: SolveRunner, today: string, userId: string, req: GenerateRequest): PlanJob {
  const job: PlanJob = { id: randomUUID(), repId: req.repId, userId, state: 'running', progress: { phase: 'matrix', fraction: 0, unassigned: 0 }, listeners: new Set(), cancelled: { aborted: false } };
  jobs.set(job.id, job);
  // Finished jobs are forgotten after an hour.
  const forget = () => setTimeout(() => jobs.delete(job.id), 3_600_000).unref();
  void generatePlan(db, travel, run, today, userId, req, job)
    .then((planId) => {
      if (job.cancelled.aborted) job.state = 'cancelled';
      else Object.assign(job, { state: 'done', planId });
    })
    .catch((e: unknown) => {
      job.state = job.cancelled.aborted ? 'cancelled' : 'failed';
      job.error = e instanceof Error ? e.message : String(e);
    })
    .finally(() => {
      emit(job);
      forget();
    });
  return job;
}

async function generatePlan(db: Db, travel: TravelProvider, run: SolveRunner, today: string, userId: string, req: GenerateRequest, job: PlanJob): Promise<string | undefined> {
  const { inputs } = await loadRepAccounts(db, req.repId, req.visitMinutes);
  const base = req.basePlanId ? await getPlanDetail(db, req.basePlanId) : null;
  const baseRow = req.basePlanId ? await getPlanRow(db, req.basePlanId) : null;
  const baseSummary = (baseRow?.summary ?? {}) as { home?: { lng: number; lat: number }; trips?: PreviousTrip[] };
  const prev = new Map(base?.accounts.map((a) => [a.accountId, a]) ?? []);
  const prevWeekday = new Map(base?.accounts.map((a) => [a.accountId, a.weekday as Weekday]) ?? []);
  for (const a of inputs) {
    const p = prev.get(a.id);
    Object.assign(a, { previousWeekday: p?.weekday as Weekday | undefined, previousFirstWeek: p?.firstWeek, previousSlotMin: p?.slotMin });
  }
  // Start place: the one asked for, else the rep's stored home base (a manager's later choice wins), else
  // the base plan's (stable re-planning keeps its home and trips), else the densest-market default.
  const stored = await getHomeBase(db, req.repId);
  const start = req.start ?? (stored ? { lng: stored.lng, lat: stored.lat } : null) ?? baseSummary.home ?? null;
  const settings: PlanSettings = {
    horizonWeeks: req.horizonWeeks, workDays: req.workDays, workStartMin: req.workStartMin, workEndMin: req.workEndMin, movePenaltyS: base ? 2 * 3600 : 0,
    overnight: req.overnight ?? undefined, previousTrips: baseSummary.trips, slotToleranceMin: base ? 60 : undefined,
  };
  const opts = {
    timeLimitMs: req.timeLimitMs,
    signal: job.cancelled,
    cancelHook: (c: () => void) => (job.cancelSolve = c),
    onProgress: (p: PlanProgress) => {
      job.progress = p;
      emit(job);
    },
  };
  let plan = await planRep(inputs, start, settings, travel, run, opts);
  const movedOf = (pl: typeof plan) => pl.accounts.filter((a) => prevWeekday.has(a.id) && prevWeekday.get(a.id) !== a.weekday).map((a) => ({ id: a.id, from: prevWeekday.get(a.id)!, to: a.weekday }));
  let moved = movedOf(plan);
  // Over the manager's disruption limit: solve again with every previously planned account fixed to its weekday.
  if (base && prevWeekday.size > 0 && (100 * moved.length) / prevWeekday.size > req.maxMovedPct && !job.cancelled.aborted) {
    plan = await planRep(inputs, start, { ...settings, fixWeekdays: true }, travel, run, opts);
    moved = movedOf(plan);
  }
  if (job.cancelled.aborted) return undefined;
  const workS = plan.days.reduce((s, d) => s + d.workS, 0);
  const keptSlots = plan.accounts.filter((a) => prev.has(a.id) && prev.get(a.id)!.weekday === a.weekday && Math.abs(prev.get(a.id)!.slotMin - a.slotMin) <= 60).length;
  const summary = { visits: plan.visits, travelS: plan.travelS, distanceM: plan.distanceM, workS, accounts: inputs.length, planned: plan.accounts.length, unplanned: plan.unplanned, moved, home: plan.home, trips: plan.trips ?? [], ...(base ? { keptSlots } : {}) };
  return insertPlan(db, { repId: req.repId, basePlanId: req.basePlanId ?? null, startDate: mondayOnOrAfter(today), horizonWeeks: req.horizonWeeks, settings: { ...req, start: req.start ?? null }, summary, createdBy: userId, plan });
}

/** Visible-rep check used by every planning route. */
export function repInScope(repIds: readonly string[] | 'all', repId: string): boolean {
  return repIds === 'all' || repIds.includes(repId);
}

/** The date of a plan day for a cyclic plan repeating every horizon: day index modulo the horizon. */
export function planDayOf(startDate: string, horizonDays: number, date: string): number {
  const diff = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000);
  return ((diff % horizonDays) + horizonDays) % horizonDays;
}

/**
 * Materialises planned visits of the rep's approved plan for `today … today + days − 1` (rolling; the cyclic
 * plan repeats after its horizon). Idempotent: an account already having a visit that day (any status but
 * cancelled) gets nothing new. Returns the number created.
 */
export async function rollPlannedVisits(db: Db, planId: string, today: string, days = 14): Promise<number> {
  const plan = await getPlanRow(db, planId);
  if (!plan || plan.status !== 'approved') return 0;
  const { stops } = await getPlanDetail(db, planId);
  const horizonDays = plan.horizonWeeks * 7;
  const from = today < plan.startDate ? plan.startDate : today;
  const to = addDays(today, days - 1);
  const wanted: { accountId: string; plannedOn: string }[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const day = planDayOf(plan.startDate, horizonDays, d);
    for (const s of stops) if (s.day === day) wanted.push({ accountId: s.accountId, plannedOn: d });
  }
  if (wanted.length === 0) return 0;
  return db.transaction(async (tx) => {
    const existing = await tx.select({ accountId: visits.accountId, plannedOn: visits.plannedOn }).from(visits)
      .where(and(eq(visits.repId, plan.repId), gte(visits.plannedOn, from), lte(visits.plannedOn, to), ne(visits.status, 'cancelled'), inArray(visits.accountId, [...new Set(wanted.map((w) => w.accountId))])));
    const have = new Set(existing.map((e) => `${e.accountId}|${e.plannedOn}`));
    const rows = wanted.filter((w) => !have.has(`${w.accountId}|${w.plannedOn}`)).map((w) => ({
      id: randomUUID(), accountId: w.accountId, repId: plan.repId, kind: 'routine' as const, status: 'planned' as const, plannedOn: w.plannedOn, objectives: [], fixedTime: true, fixedRoute: true,
    }));
    for (let i = 0; i < rows.length; i += 500) await tx.insert(visits).values(rows.slice(i, i + 500));
    return rows.length;
  });
}

/** Approves a draft: earlier approved plans of the rep become superseded; planned visits roll out. */
export async function approvePlan(db: Db, planId: string, userId: string, today: string): Promise<{ created: number } | 'not_draft'> {
  const plan = await getPlanRow(db, planId);
  if (!plan || plan.status !== 'draft') return 'not_draft';
  await db.transaction(async (tx) => {
    await tx.update(visitPlans).set({ status: 'superseded' }).where(and(eq(visitPlans.repId, plan.repId), eq(visitPlans.status, 'approved')));
    await tx.update(visitPlans).set({ status: 'approved', approvedBy: userId, approvedAt: sql`now()` }).where(eq(visitPlans.id, planId));
  });
  return { created: await rollPlannedVisits(db, planId, today) };
}

/** The rep's feed token, created on first use; `regenerate` replaces it (the old URL stops working). */
export async function icalToken(db: Db, repId: string, regenerate = false): Promise<string> {
  if (!regenerate) {
    const [row] = await db.select().from(planningIcalTokens).where(eq(planningIcalTokens.repId, repId));
    if (row) return row.token;
  }
  const token = randomBytes(24).toString('base64url');
  await db.insert(planningIcalTokens).values({ repId, token }).onConflictDoUpdate({ target: planningIcalTokens.repId, set: { token, createdAt: sql`now()` } });
  return token;
}

export { findRep };
