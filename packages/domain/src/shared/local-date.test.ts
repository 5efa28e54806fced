import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { addDays, addMonths, daysBetween, isLocalDate, lastDayOf, shiftYears, toDayNumber, fromDayNumber } from './local-date';

describe('local dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2024-13-01')).toBe(false);
    expect(isLocalDate('2024-1-01')).toBe(false);
    expect(isLocalDate(20240101)).toBe(false);
  });

  it('throws on a malformed date because that is a caller bug', () => {
    expect(() => toDayNumber('yesterday')).toThrow();
  });

  it('counts days across month and year ends', () => {
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('moves months across year ends', () => {
    expect(addMonths('2024-01', -1)).toBe('2023-12');
    expect(addMonths('2023-12', 1)).toBe('2024-01');
    expect(addMonths('2024-05', -17)).toBe('2022-12');
  });

  it('maps 29 February to 28 February in a non-leap year', () => {
    expect(shiftYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(lastDayOf('2023-02')).toBe('2023-02-28');
  });

  test.prop([fc.integer({ min: -20_000, max: 60_000 }), fc.integer({ min: -5_000, max: 5_000 })])(
    'adding days and measuring the gap agree',
    (day, delta) => {
      const date = fromDayNumber(day);
      expect(daysBetween(date, addDays(date, delta))).toBe(delta);
    },
  );
});
