import { buildUnitGraph, labelComponents } from './graph';
import type { DistrictingProblem } from './types';

/** A validation failure naming the offending field with a JSON-path-like string (e.g. `locked[2].unit`). */
export interface DistrictingInputError {
  /** Always 'DISTRICTING.INVALID_INPUT'. */
  code: 'DISTRICTING.INVALID_INPUT';
  /** Offending field, e.g. `k`, `units[3].measures[1]`, `adjacency`. */
  field: string;
  /** English explanation. */
  message: string;
}

/** Outcome of `validateDistrictingProblem`. */
export type DistrictingValidation = { ok: true } | { ok: false; error: DistrictingInputError };

const isIndex = (v: unknown, size: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < size;
const isFiniteNonNeg = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const fail = (field: string, message: string): DistrictingValidation => ({
  ok: false,
  error: { code: 'DISTRICTING.INVALID_INPUT', field, message },
});

/**
 * Checks a problem before solving; returns the first error found. On `ok: true` the solver's
 * structural guarantees hold: indices in range, k ≤ units, every connected component of the adjacency
 * graph can host at least one district (so contiguity is possible), locks/seeds/start consistent.
 * Balance feasibility is not decided here: an unbalanceable instance yields an infeasible result.
 */
export function validateDistrictingProblem(problem: DistrictingProblem): DistrictingValidation {
  const { units, k } = problem;
  if (!Array.isArray(units) || units.length === 0) return fail('units', 'at least one unit is required');
  const n = units.length;
  const mCount = units[0]?.measures?.length ?? 0;
  if (mCount === 0) return fail('units[0].measures', 'each unit needs at least one measure');
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    if (!Array.isArray(u.measures) || u.measures.length !== mCount)
      return fail(`units[${i}].measures`, `expected ${mCount} measures like units[0]`);
    for (let m = 0; m < mCount; m++)
      if (!isFiniteNonNeg(u.measures[m])) return fail(`units[${i}].measures[${m}]`, 'must be a finite number ≥ 0');
    if (!Number.isFinite(u.xM)) return fail(`units[${i}].xM`, 'must be a finite number of metres');
    if (!Number.isFinite(u.yM)) return fail(`units[${i}].yM`, 'must be a finite number of metres');
    if (u.areaM2 !== undefined && !(isFiniteNonNeg(u.areaM2) && u.areaM2 > 0))
      return fail(`units[${i}].areaM2`, 'must be a finite number > 0');
    if (u.perimeterM !== undefined && !(isFiniteNonNeg(u.perimeterM) && u.perimeterM > 0))
      return fail(`units[${i}].perimeterM`, 'must be a finite number > 0');
  }
  if (problem.measureNames !== undefined && problem.measureNames.length !== mCount)
    return fail('measureNames', `expected ${mCount} names, one per measure`);
  if (!Number.isInteger(k) || k < 1) return fail('k', 'must be an integer ≥ 1');
  if (k > n) return fail('k', `k = ${k} exceeds the number of units (${n})`);
  if (problem.tolerances !== undefined) {
    if (problem.tolerances.length !== mCount) return fail('tolerances', `expected ${mCount} tolerances, one per measure`);
    for (let m = 0; m < mCount; m++) {
      const t = problem.tolerances[m];
      if (!isFiniteNonNeg(t) || t > 1) return fail(`tolerances[${m}]`, 'must be a fraction in [0, 1] (0.05 = ±5 %)');
    }
  }
  if (!Array.isArray(problem.adjacency)) return fail('adjacency', 'must be an array of edges');
  for (let e = 0; e < problem.adjacency.length; e++) {
    const edge = problem.adjacency[e]!;
    if (!isIndex(edge.a, n)) return fail(`adjacency[${e}].a`, `unit index out of range 0..${n - 1}`);
    if (!isIndex(edge.b, n)) return fail(`adjacency[${e}].b`, `unit index out of range 0..${n - 1}`);
    if (edge.a === edge.b) return fail(`adjacency[${e}]`, 'a unit cannot be adjacent to itself');
    if (edge.borderM !== undefined && !isFiniteNonNeg(edge.borderM))
      return fail(`adjacency[${e}].borderM`, 'must be a finite number ≥ 0');
  }
  const lockOf = new Map<number, number>();
  const locked = problem.locked ?? [];
  for (let l = 0; l < locked.length; l++) {
    const { unit, district } = locked[l]!;
    if (!isIndex(unit, n)) return fail(`locked[${l}].unit`, `unit index ${unit} out of range 0..${n - 1}`);
    if (!isIndex(district, k)) return fail(`locked[${l}].district`, `district ${district} out of range 0..${k - 1}`);
    if (lockOf.has(unit) && lockOf.get(unit) !== district)
      return fail(`locked[${l}]`, `unit ${unit} is locked to two districts`);
    lockOf.set(unit, district);
  }
  if (problem.seeds !== undefined) {
    if (problem.seeds.length > k) return fail('seeds', `at most k = ${k} seeds (one per district)`);
    const used = new Set<number>();
    for (let d = 0; d < problem.seeds.length; d++) {
      const s = problem.seeds[d];
      if (s === null || s === undefined) continue;
      if (!isIndex(s, n)) return fail(`seeds[${d}]`, `unit index ${s} out of range 0..${n - 1}`);
      if (used.has(s)) return fail(`seeds[${d}]`, `unit ${s} is the seed of two districts`);
      used.add(s);
      if (lockOf.has(s) && lockOf.get(s) !== d)
        return fail(`seeds[${d}]`, `unit ${s} is locked to district ${lockOf.get(s)}`);
      lockOf.set(s, d);
    }
  }
  if (problem.start !== undefined) {
    const { assignment, maxMoved } = problem.start;
    if (!Array.isArray(assignment) || assignment.length !== n)
      return fail('start.assignment', `expected one district per unit (${n})`);
    for (let i = 0; i < n; i++)
      if (!isIndex(assignment[i], k)) return fail(`start.assignment[${i}]`, `district out of range 0..${k - 1}`);
    if (!Number.isInteger(maxMoved) || maxMoved < 0) return fail('start.maxMoved', 'must be an integer ≥ 0');
    let forced = 0;
    for (const [unit, d] of lockOf) if (assignment[unit] !== d) forced++;
    if (forced > maxMoved)
      return fail('start.maxMoved', `locks and seeds already move ${forced} units, more than ${maxMoved}`);
  }
  const graph = buildUnitGraph(n, problem.adjacency);
  const { count } = labelComponents(graph, () => true);
  if (count > k)
    return fail('adjacency', `the adjacency graph has ${count} disconnected parts, more than k = ${k}: contiguous districts are impossible`);
  return { ok: true };
}
