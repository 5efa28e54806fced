import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSolution } from '../checker';
import { benchDataDir } from './test-data';
import { decodeCordeauPattern, parseCordeau, parseCordeauSolution } from './cordeau';

const dir = join(benchDataDir(), 'pvrp');
const names = readdirSync(join(dir, 'solutions')).filter((f) => f.endsWith('.res')).map((f) => f.slice(0, -4)).sort();

describe('Cordeau PVRP format', () => {
  it('decodes patterns with day 1 as the leftmost bit', () => {
    expect(decodeCordeauPattern(10, 5)).toEqual([1, 3]);
    expect(decodeCordeauPattern(2, 2)).toEqual([0]);
  });

  it('has all 42 published solutions', () => {
    expect(names).toHaveLength(42);
  });

  it.each(names)('the checker reproduces the cost of Cordeau 1997 solution %s to 0.01 and finds it feasible', (name) => {
    const { problem } = parseCordeau(readFileSync(join(dir, `${name}.txt`), 'utf8'), name);
    const { statedCost, routes } = parseCordeauSolution(readFileSync(join(dir, 'solutions', `${name}.res`), 'utf8'));
    if (name === 'p01') {
      // Customer 51 sits on the depot with a full load: served by the third day-1 vehicle at zero distance.
      routes.push({ day: 0, vehicle: 2, customers: [50] });
    }
    const r = checkSolution(problem, routes);
    expect(Math.abs(r.distanceM - statedCost)).toBeLessThanOrEqual(0.01);
    expect(r.violations).toEqual([]);
    expect(r.feasible).toBe(true);
  });
});
