import { buildUnitGraph, labelComponents, type UnitGraph } from './graph';
import type {
  CompactnessMeasure,
  DistrictSummary,
  DistrictingCompactness,
  DistrictingProblem,
  DistrictingReason,
} from './types';

/**
 * Compactness of each district in (0, 1] (1 = disc), see `DistrictingCompactness` for the two
 * definitions: Polsby–Popper when every unit has `areaM2` and `perimeterM` and every edge `borderM`,
 * else the moment-of-inertia ratio A²/(2πI) capped at 1. Empty districts score 0, single units 1 for
 * the inertia ratio. `graph` may be passed to avoid rebuilding it.
 */
export function measureCompactness(
  problem: DistrictingProblem,
  assignment: readonly number[] | Int32Array,
  graph: UnitGraph = buildUnitGraph(problem.units.length, problem.adjacency),
): { measure: CompactnessMeasure; perDistrict: number[] } {
  const { units, k } = problem;
  const n = units.length;
  const hasAreas = units.every((u) => u.areaM2 !== undefined);
  const canPolsby = hasAreas && graph.hasBorders && units.every((u) => u.perimeterM !== undefined);
  if (canPolsby) {
    const area = new Float64Array(k);
    const perimeter = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const d = assignment[i]!;
      area[d]! += units[i]!.areaM2!;
      perimeter[d]! += units[i]!.perimeterM!;
      for (let p = graph.start[i]!; p < graph.start[i + 1]!; p++)
        if (assignment[graph.neighbours[p]!] === d) perimeter[d]! -= graph.borderM[p]!;
    }
    const perDistrict = Array.from(area, (a, d) => {
      const per = perimeter[d]!;
      return a > 0 && per > 0 ? Math.min(1, (4 * Math.PI * a) / (per * per)) : 0;
    });
    return { measure: 'polsby-popper', perDistrict };
  }
  let unitArea = 1;
  if (!hasAreas) {
    const xs = units.map((u) => u.xM);
    const ys = units.map((u) => u.yM);
    unitArea = ((Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys))) / n;
  }
  const W = new Float64Array(k);
  const Sx = new Float64Array(k);
  const Sy = new Float64Array(k);
  const Sxx = new Float64Array(k);
  const count = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const d = assignment[i]!;
    const u = units[i]!;
    const a = u.areaM2 ?? unitArea;
    W[d]! += a;
    Sx[d]! += a * u.xM;
    Sy[d]! += a * u.yM;
    Sxx[d]! += a * (u.xM * u.xM + u.yM * u.yM);
    count[d]!++;
  }
  const perDistrict = Array.from(W, (a, d) => {
    if (count[d] === 0) return 0;
    const inertia = Sxx[d]! - (Sx[d]! * Sx[d]! + Sy[d]! * Sy[d]!) / a;
    if (count[d] === 1 || !(inertia > 0) || !(a > 0)) return 1;
    return Math.min(1, (a * a) / (2 * Math.PI * inertia));
  });
  return { measure: 'moment-of-inertia', perDistrict };
}

/** Everything of a `DistrictingResult` that depends only on the problem and the assignment. */
export interface DesignSummary {
  districts: DistrictSummary[];
  maxDeviationPct: number;
  compactness: DistrictingCompactness;
  unitsMoved: number;
  feasible: boolean;
  reasons: DistrictingReason[];
}

/** Summarises a complete assignment: totals, deviations, contiguity, compactness, moves and reasons. */
export function summarizeDesign(problem: DistrictingProblem, assignment: readonly number[], graph: UnitGraph): DesignSummary {
  const { units, k } = problem;
  const n = units.length;
  const mCount = units[0]!.measures.length;
  const names = problem.measureNames ?? Array.from({ length: mCount }, (_, m) => `measure ${m}`);
  const totals = Array.from({ length: k }, () => new Array<number>(mCount).fill(0));
  const sums = new Array<number>(mCount).fill(0);
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    counts[assignment[i]!]!++;
    for (let m = 0; m < mCount; m++) {
      totals[assignment[i]!]![m]! += units[i]!.measures[m]!;
      sums[m]! += units[i]!.measures[m]!;
    }
  }
  const compact = measureCompactness(problem, assignment, graph);
  const reasons: DistrictingReason[] = [];
  let maxDeviationPct = 0;
  const districts: DistrictSummary[] = totals.map((t, d) => {
    const deviationPct = t.map((v, m) => {
      const mean = sums[m]! / k;
      const dev = mean > 0 ? ((v - mean) / mean) * 100 : 0;
      const tolPct = (problem.tolerances?.[m] ?? 0.05) * 100;
      // A relative 1e-9 slack absorbs float noise in sums of non-integer measures.
      if (Math.abs(dev) > tolPct + 1e-9 * Math.max(1, tolPct))
        reasons.push({
          code: 'DISTRICTING.OUT_OF_TOLERANCE',
          district: d,
          measure: m,
          message: `district ${d}: ${names[m]} deviates ${dev.toFixed(2)} % from the mean (tolerance ±${tolPct} %)`,
        });
      maxDeviationPct = Math.max(maxDeviationPct, Math.abs(dev));
      return dev;
    });
    const parts = counts[d] === 0 ? 0 : labelComponents(graph, (v) => assignment[v] === d).count;
    if (counts[d] === 0) reasons.push({ code: 'DISTRICTING.EMPTY_DISTRICT', district: d, message: `district ${d} has no unit` });
    else if (parts > 1)
      reasons.push({ code: 'DISTRICTING.NOT_CONTIGUOUS', district: d, message: `district ${d} falls into ${parts} disconnected parts` });
    return { unitCount: counts[d]!, totals: t, deviationPct, contiguous: parts === 1, compactness: compact.perDistrict[d]! };
  });
  const lockTo = new Map<number, number>();
  for (const l of problem.locked ?? []) lockTo.set(l.unit, l.district);
  (problem.seeds ?? []).forEach((s, d) => s !== null && s !== undefined && lockTo.set(s, d));
  for (const [unit, d] of lockTo)
    if (assignment[unit] !== d)
      reasons.push({ code: 'DISTRICTING.LOCK_VIOLATED', district: d, message: `unit ${unit} is locked to district ${d} but is in ${assignment[unit]}` });
  let unitsMoved = 0;
  if (problem.start) {
    for (let i = 0; i < n; i++) if (assignment[i] !== problem.start.assignment[i]) unitsMoved++;
    if (unitsMoved > problem.start.maxMoved)
      reasons.push({ code: 'DISTRICTING.TOO_MANY_MOVED', message: `${unitsMoved} units moved, limit ${problem.start.maxMoved}` });
  }
  const per = compact.perDistrict;
  return {
    districts,
    maxDeviationPct,
    compactness: { measure: compact.measure, mean: per.reduce((a, b) => a + b, 0) / k, min: Math.min(...per) },
    unitsMoved,
    feasible: reasons.length === 0,
    reasons,
  };
}
