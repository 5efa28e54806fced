import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { computeBriefSalesFigures } from './brief-sales';
import { getVisitDue, getVisitsPerMonth } from './visit-frequency';

describe('computeBriefSalesFigures (R3.1 question 3)', () => {
  const sales = [
    { date: '2024-06-05', amountFen: 100 },
    { date: '2024-06-20', amountFen: 1_000 },
    { date: '2025-05-01', amountFen: 20 },
    { date: '2025-05-31', amountFen: 30 },
    { date: '2025-06-01', amountFen: 40 },
    { date: '2025-06-15', amountFen: 80 },
    { date: '2025-06-16', amountFen: 5_000 },
    { date: '2025-06-10', amountFen: -10 },
  ];

  it('gives this month to date, last month, the same period last year, target and achievement', () => {
    expect(computeBriefSalesFigures(sales, [{ month: '2025-06', amountFen: 400 }, { month: '2025-05', amountFen: 1 }], '2025-06-15')).toEqual({
      referenceDate: '2025-06-15',
      thisMonthToDateFen: 110,
      lastMonthFen: 50,
      lastYearSameMonthToDateFen: 100,
      lastYearSameMonthFen: 1_100,
      thisMonthTargetFen: 400,
      achievementPercent: 27.5,
      monthElapsedPercent: 50,
      yearOnYearChangePercent: 10,
    });
  });

  it('leaves target, achievement and change empty when there is nothing to compare with', () => {
    const f = computeBriefSalesFigures([{ date: '2025-06-01', amountFen: 10 }], [{ month: '2025-06', amountFen: 0 }], '2025-06-01');
    expect(f).toMatchObject({ thisMonthTargetFen: 0, achievementPercent: null, yearOnYearChangePercent: null });
    expect(computeBriefSalesFigures([], [], '2025-06-01').thisMonthTargetFen).toBeNull();
  });

  it('compares 29 February with 28 February a year earlier and January with last December', () => {
    const f = computeBriefSalesFigures([{ date: '2023-02-28', amountFen: 7 }, { date: '2023-12-31', amountFen: 9 }], [], '2024-02-29');
    expect(f.lastYearSameMonthToDateFen).toBe(7);
    expect(computeBriefSalesFigures([{ date: '2023-12-31', amountFen: 9 }], [], '2024-01-10').lastMonthFen).toBe(9);
  });

  test.prop([fc.array(fc.record({ day: fc.integer({ min: 1, max: 30 }), amountFen: fc.integer({ min: -1e6, max: 1e9 }) }))])(
    'this month to date on the last day equals the sum of the month',
    (points) => {
      const sales = points.map((p) => ({ date: `2025-06-${String(p.day).padStart(2, '0')}`, amountFen: p.amountFen }));
      expect(computeBriefSalesFigures(sales, [], '2025-06-30').thisMonthToDateFen).toBe(points.reduce((s, p) => s + p.amountFen, 0));
    },
  );
});

describe('getVisitDue (fixed frequency)', () => {
  it('is due the interval after the last effective visit', () => {
    expect(getVisitDue('2025-06-01', 14, '2025-06-10')).toEqual({ status: 'not_due', dueOn: '2025-06-15', daysUntilDue: 5, overdueDays: 0 });
    expect(getVisitDue('2025-06-01', 14, '2025-06-15')).toEqual({ status: 'due_today', dueOn: '2025-06-15', daysUntilDue: 0, overdueDays: 0 });
    expect(getVisitDue('2025-06-01', 14, '2025-06-25')).toEqual({ status: 'overdue', dueOn: '2025-06-15', daysUntilDue: null, overdueDays: 10 });
  });

  it('treats a never-visited account as due now', () => {
    expect(getVisitDue(null, 30, '2025-06-25')).toEqual({ status: 'never_visited', dueOn: null, daysUntilDue: null, overdueDays: 0 });
  });

  it('throws on a non-positive interval, a configuration bug', () => {
    expect(() => getVisitDue('2025-06-01', 0, '2025-06-02')).toThrow();
  });

  it('converts an interval to visits per month', () => {
    expect(getVisitsPerMonth(14)).toBeCloseTo(2.17, 2);
    expect(getVisitsPerMonth(60)).toBeCloseTo(0.51, 2);
  });
});
