import { describe, expect, it } from 'vitest';
import { chooseLastMonth, fillMonths } from './sales-months';

describe('fillMonths', () => {
  it('returns 24 consecutive months ending with the last month, zero where nothing was sold', () => {
    const bars = fillMonths([{ month: '2025-03', amountFen: 500, grossProfitFen: 100, quantity: 1 }], '2025-06');
    expect(bars).toHaveLength(24);
    expect(bars[0]!.month).toBe('2023-07');
    expect(bars[23]!.month).toBe('2025-06');
    expect(bars.find((b) => b.month === '2025-03')!.amountFen).toBe(500);
    expect(bars.filter((b) => b.amountFen === 0)).toHaveLength(23);
  });

  it('crosses year boundaries without gaps or repeats', () => {
    const months = fillMonths([], '2025-01', 3).map((b) => b.month);
    expect(months).toEqual(['2024-11', '2024-12', '2025-01']);
  });

  it('ignores sales older than the window', () => {
    const bars = fillMonths([{ month: '2020-01', amountFen: 9, grossProfitFen: 0, quantity: 1 }], '2025-06');
    expect(bars.every((b) => b.amountFen === 0)).toBe(true);
  });
});

describe('chooseLastMonth', () => {
  it('ends with the month before today when this month has no sales yet', () => {
    expect(chooseLastMonth([], new Date(2025, 0, 15))).toBe('2024-12');
  });

  it('ends with this month when it already has sales', () => {
    expect(chooseLastMonth([{ month: '2025-01', amountFen: 1, grossProfitFen: 0, quantity: 1 }], new Date(2025, 0, 15))).toBe('2025-01');
  });
});
