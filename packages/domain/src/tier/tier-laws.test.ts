import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { assignDistributorTier } from './assign-tier';
import { creditRatings, defaultTierConfig, isCreditAtLeast } from './config';

const inputArb = fc.record({
  accountId: fc.constant('d'),
  creditRating: fc.option(fc.constantFrom(...creditRatings), { nil: null }),
  turnoverFen: fc.option(fc.integer({ min: 0, max: 20_000_000_000 }), { nil: null }),
  share: fc.option(
    fc.record({
      percent: fc.oneof(fc.double({ min: -10, max: 120, noNaN: true }), fc.constantFrom(20, 60, 60.1, 19.9)),
      source: fc.constantFrom('sales_ratio' as const, 'visit_estimate' as const),
      measuredOn: fc.constantFrom('2023-01-01', '2025-01-01', '2025-06-30'),
    }),
    { nil: null },
  ),
});

describe('tier laws', () => {
  test.prop([inputArb])('a tier comes with no reasons and needs_review with at least one', (input) => {
    const r = assignDistributorTier(input, '2025-06-30', defaultTierConfig);
    if (!r.ok) throw new Error(r.code);
    expect(r.value.tier === 'needs_review').toBe(r.value.reasons.length > 0);
    expect(r.value.explanation['zh-CN'].length > 0 && r.value.explanation.en.length > 0).toBe(true);
  });

  test.prop([inputArb])('A only ever goes to a large distributor with good credit and more than 60 % our share', (input) => {
    const r = assignDistributorTier(input, '2025-06-30', defaultTierConfig);
    if (!r.ok || r.value.tier !== 'A') return;
    expect(isCreditAtLeast(input.creditRating!, 'A')).toBe(true);
    expect(input.turnoverFen!).toBeGreaterThanOrEqual(defaultTierConfig.largeTurnoverMinFen);
    expect(r.value.facts.sharePercent!).toBeGreaterThan(60);
  });
});
