import { describe, expect, test } from 'vitest';
import { checkDistricting } from './check';
import { buildGridProblem } from './test-builders';

// 2×2 grid: 0 1 / 2 3.
describe('checkDistricting', () => {
  test('accepts two balanced, connected columns', () => {
    const check = checkDistricting(buildGridProblem(2, 2, 2), [0, 1, 0, 1]);
    expect(check).toMatchObject({ feasible: true, maxDeviationPct: 0, violations: [] });
    expect(check.districts.map((d) => d.parts)).toEqual([1, 1]);
  });

  test('finds a district split into diagonal corners', () => {
    const check = checkDistricting(buildGridProblem(2, 2, 2), [0, 1, 1, 0]);
    expect(check.feasible).toBe(false);
    expect(check.violations).toContain('district 0 is split into 2 parts');
  });

  test('finds imbalance, an empty district, a broken lock and too many moves', () => {
    const problem = {
      ...buildGridProblem(2, 2, 2),
      locked: [{ unit: 3, district: 1 }],
      start: { assignment: [0, 1, 0, 1], maxMoved: 1 },
    };
    const check = checkDistricting(problem, [0, 0, 0, 0]);
    expect(check.maxDeviationPct).toBe(100);
    expect(check.unitsMoved).toBe(2);
    expect(check.violations).toEqual([
      'district 0 measure 0 deviates 100.000 %',
      'district 1 is empty',
      'district 1 measure 0 deviates -100.000 %',
      'locked unit 3 is not in district 1',
      '2 units moved, limit 1',
    ]);
  });

  test('refuses assignments of the wrong length or with districts out of range', () => {
    const check = checkDistricting(buildGridProblem(2, 2, 2), [0, 1, 5]);
    expect(check.feasible).toBe(false);
    expect(check.violations).toContain('assignment has 3 entries for 4 units');
    expect(check.violations).toContain('unit 2 has no valid district (5)');
  });
});
