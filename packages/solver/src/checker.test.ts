import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { allowedPatterns, checkSolution } from './checker';
import { buildPointsProblem, buildRandomProblem } from './routing/test-builders';

describe('checkSolution', () => {
  it('schedules a stop with waiting and leaves as late as the windows allow', () => {
    const p = buildPointsProblem([[0, 0], [10, 0], [20, 0]]);
    p.customers[0]!.timeWindows = [{ startS: 50, endS: 60 }];
    p.customers[0]!.serviceS = 5;
    p.customers[1]!.timeWindows = [{ startS: 0, endS: 100 }, { startS: 200, endS: 300 }];
    const r = checkSolution(p, [{ day: 0, vehicle: 0, customers: [0, 1] }]);
    expect(r.feasible).toBe(true);
    expect(r.distanceM).toBeCloseTo(40);
    expect(r.routes[0]!.departureS).toBeCloseTo(50);
    expect(r.routes[0]!.stops.map((s) => s.startS)).toEqual([60, 75]);
    expect(r.waitingS).toBeCloseTo(0);
  });

  it('reports late arrival, capacity and a missing customer by name', () => {
    const p = buildPointsProblem([[0, 0], [10, 0], [20, 0]]);
    p.customers[0]!.timeWindows = [{ startS: 0, endS: 5 }];
    p.customers[0]!.demand = 3;
    p.vehicles[0]!.capacity = 2;
    const r = checkSolution(p, [{ day: 0, vehicle: 0, customers: [0] }]);
    expect(r.feasible).toBe(false);
    expect(r.unserved).toEqual([1]);
    expect(r.violations.join('\n')).toMatch(/customer 0 reached at 10.000/);
    expect(r.violations.join('\n')).toMatch(/load 3 exceeds capacity 2/);
  });

  it('enumerates visit patterns from a gap rule', () => {
    const p = buildPointsProblem([[0, 0], [1, 0]]);
    p.periodic = { horizonDays: 5, workingDays: [true, true, true, true, true], firstWeekday: 0 };
    p.customers[0]!.frequency = { visits: 2, minGapDays: 2, maxGapDays: 3 };
    expect(allowedPatterns(p, 0)).toEqual([[0, 2], [0, 3], [1, 3], [1, 4], [2, 4]]);
  });

  test.prop([fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 2, max: 12 })], { numRuns: 50 })(
    "a route's cost is the sum of its legs",
    (seed, k) => {
      const p = buildRandomProblem(seed, { customers: k, vehicles: 1 });
      const order = Array.from({ length: k }, (_, i) => i).sort((a, b) => ((a * seed) % 7) - ((b * seed) % 7));
      const r = checkSolution(p, [{ day: 0, vehicle: 0, customers: order }]);
      const locs = [0, ...order.map((c) => c + 1), 0];
      let sum = 0;
      for (let i = 0; i + 1 < locs.length; i++) sum += p.distanceM[locs[i]! * p.locationCount + locs[i + 1]!]!;
      expect(r.distanceM).toBeCloseTo(sum, 9);
      expect(r.objective).toBeCloseTo(sum, 9);
    },
  );
});
