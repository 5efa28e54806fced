import { describe, expect, it } from 'vitest';
import { lastMonths } from './repo';

describe('lastMonths', () => {
  it('ends with the current month in the company time zone, oldest first, across years', () => {
    // 2026-01-31 17:00 UTC is already February 1st in Shanghai.
    const months = lastMonths(new Date('2026-01-31T17:00:00Z'), 'Asia/Shanghai', 3);
    expect(months).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(lastMonths(new Date('2026-01-31T17:00:00Z'), 'UTC', 1)).toEqual(['2026-01']);
    expect(lastMonths(new Date('2026-06-15T00:00:00Z'), 'Asia/Shanghai', 24)).toHaveLength(24);
  });
});
