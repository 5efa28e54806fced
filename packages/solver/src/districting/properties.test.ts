import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { checkDistricting } from './check';
import { solveDistricting } from './solve';
import { buildGridProblem } from './test-builders';
import type { DistrictingProblem, DistrictingResult } from './types';

/** Random grid instances: size, k, weights, at most one lock per district, optional start with a limit. */
const instances = fc
  .record({
    width: fc.integer({ min: 2, max: 7 }),
    height: fc.integer({ min: 1, max: 6 }),
    kWanted: fc.integer({ min: 1, max: 6 }),
    weights: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 42, maxLength: 42 }),
    lockPicks: fc.array(fc.nat(), { maxLength: 3 }),
    start: fc.option(fc.record({ picks: fc.array(fc.nat(), { minLength: 42, maxLength: 42 }), maxMoved: fc.nat({ max: 8 }) })),
    seed: fc.integer({ min: 1, max: 1000 }),
  })
  .map(({ width, height, kWanted, weights, lockPicks, start, seed }): { problem: DistrictingProblem; seed: number } => {
    const n = width * height;
    const k = Math.min(kWanted, n);
    const problem = buildGridProblem(width, height, k, (i) => [weights[i]!]);
    const lockedUnits = [...new Set(lockPicks.map((p) => p % n))].slice(0, k);
    problem.locked = lockedUnits.map((unit, d) => ({ unit, district: d }));
    if (start) {
      // Contiguous start: vertical stripes of columns, so re-alignment begins from a valid design.
      const assignment = Array.from({ length: n }, (_, i) => Math.min(k - 1, Math.floor(((i % width) * k) / width)));
      const forced = problem.locked.filter((l) => assignment[l.unit] !== l.district).length;
      // Budget for the locks plus one unit per district a lock may empty, plus the drawn slack.
      problem.start = { assignment, maxMoved: forced + k + start.maxMoved };
    }
    return { problem, seed };
  });

const run = (problem: DistrictingProblem, seed: number): DistrictingResult => {
  const outcome = solveDistricting(problem, { seed, timeLimitS: 60, maxIterations: 15, maxNoImprove: 10 });
  if (!outcome.ok) throw new Error(`${outcome.error.field}: ${outcome.error.message}`);
  return outcome.result;
};

describe('districting laws', () => {
  test.prop([instances], { numRuns: 60 })('a partition covers every unit exactly once with a valid district', ({ problem, seed }) => {
    const result = run(problem, seed);
    expect(result.assignment).toHaveLength(problem.units.length);
    for (const d of result.assignment) expect(Number.isInteger(d) && d >= 0 && d < problem.k).toBe(true);
    const counted = result.districts.reduce((s, d) => s + d.unitCount, 0);
    expect(counted).toBe(problem.units.length);
  });

  test.prop([instances], { numRuns: 60 })('locked units stay and no more units move than allowed', ({ problem, seed }) => {
    const result = run(problem, seed);
    for (const l of problem.locked ?? []) expect(result.assignment[l.unit]).toBe(l.district);
    if (problem.start) {
      const moved = result.assignment.filter((d, i) => d !== problem.start!.assignment[i]).length;
      expect(moved).toBe(result.unitsMoved);
      expect(moved).toBeLessThanOrEqual(problem.start.maxMoved);
    }
  });

  test.prop([instances], { numRuns: 60 })('the independent checker agrees with the result', ({ problem, seed }) => {
    const result = run(problem, seed);
    const check = checkDistricting(problem, result.assignment);
    // A start design with locks and a tight move limit can make contiguity unreachable; without one it is guaranteed.
    if (!problem.start) expect(check.districts.every((d) => d.parts === 1)).toBe(true);
    expect(result.districts.map((d) => d.contiguous)).toEqual(check.districts.map((d) => d.parts === 1));
    expect(result.districts.map((d) => d.totals)).toEqual(check.districts.map((d) => d.totals));
    expect(check.feasible).toBe(result.feasible);
    expect(check.maxDeviationPct).toBeCloseTo(result.maxDeviationPct, 9);
  });

  test.prop([instances], { numRuns: 30 })('the same seed gives the same result', ({ problem, seed }) => {
    const a = run(problem, seed);
    const b = run(problem, seed);
    expect(b.assignment).toEqual(a.assignment);
    expect(b.iterations).toBe(a.iterations);
  });
});
