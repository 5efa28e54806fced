import type { RoutingProblem, Solution, SolveOptions } from './model';
import { solvePvrp } from './routing/pvrp';
import { solveSingleRoute } from './routing/single-route';
import { solveVrptw } from './routing/vrptw';
import { validateProblem } from './validate';

/** Thrown by `solve` when the problem data is malformed (a caller bug, not an infeasible plan). */
export class ProblemValidationError extends Error {
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'ProblemValidationError';
  }
}

/**
 * Solves any routing problem: periodic → PVRP, one vehicle → single route (exact ≤ 12 stops), else VRPTW.
 * Validates first and throws `ProblemValidationError` naming the field on malformed data; infeasible
 * but valid problems return a `Solution` with `unassigned` and `feasible: false`.
 */
export function solve(p: RoutingProblem, opts: SolveOptions = {}): Solution {
  const v = validateProblem(p);
  if (!v.ok) throw new ProblemValidationError(v.field, v.message);
  if (p.periodic) return solvePvrp(p, opts);
  if (p.vehicles.length === 1) return solveSingleRoute(p, opts);
  return solveVrptw(p, opts);
}
