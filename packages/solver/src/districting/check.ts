import type { DistrictingProblem } from './types';

/** Verdict of the independent checker on one design. */
export interface DistrictingCheck {
  /** True when every rule below holds. */
  feasible: boolean;
  /** Per district: totals per measure, deviation % from the mean per measure, unit count, connected parts. */
  districts: { totals: number[]; deviationPct: number[]; unitCount: number; parts: number }[];
  /** Largest |deviation %| over districts and measures. */
  maxDeviationPct: number;
  /** Units whose district differs from `problem.start.assignment` (0 without a start). */
  unitsMoved: number;
  /** Human-readable violations (empty when feasible). */
  violations: string[];
}

/**
 * Re-derives a design's validity from the raw problem only, sharing no code with the solver: the
 * assignment covers every unit exactly once with districts in [0, k); every district is non-empty and
 * connected over `problem.adjacency`; every measure within ±tolerance (default 5 %) of the mean; locked
 * and seed units in place; units moved within `start.maxMoved`.
 */
export function checkDistricting(problem: DistrictingProblem, assignment: readonly number[]): DistrictingCheck {
  const { units, k } = problem;
  const n = units.length;
  const mCount = units[0]?.measures.length ?? 0;
  const violations: string[] = [];
  if (assignment.length !== n) violations.push(`assignment has ${assignment.length} entries for ${n} units`);
  const district = (i: number): number => {
    const d = assignment[i];
    return Number.isInteger(d) && d! >= 0 && d! < k ? d! : -1;
  };
  for (let i = 0; i < n; i++) if (district(i) < 0) violations.push(`unit ${i} has no valid district (${assignment[i]})`);

  const means: number[] = [];
  for (let m = 0; m < mCount; m++) means.push(units.reduce((s, u) => s + u.measures[m]!, 0) / k);
  const neighbours: number[][] = units.map(() => []);
  for (const e of problem.adjacency) {
    neighbours[e.a]!.push(e.b);
    neighbours[e.b]!.push(e.a);
  }
  const seen = new Array<boolean>(n).fill(false);
  const districts: DistrictingCheck['districts'] = [];
  let maxDeviationPct = 0;
  for (let d = 0; d < k; d++) {
    const members: number[] = [];
    for (let i = 0; i < n; i++) if (district(i) === d) members.push(i);
    const totals = Array.from({ length: mCount }, (_, m) => members.reduce((s, i) => s + units[i]!.measures[m]!, 0));
    let parts = 0;
    for (const root of members) {
      if (seen[root]) continue;
      parts++;
      const queue = [root];
      seen[root] = true;
      while (queue.length > 0) {
        const v = queue.pop()!;
        for (const w of neighbours[v]!)
          if (!seen[w] && district(w) === d) {
            seen[w] = true;
            queue.push(w);
          }
      }
    }
    if (members.length === 0) violations.push(`district ${d} is empty`);
    if (parts > 1) violations.push(`district ${d} is split into ${parts} parts`);
    const deviationPct = totals.map((t, m) => (means[m]! > 0 ? ((t - means[m]!) / means[m]!) * 100 : 0));
    deviationPct.forEach((dev, m) => {
      const tolPct = (problem.tolerances?.[m] ?? 0.05) * 100;
      maxDeviationPct = Math.max(maxDeviationPct, Math.abs(dev));
      if (Math.abs(dev) > tolPct * (1 + 1e-9) + 1e-9) violations.push(`district ${d} measure ${m} deviates ${dev.toFixed(3)} %`);
    });
    districts.push({ totals, deviationPct, unitCount: members.length, parts });
  }
  for (const l of problem.locked ?? [])
    if (assignment[l.unit] !== l.district) violations.push(`locked unit ${l.unit} is not in district ${l.district}`);
  (problem.seeds ?? []).forEach((s, d) => {
    if (s !== null && s !== undefined && assignment[s] !== d) violations.push(`seed unit ${s} is not in district ${d}`);
  });
  let unitsMoved = 0;
  if (problem.start) {
    for (let i = 0; i < n; i++) if (assignment[i] !== problem.start.assignment[i]) unitsMoved++;
    if (unitsMoved > problem.start.maxMoved) violations.push(`${unitsMoved} units moved, limit ${problem.start.maxMoved}`);
  }
  return { feasible: violations.length === 0, districts, maxDeviationPct, unitsMoved, violations };
}
