import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { checkSolution } from '../checker';
import { Rng } from '../random';
import { buildCostMatrix, buildDayData } from './day-data';
import { buildNeighbours, DayState } from './day-state';
import { localSearch } from './local-search';
import { buildRandomProblem } from './test-builders';

const routesOf = (s: DayState) => s.routes.map((r, v) => ({ day: 0, vehicle: v, customers: r.nodes.slice() }));

test.prop([fc.integer({ min: 1, max: 1e6 }), fc.boolean()], { numRuns: 40 })(
  'a move evaluated as improving lowers the checker cost by exactly its delta and keeps the plan feasible',
  (seed, windows) => {
    const p = buildRandomProblem(seed, { customers: 25, vehicles: 5, capacity: 40, ...(windows ? { windowWidth: 250 } : {}) });
    const d = buildDayData(p, 0, buildCostMatrix(p));
    const s = new DayState(d);
    const rng = new Rng(seed);
    // A deliberately poor start: customers inserted in random order at random feasible positions.
    for (const c of rng.shuffle(Array.from({ length: d.n }, (_, i) => i))) {
      for (let tries = 0; tries < 50; tries++) {
        const ri = rng.int(s.routes.length), pos = rng.int(s.routes[ri]!.nodes.length + 1);
        if (s.routes[ri]!.insertDelta(c, pos) < Infinity) { s.insert(c, ri, pos); break; }
      }
    }
    let before = checkSolution(p, routesOf(s));
    expect(before.violations).toEqual([]);
    let moves = 0;
    localSearch(s, buildNeighbours(d, 10), rng, (m) => {
      const after = checkSolution(p, routesOf(s));
      expect(m.delta).toBeLessThan(0);
      expect(after.objective - before.objective).toBeCloseTo(m.delta, 6);
      expect(after.violations).toEqual([]);
      before = after;
      moves++;
    });
    expect(moves).toBeGreaterThanOrEqual(0);
  },
);

test.prop([fc.integer({ min: 1, max: 1e6 })], { numRuns: 40 })(
  'an insertion judged feasible is feasible for the checker and costs its delta',
  (seed) => {
    const p = buildRandomProblem(seed, { customers: 12, vehicles: 2, capacity: 30, windowWidth: 200, maxWorkS: 600 });
    const d = buildDayData(p, 0, buildCostMatrix(p));
    const s = new DayState(d);
    const rng = new Rng(seed);
    for (let c = 0; c < d.n; c++) {
      const ri = rng.int(2);
      const r = s.routes[ri]!;
      const pos = rng.int(r.nodes.length + 1);
      const delta = r.insertDelta(c, pos);
      const before = checkSolution(p, routesOf(s)).objective;
      const trial = routesOf(s);
      trial[ri]!.customers.splice(pos, 0, c);
      const check = checkSolution(p, trial);
      if (delta < Infinity) {
        expect(check.violations).toEqual([]);
        expect(check.objective - before).toBeCloseTo(delta, 6);
        s.insert(c, ri, pos);
      } else {
        expect(check.violations.length).toBeGreaterThan(0);
      }
    }
  },
);
