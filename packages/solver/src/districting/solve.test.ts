import { describe, expect, test } from 'vitest';
import { checkDistricting } from './check';
import { solveDistricting } from './solve';
import { buildGridProblem } from './test-builders';
import type { DistrictingProblem, DistrictingResult } from './types';

function solve(problem: DistrictingProblem, seed = 1): DistrictingResult {
  const outcome = solveDistricting(problem, { seed, timeLimitS: 20, maxIterations: 200, maxNoImprove: 100 });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result;
}

/** Districts as sorted lists of units, ordered by their smallest unit, to compare up to relabelling. */
const groups = (assignment: number[]) => {
  const by = new Map<number, number[]>();
  assignment.forEach((d, i) => by.set(d, [...(by.get(d) ?? []), i]));
  return [...by.values()].sort((a, b) => a[0]! - b[0]!);
};

describe('solveDistricting', () => {
  test('splits a 4×4 grid of equal cells into the four 2×2 squares', () => {
    const result = solve({ ...buildGridProblem(4, 4, 4), tolerances: [0] });
    expect(groups(result.assignment)).toEqual([[0, 1, 4, 5], [2, 3, 6, 7], [8, 9, 12, 13], [10, 11, 14, 15]]);
    expect(result.feasible).toBe(true);
    expect(result.maxDeviationPct).toBe(0);
    expect(result.compactness.measure).toBe('polsby-popper');
    // A 2×2 km square: 4π·4 / 8² = π/4.
    expect(result.compactness.mean).toBeCloseTo(Math.PI / 4);
  });

  test('cuts a path of six equal units in the middle', () => {
    const result = solve({ ...buildGridProblem(6, 1, 2), tolerances: [0] });
    expect(groups(result.assignment)).toEqual([[0, 1, 2], [3, 4, 5]]);
  });

  test('balances a heavy corner by giving its district fewer units', () => {
    const problem = buildGridProblem(4, 4, 2, (i) => [i === 0 ? 7 : 1]);
    const result = solve({ ...problem, tolerances: [0] });
    expect(result.feasible).toBe(true);
    expect(result.districts.map((d) => d.totals[0]).sort()).toEqual([11, 11]);
  });

  test('keeps locked and seed units in their districts', () => {
    const problem = { ...buildGridProblem(4, 4, 4), locked: [{ unit: 0, district: 3 }], seeds: [15, null, 3, null] };
    const result = solve(problem);
    expect(result.assignment[0]).toBe(3);
    expect(result.assignment[15]).toBe(0);
    expect(result.assignment[3]).toBe(2);
    expect(checkDistricting(problem, result.assignment).feasible).toBe(true);
  });

  test('re-aligns an unbalanced design moving no more units than allowed', () => {
    // Rows 0–2 in district 0, row 3 in district 1: 12 against 4.
    const start = Array.from({ length: 16 }, (_, i) => (i < 12 ? 0 : 1));
    const frozen = solve({ ...buildGridProblem(4, 4, 2), start: { assignment: start, maxMoved: 0 } });
    expect(frozen.assignment).toEqual(start);
    expect(frozen.feasible).toBe(false);
    expect(frozen.reasons.map((r) => r.code)).toContain('DISTRICTING.OUT_OF_TOLERANCE');
    const moved = solve({ ...buildGridProblem(4, 4, 2), start: { assignment: start, maxMoved: 4 } });
    expect(moved.unitsMoved).toBe(4);
    expect(moved.feasible).toBe(true);
  });

  test('reports an unbalanceable instance as infeasible with the reason, not as an error', () => {
    const result = solve(buildGridProblem(3, 1, 2, (i) => [i === 1 ? 100 : 1]));
    expect(result.feasible).toBe(false);
    expect(result.reasons[0]).toMatchObject({ code: 'DISTRICTING.OUT_OF_TOLERANCE' });
    expect(result.districts.every((d) => d.contiguous)).toBe(true);
  });

  test('returns the validation error naming the field instead of solving', () => {
    const outcome = solveDistricting(buildGridProblem(2, 2, 9));
    expect(outcome).toMatchObject({ ok: false, error: { field: 'k' } });
  });

  test('an aborted solve still returns a complete partition', () => {
    const controller = new AbortController();
    controller.abort();
    const outcome = solveDistricting(buildGridProblem(6, 6, 3), { signal: controller.signal });
    expect(outcome.ok && outcome.result.stoppedBy).toBe('aborted');
    expect(outcome.ok && outcome.result.assignment.every((d) => d >= 0 && d < 3)).toBe(true);
  });

  test('reports progress while searching', () => {
    const seen: number[] = [];
    const problem = buildGridProblem(30, 30, 6, (i) => [1 + (i % 7)]);
    solveDistricting(problem, { timeLimitS: 0.3, maxIterations: 1e9, maxNoImprove: 1e9, onProgress: (p) => seen.push(p.iteration) });
    expect(seen.length).toBeGreaterThan(0);
  });

  test('balances several measures at once', () => {
    const problem = buildGridProblem(6, 6, 3, (i) => [1 + (i % 3), 1 + ((i * 7) % 5)]);
    const result = solve({ ...problem, tolerances: [0.1, 0.1] });
    expect(result.feasible).toBe(true);
    expect(checkDistricting({ ...problem, tolerances: [0.1, 0.1] }, result.assignment).feasible).toBe(true);
  });

  test('gives each disconnected part of the map its own district when k equals the number of parts', () => {
    const problem = buildGridProblem(4, 2, 2);
    // Cut the grid between columns 1 and 2: two 2×2 islands.
    problem.adjacency = problem.adjacency.filter((e) => !(e.a % 4 === 1 && e.b === e.a + 1));
    const result = solve(problem);
    expect(groups(result.assignment)).toEqual([[0, 1, 4, 5], [2, 3, 6, 7]]);
    expect(result.feasible).toBe(true);
  });

  test('stops at the time limit of an injected clock and reports its elapsed time', () => {
    let ms = 0;
    const clockMs = () => (ms += 1000);
    const outcome = solveDistricting(buildGridProblem(8, 8, 4), { timeLimitS: 5, clockMs, maxNoImprove: 1e9, maxIterations: 1e9 });
    expect(outcome.ok && outcome.result.stoppedBy).toBe('time');
    expect(outcome.ok && outcome.result.elapsedS).toBeGreaterThanOrEqual(5);
  });
});
