import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkSolution } from './checker';
import { parseSolomon } from './formats/solomon';
import { benchDataDir } from './formats/test-data';
import type { RoutingProblem } from './model';
import { validateProblem } from './validate';
import { solvePvrp } from './routing/pvrp';
import { buildPointsProblem, buildRandomProblem } from './routing/test-builders';
import { solveVrptw } from './routing/vrptw';
import { ProblemValidationError, solve } from './solve';

describe('solve', () => {
  it('finds the optimal tour of 20 points on a circle (the polygon perimeter)', () => {
    const pts: [number, number][] = [[0, 0]];
    for (let i = 0; i < 20; i++) pts.push([100 * Math.cos((2 * Math.PI * i) / 20), 100 * Math.sin((2 * Math.PI * i) / 20)]);
    // The depot is the centre: best tour = depot → arc of 20 points → depot, i.e. 2r + 19 chords.
    const chord = 2 * 100 * Math.sin(Math.PI / 20);
    const s = solve(buildPointsProblem(pts), { seed: 3, timeLimitMs: 300 });
    expect(s.feasible).toBe(true);
    expect(s.cost.distanceM).toBeCloseTo(200 + 19 * chord, 6);
  });

  it('solves an open path (start ≠ end) beyond the exact size to its optimum', () => {
    // 15 stops on a line between start (0) and end (100), given in shuffled order.
    const xs = [0, 100, ...[7, 93, 21, 50, 14, 64, 35, 86, 42, 57, 28, 79, 71]];
    const p = buildPointsProblem(xs.map((x) => [x, 0] as [number, number]));
    p.vehicles[0]!.endLocation = 1;
    p.customers = p.customers.filter((c) => c.location !== 1);
    const s = solve(p, { seed: 2, timeLimitMs: 300 });
    expect(s.feasible).toBe(true);
    expect(s.cost.distanceM).toBeCloseTo(100, 9);
  });

  it('opens a second route when capacity forces it (hand-computed optimum)', () => {
    const p = buildPointsProblem([[0, 0], [10, 0], [11, 0], [-10, 0], [-11, 0]], 2);
    for (const c of p.customers) { c.demand = 1; }
    for (const v of p.vehicles) v.capacity = 2;
    const s = solve(p, { seed: 1, maxIterations: 200 });
    expect(s.feasible).toBe(true);
    expect(s.cost.distanceM).toBeCloseTo(44, 9);
    expect(s.routes.filter((r) => r.customers.length > 0)).toHaveLength(2);
  });

  it('returns an impossible customer as unassigned with a reason instead of throwing', () => {
    const p = buildPointsProblem([[0, 0], [10, 0], [500, 0]], 2);
    p.vehicles.forEach((v) => { v.shift = { startS: 0, endS: 100 }; });
    const s = solve(p, { seed: 1, maxIterations: 50 });
    expect(s.unassigned).toEqual([{ customer: 1, reason: 'NO_FEASIBLE_POSITION' }]);
    expect(s.feasible).toBe(false);
    expect(s.routes.flatMap((r) => r.customers)).toEqual([0]);
  });

  it('throws a validation error naming the field on malformed input', () => {
    const p = buildPointsProblem([[0, 0], [1, 0]]);
    p.customers[0]!.serviceS = -1;
    expect(() => solve(p)).toThrow(ProblemValidationError);
    expect(() => solve(p)).toThrow('customers[0].serviceS');
  });

  it('stops at once when the signal is already aborted and still returns a plan', () => {
    const p = buildRandomProblem(5, { customers: 40, vehicles: 6, capacity: 50, windowWidth: 300 });
    const s = solve(p, { seed: 1, timeLimitMs: 60_000, signal: { aborted: true } });
    expect(checkSolution(p, s.routes).violations).toEqual([]);
  });

  it('returns an empty plan at once when there is nothing to visit', () => {
    const p = buildRandomProblem(1, { customers: 0, vehicles: 3 });
    const started = performance.now();
    const s = solve(p, { seed: 1, timeLimitMs: 10_000 });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(s).toMatchObject({ feasible: true, unassigned: [], routes: [] });
  });

  it('gives the same result for the same seed', () => {
    const p = buildRandomProblem(11, { customers: 40, vehicles: 8, capacity: 40, windowWidth: 250 });
    const a = solveVrptw(p, { seed: 7, maxIterations: 400, timeLimitMs: 60_000 });
    const b = solveVrptw(p, { seed: 7, maxIterations: 400, timeLimitMs: 60_000 });
    expect(b.routes).toEqual(a.routes);
    expect(b.cost).toEqual(a.cost);
  });

  it('solves Solomon C101 with 25 customers to its known optimum (191.81 in double precision)', () => {
    const { problem } = parseSolomon(readFileSync(join(benchDataDir(), 'solomon', 'C101.txt'), 'utf8'), 25);
    const s = solve(problem, { seed: 1, maxIterations: 3000, timeLimitMs: 60_000 });
    expect(s.feasible).toBe(true);
    expect(s.cost.distanceM).toBeCloseTo(191.8136, 3);
  });
});

