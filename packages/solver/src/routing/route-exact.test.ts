import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkSolution } from '../checker';
import { buildCostMatrix, buildDayData } from './day-data';
import { solveRouteExact } from './route-exact';
import { buildPointsProblem, buildRandomProblem } from './test-builders';

function permutations(xs: number[]): number[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

describe('solveRouteExact', () => {
  it('finds the perimeter tour of a square', () => {
    const p = buildPointsProblem([[0, 0], [10, 10], [0, 10], [10, 0]]);
    const d = buildDayData(p, 0, buildCostMatrix(p));
    const r = solveRouteExact(d, 0, [0, 1, 2])!;
    expect(r.cost).toBeCloseTo(40);
    expect([[1, 0, 2], [2, 0, 1]]).toContainEqual(r.order);
  });

  it('follows the time windows even when that costs distance', () => {
    // Stops on a line; windows force visiting the far stop first.
    const p = buildPointsProblem([[0, 0], [10, 0], [20, 0]]);
    p.customers[0]!.timeWindows = [{ startS: 100, endS: 120 }];
    p.customers[1]!.timeWindows = [{ startS: 0, endS: 30 }];
    const d = buildDayData(p, 0, buildCostMatrix(p));
    expect(solveRouteExact(d, 0, [0, 1])).toEqual({ order: [1, 0], cost: 40 });
  });

  it('returns null when no order is feasible', () => {
    const p = buildPointsProblem([[0, 0], [10, 0], [20, 0]]);
    p.customers[0]!.timeWindows = [{ startS: 0, endS: 5 }];
    const d = buildDayData(p, 0, buildCostMatrix(p));
    expect(solveRouteExact(d, 0, [0, 1])).toBeNull();
  });

  test.prop([fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 6 })], { numRuns: 40 })(
    'matches brute force over all orders (windows, capacity, shift)',
    (seed, k) => {
      const p = buildRandomProblem(seed, { customers: k, vehicles: 1, windowWidth: 300, capacity: 40 });
      const d = buildDayData(p, 0, buildCostMatrix(p));
      const stops = Array.from({ length: k }, (_, i) => i);
      let best = Infinity;
      for (const order of permutations(stops)) {
        const c = checkSolution(p, [{ day: 0, vehicle: 0, customers: order }]);
        if (c.feasible) best = Math.min(best, c.objective);
      }
      const r = solveRouteExact(d, 0, stops);
      if (best === Infinity) expect(r).toBeNull();
      else {
        expect(r).not.toBeNull();
        expect(r!.cost).toBeCloseTo(best, 9);
        expect(checkSolution(p, [{ day: 0, vehicle: 0, customers: r!.order }]).feasible).toBe(true);
      }
    },
  );
});
