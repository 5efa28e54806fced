import type { CheckResult } from '../checker';
import type { Solution, UnassignedReason } from '../model';
import type { RoutingProblem } from '../model';

/**
 * Wraps a checker result as a solver `Solution`: schedule and costs come from the independent checker,
 * so the reported plan is exactly what was verified. `feasible` is the checker's verdict.
 */
export function toSolution(_p: RoutingProblem, check: CheckResult, unassigned: { customer: number; reason: UnassignedReason }[], _iterations: number, visitDays?: number[][]): Solution {
  const listed = new Set(unassigned.map((u) => u.customer));
  const all = unassigned.concat(check.unserved.filter((c) => !listed.has(c)).map((c) => ({ customer: c, reason: 'NO_FEASIBLE_POSITION' as const })));
  return {
    routes: check.routes,
    unassigned: all.sort((a, b) => a.customer - b.customer),
    cost: { travelS: check.travelS, distanceM: check.distanceM, waitingS: check.waitingS, objective: check.objective },
    feasible: check.feasible,
    ...(visitDays ? { visitDays } : {}),
  };
}