describe('solvePvrp', () => {
  const periodic = (): RoutingProblem => {
    // Two days; A must be visited both days, B and C once each, one vehicle of capacity 2.
    const p = buildPointsProblem([[0, 0], [10, 0], [0, 10], [0, -10]]);
    p.periodic = { horizonDays: 2, workingDays: [true, true], firstWeekday: 0 };
    p.customers[0]!.frequency = { patterns: [[0, 1]] };
    p.customers[1]!.frequency = { patterns: [[0], [1]] };
    p.customers[2]!.frequency = { patterns: [[0], [1]] };
    p.customers.forEach((c) => { c.demand = 1; });
    p.vehicles[0]!.capacity = 2;
    return p;
  };

  it('splits once-a-period customers over the days (hand-computed optimum)', () => {
    const s = solvePvrp(periodic(), { seed: 1, maxIterations: 300 });
    expect(s.feasible).toBe(true);
    // Each day: depot → A (10) → B or C (√200) → depot (10).
    expect(s.cost.distanceM).toBeCloseTo(2 * (20 + Math.sqrt(200)), 9);
    expect(s.visitDays![1]!.length + s.visitDays![2]!.length).toBe(2);
    expect(s.visitDays![1]).not.toEqual(s.visitDays![2]);
  });

  it('respects the working-day calendar and preferred weekdays', () => {
    const p = periodic();
    p.periodic = { horizonDays: 3, workingDays: [true, false, true], firstWeekday: 0, offWeekdayPenalty: 1000 };
    p.customers[0]!.frequency = { patterns: [[0, 2]] };
    p.customers[1]!.frequency = { patterns: [[0], [1], [2]] };
    p.customers[1]!.preferredWeekday = 2;
    p.customers[2]!.frequency = { patterns: [[0], [1], [2]] };
    const s = solvePvrp(p, { seed: 1, maxIterations: 300 });
    expect(s.feasible).toBe(true);
    expect(s.visitDays![1]).toEqual([2]);
    expect(s.visitDays![2]).toEqual([0]);
    expect(s.routes.every((r) => r.day !== 1)).toBe(true);
  });

  it('starts and ends each day where dayDepots says (overnight trip: home → hotel → home)', () => {
    // Home at 0, a far town at x = 100 with a hotel (location 1) and two customers next to it.
    const p = buildPointsProblem([[0, 0], [100, 0], [101, 0], [100, 1]]);
    p.customers = p.customers.slice(1);
    p.periodic = {
      horizonDays: 2, workingDays: [true, true], firstWeekday: 0,
      dayDepots: [{ startLocation: 0, endLocation: 1 }, { startLocation: 1, endLocation: 0 }],
    };
    p.customers[0]!.frequency = { patterns: [[0]] };
    p.customers[1]!.frequency = { patterns: [[1]] };
    const s = solvePvrp(p, { seed: 1, maxIterations: 100 });
    expect(s.feasible).toBe(true);
    // Day 0: 0 → (101,0) → hotel (100,0) = 101 + 1; day 1: hotel → (100,1) → home = 1 + √10001.
    expect(s.cost.distanceM).toBeCloseTo(101 + 1 + 1 + Math.sqrt(10001), 9);
    expect(validateProblem({ ...p, periodic: { ...p.periodic!, dayDepots: [null] } })).toMatchObject({ ok: false, field: 'periodic.dayDepots' });
  });

  it('gives the same result for the same seed', () => {
    const p = buildRandomProblem(3, { customers: 30, vehicles: 3, capacity: 60 });
    p.periodic = { horizonDays: 4, workingDays: [true, true, true, true], firstWeekday: 0 };
    p.customers.forEach((c, i) => { c.frequency = i % 2 ? { visits: 2, minGapDays: 2, maxGapDays: 3 } : { patterns: [[0], [1], [2], [3]] }; });
    const a = solvePvrp(p, { seed: 9, maxIterations: 300, timeLimitMs: 60_000 });
    const b = solvePvrp(p, { seed: 9, maxIterations: 300, timeLimitMs: 60_000 });
    expect(a.feasible).toBe(true);
    expect(b.routes).toEqual(a.routes);
  });
});

test.prop([fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 1e6 })], { numRuns: 15 })(
  'the same seed gives the same plan (VRPTW and single route)',
  (seed, instance) => {
    const p = buildRandomProblem(instance, { customers: 20, vehicles: 4, capacity: 40, windowWidth: 300 });
    const one = { ...p, vehicles: [p.vehicles[0]!], customers: p.customers.map((c) => ({ ...c, timeWindows: undefined })) };
    for (const problem of [p, one]) {
      const a = solve(problem, { seed, maxIterations: 60, timeLimitMs: 60_000 });
      const b = solve(problem, { seed, maxIterations: 60, timeLimitMs: 60_000 });
      expect(b.routes).toEqual(a.routes);
    }
  },
);
