import { buildUnitGraph, type UnitGraph } from './graph';
import type { DistrictingProblem } from './types';

/** Immutable per-problem data shared by all search states (internal to the solver). */
export interface DistrictingData {
  n: number;
  k: number;
  mCount: number;
  graph: UnitGraph;
  /** values[i * mCount + m] = measure m of unit i. */
  values: Float64Array;
  mean: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  x: Float64Array;
  y: Float64Array;
  /** Inertia weight per unit: its area, or 1 when areas are missing. */
  w: Float64Array;
  /** District a unit is locked to, or −1. */
  lockTo: Int32Array;
  /** Start assignment in re-alignment mode, else null. */
  start: Int32Array | null;
  maxMoved: number;
  /** Normalisers of the compactness objective (constants, so objective values are comparable across restarts). */
  inertiaScale: number;
  borderScale: number;
  borderWeight: number;
  /** Unit perimeters in metres (zeros when unknown) and the weight of Σ 1/Polsby–Popper in the objective (0 when unavailable). */
  perim: Float64Array;
  polsbyWeight: number;
}

/** Precomputes the solver data; the problem must have passed validation. */
export function prepareDistrictingData(
  problem: DistrictingProblem,
  weights: { borderWeight?: number; polsbyWeight?: number } = {},
): DistrictingData {
  const n = problem.units.length;
  const k = problem.k;
  const mCount = problem.units[0]!.measures.length;
  const graph = buildUnitGraph(n, problem.adjacency);
  const values = new Float64Array(n * mCount);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const w = new Float64Array(n);
  const allAreas = problem.units.every((u) => u.areaM2 !== undefined);
  const canPolsby = allAreas && graph.hasBorders && problem.units.every((u) => u.perimeterM !== undefined);
  const sums = new Float64Array(mCount);
  problem.units.forEach((u, i) => {
    for (let m = 0; m < mCount; m++) {
      values[i * mCount + m] = u.measures[m]!;
      sums[m] = sums[m]! + u.measures[m]!;
    }
    x[i] = u.xM;
    y[i] = u.yM;
    w[i] = allAreas ? u.areaM2! : 1;
  });
  const mean = sums.map((s) => s / k);
  const tol = (m: number) => problem.tolerances?.[m] ?? 0.05;
  const lower = mean.map((v, m) => v * (1 - tol(m)));
  const upper = mean.map((v, m) => v * (1 + tol(m)));
  const lockTo = new Int32Array(n).fill(-1);
  for (const l of problem.locked ?? []) lockTo[l.unit] = l.district;
  (problem.seeds ?? []).forEach((s, d) => {
    if (s !== null && s !== undefined) lockTo[s] = d;
  });
  let W = 0;
  let Sx = 0;
  let Sy = 0;
  let Sxx = 0;
  for (let i = 0; i < n; i++) {
    W += w[i]!;
    Sx += w[i]! * x[i]!;
    Sy += w[i]! * y[i]!;
    Sxx += w[i]! * (x[i]! * x[i]! + y[i]! * y[i]!);
  }
  const globalInertia = Sxx - (Sx * Sx + Sy * Sy) / W;
  let totalBorder = 0;
  for (let p = 0; p < graph.borderM.length; p++) totalBorder += graph.borderM[p]!;
  totalBorder /= 2;
  return {
    n, k, mCount, graph, values, mean, lower, upper, x, y, w, lockTo,
    start: problem.start ? Int32Array.from(problem.start.assignment) : null,
    maxMoved: problem.start?.maxMoved ?? n,
    // A k-partition of a region has roughly global/k inertia and √k·(border/√n)… scale: these keep both terms O(1).
    inertiaScale: globalInertia > 0 ? globalInertia / k : 1,
    borderScale: totalBorder > 0 ? totalBorder / Math.sqrt(n) * Math.sqrt(k) : 1,
    borderWeight: graph.hasBorders ? (weights.borderWeight ?? 1) : 0,
    perim: Float64Array.from(problem.units, (u) => u.perimeterM ?? 0),
    polsbyWeight: canPolsby ? (weights.polsbyWeight ?? 1) : 0,
  };
}
