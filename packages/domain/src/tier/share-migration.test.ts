import { describe, expect, it } from 'vitest';
import { summariseTierMigration } from './migration';
import { computeSharePercent, pickCurrentShare } from './share';
import { getTierPolicy } from './tier-policy';

describe('share', () => {
  it('divides our sales by the distributor turnover', () => {
    expect(computeSharePercent(32, 50)).toBe(64);
    expect(computeSharePercent(32, 0)).toBeNull();
    expect(computeSharePercent(32, null)).toBeNull();
  });

  it('takes the latest observation not after the date, preferring a sales ratio on the same day', () => {
    const series = [
      { percent: 40, source: 'visit_estimate' as const, measuredOn: '2025-03-01' },
      { percent: 45, source: 'sales_ratio' as const, measuredOn: '2025-03-01' },
      { percent: 50, source: 'visit_estimate' as const, measuredOn: '2025-07-01' },
    ];
    expect(pickCurrentShare(series, '2025-06-30')?.percent).toBe(45);
    expect(pickCurrentShare(series, '2025-01-01')).toBeNull();
  });
});

describe('tier policy', () => {
  it('gives every tier a summary and actions in both languages', () => {
    for (const tier of ['A', 'B', 'C', 'needs_review'] as const) {
      const p = getTierPolicy(tier);
      expect(p.actions.length).toBeGreaterThan(0);
      for (const text of [p.summary, ...p.actions]) expect(text['zh-CN'] && text.en).toBeTruthy();
    }
  });
});

describe('summariseTierMigration', () => {
  it('counts from → to moves between the tiers in force at the start and end of the period', () => {
    const history = [
      { accountId: 'a', label: 'B' as const, effectiveOn: '2024-12-01' },
      { accountId: 'a', label: 'A' as const, effectiveOn: '2025-03-01' },
      { accountId: 'b', label: 'B' as const, effectiveOn: '2024-11-01' },
      { accountId: 'c', label: 'B' as const, effectiveOn: '2024-10-01' },
      { accountId: 'c', label: 'A' as const, effectiveOn: '2025-08-01' },
      { accountId: 'd', label: 'needs_review' as const, effectiveOn: '2025-02-01' },
      { accountId: 'e', label: 'C' as const, effectiveOn: '2025-07-01' },
    ];
    expect(summariseTierMigration(history, '2025-01-01', '2025-06-30')).toEqual([
      { from: null, to: 'needs_review', count: 1, accountIds: ['d'] },
      { from: 'B', to: 'A', count: 1, accountIds: ['a'] },
      { from: 'B', to: 'B', count: 2, accountIds: ['b', 'c'] },
    ]);
  });
});
