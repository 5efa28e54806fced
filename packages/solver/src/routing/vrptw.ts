import { checkSolution } from '../checker';
import type { RouteInput, RoutingProblem, Solution, SolveOptions } from '../model';
import { Rng } from '../random';
import { Budget } from './clock';
import { buildCostMatrix, buildDayData, type DayData } from './day-data';
import { buildNeighbours, DayState } from './day-state';
import { localSearch } from './local-search';
import { toSolution } from './solution';
import { DEFAULT_SISR, recreateGreedy, ruinStrings, type SisrParams } from './sisr';

/** Tuning knobs of the VRPTW metaheuristic (defaults are used by the benchmarks). */
export interface VrptwTuning {
  sisr: SisrParams;
  /** Start / final simulated-annealing temperature, as a fraction of the mean leg cost of the start solution. */
  t0: number;
  tf: number;
}

const DEFAULT_TUNING: VrptwTuning = { sisr: DEFAULT_SISR, t0: 2, tf: 0.05 };

/** Distance of each customer from vehicle 0's start (used by SISR's insertion orders). */
export function farFromDepot(d: DayData): Float64Array {
  const L = d.locationCount, dep = d.vStart[0]!;
  return Float64Array.from(d.loc, (l) => d.cost[dep * L + l]!);
}

/**
 * Solves a single-day problem with time windows, capacities, shifts and working-time limits:
 * greedy insertion, then simulated annealing over SISR ruin-and-recreate (Christiaens & Vanden Berghe),
 * with local search (relocate/Or-opt, swap, 2-opt*, 2-opt) on every new best. Minimises the weighted
 * leg cost with unserved customers penalised first. Deterministic for a seed and `maxIterations`.
 * Infeasible customers come back in `unassigned`; never throws on infeasible data.
 */
export function solveVrptw(p: RoutingProblem, opts: SolveOptions = {}, tuning: Partial<VrptwTuning> = {}): Solution {
  const tun = { ...DEFAULT_TUNING, ...tuning };
  const budget = new Budget(opts, 5000);
  const rng = new Rng(opts.seed ?? 1);
  const d = buildDayData(p, 0, buildCostMatrix(p));
  const s = new DayState(d);
  const adj = buildNeighbours(d, Math.min(d.n - 1, 100));
  const far = farFromDepot(d);
  const all = Array.from({ length: d.n }, (_, i) => i);
  const touched = new Uint8Array(s.routes.length);
  let unassigned = recreateGreedy(s, all.slice(), rng, { ...tun.sisr, blink: 0 }, touched, far);
  localSearch(s, adj, rng, undefined, budget.deadline);
  let maxLeg = 0;
  for (let i = 0; i < d.cost.length; i++) maxLeg = Math.max(maxLeg, d.cost[i]!);
  const penalty = 10 * (2 * maxLeg + 1);
  const objective = (miss: number) => s.cost() + penalty * miss;
  let cur = s.snapshot(), curUn = unassigned.slice(), curCost = objective(unassigned.length);
  let best = cur, bestUn = curUn, bestCost = curCost;
  const meanLeg = s.cost() / Math.max(1, d.n);
  const T0 = tun.t0 * meanLeg, Tf = tun.tf * meanLeg;
  let it = 0;
  const removed: number[] = [];
  while (d.n > 0 && !budget.done(it)) {
    it++;
    touched.fill(0);
    removed.length = 0;
    const assigned = all.filter((c) => s.routeOf[c]! >= 0);
    ruinStrings(s, adj, rng, tun.sisr, removed, touched, assigned);
    for (const c of curUn) removed.push(c);
    const failed = recreateGreedy(s, removed, rng, tun.sisr, touched, far);
    const cost = objective(failed.length);
    const T = T0 * Math.pow(Tf / T0, budget.fraction(it));
    if (cost < curCost - T * Math.log(rng.next())) {
      curCost = cost;
      curUn = failed;
      for (let r = 0; r < touched.length; r++) if (touched[r]) cur[r] = s.routes[r]!.nodes.slice();
      if (cost < bestCost - 1e-9) {
        localSearch(s, adj, rng, undefined, budget.deadline);
        cur = s.snapshot();
        curCost = objective(failed.length);
        best = cur.map((x) => x.slice());
        bestUn = failed.slice();
        bestCost = curCost;
      }
    } else {
      for (let r = 0; r < touched.length; r++) {
        if (!touched[r]) continue;
        const route = s.routes[r]!;
        route.nodes = cur[r]!.slice();
        for (const c of route.nodes) s.routeOf[c] = r;
        route.update();
      }
      for (const c of curUn) s.routeOf[c] = -1;
    }
    budget.report({ iteration: it, bestObjective: bestCost, unassigned: bestUn.length });
  }
  s.load(best);
  localSearch(s, adj, rng);
  unassigned = bestUn.filter((c) => s.routeOf[c]! < 0);
  const routes: RouteInput[] = s.routes.map((r, v) => ({ day: 0, vehicle: v, customers: r.nodes.slice() }));
  return toSolution(p, checkSolution(p, routes), unassigned.map((c) => ({ customer: c, reason: 'NO_FEASIBLE_POSITION' as const })), it);
}
