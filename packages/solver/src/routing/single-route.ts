import { checkSolution } from '../checker';
import type { RoutingProblem, Solution, SolveOptions } from '../model';
import { Budget } from './clock';
import { buildCostMatrix, buildDayData } from './day-data';
import { EXACT_MAX_STOPS, solveRouteExact } from './route-exact';
import { toSolution } from './solution';
import { solveSymmetricTsp } from './tsp';
import { solveVrptw } from './vrptw';

function isSymmetric(m: Float64Array, n: number): boolean {
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (m[i * n + j] !== m[j * n + i]) return false;
  return true;
}

/**
 * One rep's day (TSP / TSP with time windows) with vehicle 0: exact dynamic programming up to 12 stops;
 * beyond that, a symmetric tour or open path without windows, capacity or working-time limits uses the 2-opt/Or-opt
 * iterated local search, anything else the VRPTW engine with one vehicle. If no order serves every stop,
 * the VRPTW engine decides which stops stay unassigned. Same guarantees as `solveVrptw`.
 */
export function solveSingleRoute(p: RoutingProblem, opts: SolveOptions = {}): Solution {
  const start = performance.now();
  const one: RoutingProblem = { ...p, vehicles: [p.vehicles[0]!] };
  const d = buildDayData(one, 0, buildCostMatrix(one));
  const all = Array.from({ length: d.n }, (_, i) => i);
  if (d.n <= EXACT_MAX_STOPS) {
    const r = solveRouteExact(d, 0, all);
    if (r) return toSolution(one, checkSolution(one, [{ day: 0, vehicle: 0, customers: r.order }]), [], 0);
  }
  const veh = one.vehicles[0]!;
  const plain = veh.maxWorkS === undefined && veh.capacity === undefined && one.customers.every((c) => c.timeWindows === undefined);
  if (plain && d.n > EXACT_MAX_STOPS) {
    // Local matrix over [start, customers…, end?] so that the tour heuristic sees one node per stop. An open
    // path (start ≠ end) becomes a tour whose closing edge end–start is made so cheap that it always stays.
    const open = veh.startLocation !== veh.endLocation;
    const locs = [veh.startLocation, ...one.customers.map((c) => c.location), ...(open ? [veh.endLocation] : [])];
    const k = locs.length, L = d.locationCount, w = new Float64Array(k * k);
    let maxW = 0;
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) maxW = Math.max(maxW, (w[i * k + j] = d.cost[locs[i]! * L + locs[j]!]!));
    if (open) w[k - 1] = w[(k - 1) * k] = -(maxW + 1) * k;
    if (isSymmetric(w, k)) {
      const budget = new Budget(opts, 1000);
      const t = solveSymmetricTsp(k, w, opts.seed ?? 1, start + 0.97 * (opts.timeLimitMs ?? 1000), opts.maxIterations, () => opts.signal?.aborted ?? false,
        (iteration, length) => budget.report({ iteration, bestObjective: length, unassigned: 0 }));
      let order = Array.from(t.tour.subarray(1));
      if (open) order = order[0] === k - 1 ? order.slice(1).reverse() : order.slice(0, -1);
      const customers = order.map((x) => x - 1);
      opts.onProgress?.({ elapsedMs: performance.now() - start, iteration: t.iterations, bestObjective: t.length, unassigned: 0 });
      const check = checkSolution(one, [{ day: 0, vehicle: 0, customers }]);
      if (check.feasible) return toSolution(one, check, [], t.iterations);
    }
  }
  return solveVrptw(one, opts);
}
