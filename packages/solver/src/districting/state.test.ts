import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { growDistricts } from './construct';
import { createRng } from './rng';
import { DistrictState, prepareDistrictingData } from './state';
import { buildGridProblem } from './test-builders';

describe('incremental move evaluation', () => {
  test.prop([
    fc.integer({ min: 2, max: 6 }),
    fc.integer({ min: 2, max: 6 }),
    fc.integer({ min: 2, max: 4 }),
    fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 72, maxLength: 72 }),
    fc.integer({ min: 1, max: 10_000 }),
  ], { numRuns: 80 })('a move evaluated as improving really lowers violation or compactness by the evaluated amount', (w, h, k, weights, seed) => {
    const problem = buildGridProblem(w, h, Math.min(k, w * h), (i) => [weights[i]!, weights[i + 36]!]);
    const data = prepareDistrictingData(problem);
    const rng = createRng(seed);
    const state = new DistrictState(data, growDistricts(data, rng));
    for (let step = 0; step < 40; step++) {
      const u = Math.floor(rng() * data.n);
      const to = Math.floor(rng() * data.k);
      if (to === state.assign[u] || !state.canMove(u, to)) continue;
      const before = { v: state.violation(), c: state.compactness() };
      state.evaluate(u, to);
      const { dv, dc } = state;
      state.move(u, to);
      expect(state.violation() - before.v).toBeCloseTo(dv, 9);
      expect(state.compactness() - before.c).toBeCloseTo(dc, 9);
      // Aggregates after incremental moves equal a fresh recomputation.
      const fresh = new DistrictState(data, state.assign);
      expect(fresh.compactness()).toBeCloseTo(state.compactness(), 9);
      expect(fresh.violation()).toBeCloseTo(state.violation(), 9);
    }
  });
});
