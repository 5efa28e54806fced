import type { RoutingProblem, Solution, SolveOptions, SolveProgress } from '@qudao/solver';
import { buildProblem, readPlan, type CyclicPlan, type PlanAccountInput, type PlanSettings } from './cyclic';
import type { LngLat, TravelProvider } from './travel';

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

/** The rep's start place: a given point, else the centroid of the located accounts. */
export function startPlace(accounts: PlanAccountInput[], given?: LngLat | null): LngLat | null {
  if (given) return given;
  const located = accounts.filter((a) => a.lng !== null && a.lat !== null);
  if (located.length === 0) return null;
  return {
    lng: located.reduce((s, a) => s + a.lng!, 0) / located.length,
    lat: located.reduce((s, a) => s + a.lat!, 0) / located.length,
  };
}

/**
 * Plans one rep. A and B accounts first (R2.2: they are served before C): phase 1 solves only them;
 * phase 2 solves everything with A and B pinned to their phase-1 days, so C fills what capacity remains
 * and can never push an A or B account out.
 */
export async function planRep(accounts: PlanAccountInput[], start: LngLat | null, s: PlanSettings, travel: TravelProvider, run: SolveRunner, o: PlanRunOptions): Promise<CyclicPlan> {
  const origin = start ?? startPlace(accounts) ?? { lng: 0, lat: 0 };
  o.onProgress?.({ phase: 'matrix', fraction: 0, unassigned: 0 });
  const points: LngLat[] = [origin, ...accounts.map((a) => (a.lng !== null && a.lat !== null ? { lng: a.lng, lat: a.lat } : origin))];
  const matrix = await travel.matrix(points);
  const priority = (a: PlanAccountInput) => a.valueClass === 'A' || a.valueClass === 'B';
  const half = Math.max(200, Math.floor(o.timeLimitMs / 2));
  const solvePhase = async (problem: RoutingProblem, phase: 'priority' | 'all', base: number): Promise<Solution> => {
    const h = run(problem, { timeLimitMs: half, seed: o.seed ?? 1 }, (p) =>
      o.onProgress?.({ phase, fraction: Math.min(0.99, base + 0.5 * (p.elapsedMs / half)), unassigned: p.unassigned }),
    );
    o.cancelHook?.(h.cancel);
    return h.result;
  };
  let pinned = new Map<string, number[]>();
  if (accounts.some(priority) && !o.signal?.aborted) {
    const first = buildProblem(accounts, s, matrix, priority);
    if (first.problem.customers.length > 0) {
      const sol = await solvePhase(first.problem, 'priority', 0);
      const plan1 = readPlan(first, sol);
      pinned = new Map(plan1.accounts.map((a) => [a.id, a.days]));
    }
  }
  // Priority accounts that found no days in phase 1 are left out of phase 2 (they stay unplanned with their reason).
  const all = buildProblem(accounts, s, matrix, (a) => !priority(a) || pinned.has(a.id) || !accounts.some(priority), pinned);
  const firstOnly = buildProblem(accounts, s, matrix, (a) => priority(a) && !pinned.has(a.id));
  const sol = all.problem.customers.length > 0 && !o.signal?.aborted ? await solvePhase(all.problem, 'all', 0.5) : null;
  const plan = sol ? readPlan(all, sol) : { accounts: [], days: [], unplanned: [...all.precheck], travelS: 0, distanceM: 0, visits: 0 };
  // Priority accounts unplanned in phase 1: their pre-check reason, or no capacity.
  const pre = new Map(firstOnly.precheck.map((u) => [u.id, u.reason]));
  for (const a of accounts) {
    if (priority(a) && !pinned.has(a.id) && accounts.some(priority) && !plan.unplanned.some((u) => u.id === a.id)) {
      plan.unplanned.push({ id: a.id, reason: pre.get(a.id) ?? 'NO_CAPACITY' });
    }
  }
  o.onProgress?.({ phase: 'all', fraction: 1, unassigned: plan.unplanned.length });
  return plan;
}
