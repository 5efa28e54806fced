import type { RoutingProblem, Solution, SolveOptions, SolveProgress } from '@qudao/solver';
import { buildProblem, readPlan, type CyclicPlan, type PlanAccountInput, type PlanSettings } from './cyclic';
import { greatCircleM, type LngLat, type TravelProvider } from './travel';
import { chargeTripDrives, derivedHome, layoutTrips } from './trips';

/** Runs one solve somewhere (worker pool in the server, in-process in tests) and can be cancelled. */
export type SolveRunner = (
  problem: RoutingProblem,
  options: Omit<SolveOptions, 'onProgress' | 'signal'>,
  onProgress?: (p: SolveProgress) => void,
) => { result: Promise<Solution>; cancel(): void };

/** Progress of a planning job, 0…1 overall. */
export interface PlanProgress {
  phase: 'matrix' | 'priority' | 'all';
  fraction: number;
  unassigned: number;
}

/** Options of one planning run. */
export interface PlanRunOptions {
  timeLimitMs: number;
  seed?: number;
  onProgress?: (p: PlanProgress) => void;
  /** Checked between phases; the current solve is cancelled through `cancelHook`. */
  signal?: { readonly aborted: boolean };
  /** Receives the cancel function of the running solve. */
  cancelHook?: (cancel: () => void) => void;
}

/**
 * The rep's start place (home base): a given point, else where the territory's market is densest (a
 * rep lives in the main city of their territory, not at the geometric middle of it).
 */
export function startPlace(accounts: PlanAccountInput[], given?: LngLat | null, horizonWeeks = 8): LngLat | null {
  if (given) return given;
  return derivedHome(accounts, { horizonWeeks, workDays: [], workStartMin: 0, workEndMin: 0, movePenaltyS: 0 }, (a, b) => greatCircleM(a, b) / 1000);
}

/**
 * Plans one rep. A and B accounts first (R2.2: they are served before C): the first solve has only them;
 * the next solves everything with A and B pinned to their days, so C fills what capacity remains and can
 * never push an A or B account out. Far accounts are served on overnight trips when `s.overnight` is set.
 */
export async function planRep(accounts: PlanAccountInput[], start: LngLat | null, s: PlanSettings, travel: TravelProvider, run: SolveRunner, o: PlanRunOptions): Promise<CyclicPlan> {
  const origin = start ?? startPlace(accounts, null, s.horizonWeeks) ?? { lng: 0, lat: 0 };
  o.onProgress?.({ phase: 'matrix', fraction: 0, unassigned: 0 });
  const points: LngLat[] = [origin, ...accounts.map((a) => (a.lng !== null && a.lat !== null ? { lng: a.lng, lat: a.lat } : origin))];
  const matrix = await travel.matrix(points);
  const layout = layoutTrips(accounts, s, matrix);
  // Tiers solved one after the other, each with the earlier tiers pinned to their days: A and B accounts
  // before C (R2.2); when re-planning, A and B accounts of the previous plan before new or changed ones.
  const ab = (a: PlanAccountInput) => a.valueClass === 'A' || a.valueClass === 'B';
  // Kept accounts that do not fit on their very days and slot are tried again with the new ones, unbound.
  const retry = new Set<string>();
  // 0: kept A/B on their very days and slot, 1: the rest of A/B, 2: kept C likewise, 3: the rest of C.
  const tierOf = (a: PlanAccountInput) => (ab(a) ? 0 : 2) + (a.previousWeekday !== undefined && s.fixWeekdays && !retry.has(a.id) ? 0 : 1);
  const tiers = [0, 1, 2, 3].filter((k) => accounts.some((a) => tierOf(a) === k) || (k % 2 === 1 && accounts.some((a) => tierOf(a) === k - 1)));
  const slice = Math.max(200, Math.floor(o.timeLimitMs / Math.max(1, tiers.length)));
  let pinned = new Map<string, number[]>();
  let plan: CyclicPlan = { accounts: [], days: [], unplanned: [], travelS: 0, distanceM: 0, visits: 0 };
  const dropped: CyclicPlan['unplanned'] = [];
  for (let i = 0, k = tiers[0] ?? 4; k < 4; k++) {
    if (!accounts.some((a) => tierOf(a) === k)) continue;
    const input = accounts.map((a) => (retry.has(a.id) ? { ...a, previousSlotMin: undefined, previousFirstWeek: undefined } : a));
    const built = buildProblem(input, s, matrix, (a) => tierOf(a) === k || (tierOf(a) < k && pinned.has(a.id)), pinned, layout);
    if (o.signal?.aborted) break;
    const phase = k < 2 ? 'priority' : 'all';
    const h = run(built.problem, { timeLimitMs: slice, seed: o.seed ?? 1 }, (p) =>
      o.onProgress?.({ phase, fraction: Math.min(0.99, (i + p.elapsedMs / slice) / tiers.length), unassigned: p.unassigned }),
    );
    o.cancelHook?.(h.cancel);
    plan = built.problem.customers.length > 0 ? readPlan(built, await h.result) : { ...plan, accounts: [], days: [], unplanned: [...built.precheck] };
    // Accounts of this tier that found no days stay unplanned with their reason; later tiers leave them out.
    for (const u of plan.unplanned) {
      if (k % 2 === 0 && u.reason === 'NO_CAPACITY' && !retry.has(u.id)) retry.add(u.id);
      else if (!dropped.some((d) => d.id === u.id)) dropped.push(u);
    }
    pinned = new Map(plan.accounts.map((x) => [x.id, x.days]));
    i++;
  }
  plan.unplanned = dropped.filter((u) => !pinned.has(u.id));
  o.onProgress?.({ phase: 'all', fraction: 1, unassigned: plan.unplanned.length });
  chargeTripDrives(plan, layout, matrix);
  plan.home = origin;
  plan.trips = layout.trips.map((t) => ({ hotelAccountId: accounts[t.hotel]!.id, accounts: t.members.length, weekdays: t.weekdays, periodWeeks: t.periodWeeks, firstWeek: t.firstWeek }));
  return plan;
}
