import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkDistricting } from './check';
import { growDistricts } from './construct';
import { recombine } from './recombine';
import { repairContiguity } from './repair';
import { createRng } from './rng';
import { DistrictState, prepareDistrictingData } from './state';
import { buildGridProblem } from './test-builders';

describe('recombination of neighbouring districts', () => {
  test.prop([
    fc.integer({ min: 2, max: 7 }),
    fc.integer({ min: 2, max: 6 }),
    fc.integer({ min: 2, max: 5 }),
    fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 42, maxLength: 42 }),
    fc.integer({ min: 1, max: 10_000 }),
    fc.boolean(),
  ], { numRuns: 80 })('keeps every district contiguous and non-empty, locks in place, and the recombined districts within tolerance', (w, h, kWanted, weights, seed, lock) => {
    const problem = buildGridProblem(w, h, Math.min(kWanted, w * h), (i) => [weights[i]!]);
    if (lock) problem.locked = [{ unit: 0, district: 0 }, { unit: w * h - 1, district: problem.k - 1 }];
    const data = prepareDistrictingData(problem);
    const rng = createRng(seed);
    const initial = repairContiguity(data, growDistricts(data, rng));
    for (const l of problem.locked ?? []) if (initial[l.unit] !== l.district) return; // only valid starts
    const state = new DistrictState(data, initial);
    const before = Int32Array.from(state.assign);
    const parts = 2 + Math.floor(rng() * 3);
    const changed = recombine(state, rng, parts);
    const check = checkDistricting({ ...problem, tolerances: [1e9] }, Array.from(state.assign));
    expect(check.violations).toEqual([]);
    if (!changed) {
      expect(Array.from(state.assign)).toEqual(Array.from(before));
      return;
    }
    const touched = new Set<number>();
    for (let i = 0; i < data.n; i++) if (state.assign[i] !== before[i]) touched.add(state.assign[i]!).add(before[i]!);
    for (const d of touched) expect(state.districtViolation(d)).toBe(0);
  });

  it('cuts two unbalanced districts into balanced, connected halves', () => {
    const problem = buildGridProblem(4, 2, 2);
    const data = prepareDistrictingData(problem);
    const state = new DistrictState(data, [0, 1, 1, 1, 0, 1, 1, 1]);
    expect(state.violation()).toBeGreaterThan(0);
    expect(recombine(state, createRng(7), 2)).toBe(true);
    expect(state.violation()).toBe(0);
    expect(checkDistricting(problem, Array.from(state.assign)).violations).toEqual([]);
  });
});
