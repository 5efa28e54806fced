import { describe, expect, test } from 'vitest';
import { validateDistrictingProblem } from './validate';
import { buildGridProblem } from './test-builders';
import type { DistrictingProblem } from './types';

const fieldOf = (p: DistrictingProblem) => {
  const v = validateDistrictingProblem(p);
  return v.ok ? 'ok' : v.error.field;
};

describe('validateDistrictingProblem', () => {
  test('accepts a well-formed grid problem', () => {
    expect(fieldOf(buildGridProblem(3, 3, 3))).toBe('ok');
  });

  test('names k when it exceeds the number of units', () => {
    const v = validateDistrictingProblem(buildGridProblem(2, 2, 5));
    expect(v).toMatchObject({ ok: false, error: { code: 'DISTRICTING.INVALID_INPUT', field: 'k' } });
  });

  test('names the locked unit whose index is out of range', () => {
    expect(fieldOf({ ...buildGridProblem(2, 2, 2), locked: [{ unit: 0, district: 0 }, { unit: 9, district: 1 }] })).toBe('locked[1].unit');
    expect(fieldOf({ ...buildGridProblem(2, 2, 2), locked: [{ unit: 0, district: 2 }] })).toBe('locked[0].district');
  });

  test('refuses an adjacency graph with more disconnected parts than districts', () => {
    const p = buildGridProblem(4, 1, 2);
    p.adjacency = [{ a: 0, b: 1 }];
    expect(fieldOf(p)).toBe('adjacency');
    expect(fieldOf({ ...p, k: 3 })).toBe('ok');
  });

  test('names bad measures, coordinates, tolerances and edges', () => {
    const p = buildGridProblem(2, 2, 2);
    expect(fieldOf({ ...p, units: p.units.map((u, i) => (i === 2 ? { ...u, measures: [-1] } : u)) })).toBe('units[2].measures[0]');
    expect(fieldOf({ ...p, units: p.units.map((u, i) => (i === 1 ? { ...u, measures: [1, 2] } : u)) })).toBe('units[1].measures');
    expect(fieldOf({ ...p, units: p.units.map((u, i) => (i === 3 ? { ...u, xM: Number.NaN } : u)) })).toBe('units[3].xM');
    expect(fieldOf({ ...p, tolerances: [1.5] })).toBe('tolerances[0]');
    expect(fieldOf({ ...p, adjacency: [...p.adjacency, { a: 0, b: 7 }] })).toBe(`adjacency[${p.adjacency.length}].b`);
    expect(fieldOf({ ...p, units: [] })).toBe('units');
  });

  test('refuses seeds that contradict locks and starts that need more moves than allowed', () => {
    const p = buildGridProblem(2, 2, 2);
    expect(fieldOf({ ...p, locked: [{ unit: 0, district: 1 }], seeds: [0, null] })).toBe('seeds[0]');
    expect(fieldOf({ ...p, start: { assignment: [0, 0, 1], maxMoved: 1 } })).toBe('start.assignment');
    expect(fieldOf({ ...p, locked: [{ unit: 0, district: 1 }], start: { assignment: [0, 0, 1, 1], maxMoved: 0 } })).toBe('start.maxMoved');
  });
});
