import { describe, expect, it } from 'vitest';
import { buildPointsProblem } from './routing/test-builders';
import { validateProblem } from './validate';

describe('validateProblem', () => {
  it('accepts a well-formed problem', () => {
    expect(validateProblem(buildPointsProblem([[0, 0], [1, 1], [2, 2]]))).toEqual({ ok: true });
  });

  it('names the customer and window whose start is after its end', () => {
    const p = buildPointsProblem([[0, 0], [1, 1], [2, 2]]);
    p.customers[1]!.timeWindows = [{ startS: 10, endS: 20 }, { startS: 50, endS: 40 }];
    expect(validateProblem(p)).toEqual({ ok: false, field: 'customers[1].timeWindows[1]', message: 'start after end' });
  });

  it('rejects matrices of the wrong size and negative entries', () => {
    const p = buildPointsProblem([[0, 0], [1, 1]]);
    expect(validateProblem({ ...p, distanceM: [0, 1, 1] })).toMatchObject({ ok: false, field: 'distanceM' });
    expect(validateProblem({ ...p, durationS: [0, -1, 1, 0] })).toMatchObject({ ok: false, field: 'durationS[1]' });
  });

  it('rejects locations outside the matrix and periodic customers without a frequency', () => {
    const p = buildPointsProblem([[0, 0], [1, 1]]);
    p.vehicles[0]!.endLocation = 7;
    expect(validateProblem(p)).toMatchObject({ ok: false, field: 'vehicles[0].endLocation' });
    const q = buildPointsProblem([[0, 0], [1, 1]]);
    q.periodic = { horizonDays: 2, workingDays: [true, true], firstWeekday: 0 };
    expect(validateProblem(q)).toMatchObject({ ok: false, field: 'customers[0].frequency' });
    q.customers[0]!.frequency = { patterns: [[0, 2]] };
    expect(validateProblem(q)).toMatchObject({ ok: false, field: 'customers[0].frequency.patterns[0][1]' });
  });
});
