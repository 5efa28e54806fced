import { describe, expect, it } from 'vitest';
import { defaultValueClassConfig } from './config';
import { diffClassRuns } from './diff';
import { summariseClassRun } from './summary';
import { getTrailingYearWindow, sumTrailingYearValueFen } from './trailing-value';
import { validateClassOverride } from './override';

describe('summariseClassRun', () => {
  it('gives count, account share, value share and visit interval per kind and class', () => {
    const rows = summariseClassRun(
      [
        { kind: 'distributor', valueClass: 'A', valueFen: 800 },
        { kind: 'distributor', valueClass: 'B', valueFen: 150 },
        { kind: 'distributor', valueClass: 'C', valueFen: 50 },
        { kind: 'distributor', valueClass: 'C', valueFen: -10 },
      ],
      defaultValueClassConfig,
    );
    expect(rows.filter((r) => r.kind === 'distributor')).toEqual([
      { kind: 'distributor', valueClass: 'A', count: 1, accountSharePercent: 25, valueFen: 800, valueSharePercent: 80, visitIntervalDays: 14 },
      { kind: 'distributor', valueClass: 'B', count: 1, accountSharePercent: 25, valueFen: 150, valueSharePercent: 15, visitIntervalDays: 30 },
      { kind: 'distributor', valueClass: 'C', count: 2, accountSharePercent: 50, valueFen: 50, valueSharePercent: 5, visitIntervalDays: 60 },
    ]);
    expect(rows.filter((r) => r.kind === 'all').map((r) => r.count)).toEqual([1, 1, 2]);
  });
});

describe('diffClassRuns', () => {
  it('lists the accounts that moved and counts each move', () => {
    const d = diffClassRuns(
      [{ accountId: 'a', valueClass: 'A' }, { accountId: 'b', valueClass: 'B' }, { accountId: 'c', valueClass: 'C' }, { accountId: 'gone', valueClass: 'C' }],
      [{ accountId: 'c', valueClass: 'C' }, { accountId: 'b', valueClass: 'A' }, { accountId: 'a', valueClass: 'B' }, { accountId: 'new', valueClass: 'B' }],
    );
    expect(d.moved).toEqual([
      { accountId: 'a', from: 'A', to: 'B' },
      { accountId: 'b', from: 'B', to: 'A' },
      { accountId: 'gone', from: 'C', to: null },
      { accountId: 'new', from: null, to: 'B' },
    ]);
    expect(d.transitions).toEqual([
      { from: 'A', to: 'B', count: 1 },
      { from: 'B', to: 'A', count: 1 },
      { from: 'C', to: null, count: 1 },
      { from: null, to: 'B', count: 1 },
    ]);
    expect(d.unchangedCount).toBe(1);
  });
});

describe('trailing-12-month value', () => {
  it('spans from the day after the same date last year through the reference date', () => {
    expect(getTrailingYearWindow('2025-03-15')).toEqual({ fromDate: '2024-03-16', toDate: '2025-03-15' });
    expect(getTrailingYearWindow('2024-02-29')).toEqual({ fromDate: '2023-03-01', toDate: '2024-02-29' });
  });

  it('sums sales or gross profit inside the window only', () => {
    const lines = [
      { date: '2024-03-15', amountFen: 1_000, grossProfitFen: 100 },
      { date: '2024-03-16', amountFen: 2_000, grossProfitFen: 200 },
      { date: '2025-03-15', amountFen: 4_000, grossProfitFen: -50 },
      { date: '2025-03-16', amountFen: 8_000, grossProfitFen: 800 },
    ];
    expect(sumTrailingYearValueFen(lines, '2025-03-15', 'sales')).toBe(6_000);
    expect(sumTrailingYearValueFen(lines, '2025-03-15', 'gross_profit')).toBe(150);
  });
});

describe('validateClassOverride', () => {
  const base = { accountId: 'a', valueClass: 'A' as const, reason: ' 战略客户 ', expiresOn: '2025-12-31' };
  it('accepts a reasoned override that lapses within the limit and trims the reason', () => {
    expect(validateClassOverride(base, '2025-06-30', 366)).toEqual({ ok: true, value: { ...base, reason: '战略客户' } });
  });
  it('refuses a blank reason', () => {
    expect(validateClassOverride({ ...base, reason: ' ' }, '2025-06-30', 366)).toMatchObject({ code: 'VALUE_CLASS.OVERRIDE_REASON_REQUIRED' });
  });
  it('refuses an expiry today, in the past, or beyond the limit', () => {
    for (const expiresOn of ['2025-06-30', '2025-01-01', '2026-07-02', 'soon']) {
      expect(validateClassOverride({ ...base, expiresOn }, '2025-06-30', 366)).toMatchObject({ code: 'VALUE_CLASS.OVERRIDE_EXPIRY_INVALID', params: { maxDays: 366 } });
    }
  });
});
