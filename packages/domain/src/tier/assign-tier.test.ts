import { describe, expect, it } from 'vitest';
import { assignDistributorTier, assignDistributorTiers, type TierAssessment, type TierInput } from './assign-tier';
import { defaultTierConfig, type TierConfig } from './config';

const ASOF = '2025-06-30';
const M = 100_000_000; // ¥1 M in fen

function input(over: Partial<TierInput> & { percent?: number } = {}): TierInput {
  const { percent = 64, ...rest } = over;
  return {
    accountId: 'd1',
    creditRating: 'AA',
    turnoverFen: 86 * M,
    share: { percent, source: 'sales_ratio', measuredOn: '2025-05-31' },
    ...rest,
  };
}

function tier(i: TierInput, config: TierConfig = defaultTierConfig): TierAssessment {
  const r = assignDistributorTier(i, ASOF, config);
  if (!r.ok) throw new Error(r.code);
  return r.value;
}

describe('assignDistributorTier (R6)', () => {
  it('gives A to a large distributor with good credit and more than 60 % our share, explained in both languages', () => {
    const t = tier(input());
    expect(t.tier).toBe('A');
    expect(t.reasons).toEqual([]);
    expect(t.explanation.en).toBe('A: share 64 % > 60 %, credit AA ≥ A, turnover ¥86 M ≥ ¥50 M; share from sales ratio (2025-05-31)');
    expect(t.explanation['zh-CN']).toBe('A：我司份额 64% > 60%，信用 AA ≥ A，年营业额 8600 万元 ≥ 5000 万元；份额按销售额计算（2025-05-31）');
    expect(t.policy.summary['zh-CN']).toContain('重点扶持');
  });

  describe('the 60 % line', () => {
    it('gives B, not A, at exactly 60 %', () => expect(tier(input({ percent: 60 })).tier).toBe('B'));
    it('gives A just above 60 %', () => expect(tier(input({ percent: 60.1 })).tier).toBe('A'));
    it('compares at one decimal so the shown figure agrees with the decision', () => {
      const t = tier(input({ percent: 60.04 }));
      expect(t.tier).toBe('B');
      expect(t.explanation.en).toContain('share 60 % within 20–60 %');
    });
  });

  describe('the B band around 30 %', () => {
    it('gives B at the 20 % lower edge', () => expect(tier(input({ percent: 20 })).tier).toBe('B'));
    it('asks for review just below 20 % for a large distributor', () => {
      const t = tier(input({ percent: 19.9 }));
      expect(t).toMatchObject({ tier: 'needs_review', reasons: ['large_low_share'] });
      expect(t.explanation.en).toBe('Needs review: large (turnover ¥86 M ≥ ¥50 M) but share 19.9 % < 20 %');
    });
    it('gives B in the middle of the band whatever the acceptable credit', () => {
      expect(tier(input({ percent: 30, creditRating: 'BBB' })).explanation.en).toBe(
        'B: share 30 % within 20–60 %, turnover ¥86 M ≥ ¥50 M, credit BBB; share from sales ratio (2025-05-31)',
      );
    });
  });

  describe('the credit threshold', () => {
    it('gives A at exactly the good-credit minimum', () => expect(tier(input({ creditRating: 'A' })).tier).toBe('A'));
    it('asks for review when the share is A-level but credit is only acceptable', () => {
      expect(tier(input({ creditRating: 'BBB' }))).toMatchObject({ tier: 'needs_review', reasons: ['large_high_share_credit_not_good'] });
    });
    it('asks for review below acceptable credit whatever the share', () => {
      const t = tier(input({ creditRating: 'BB', percent: 30 }));
      expect(t).toMatchObject({ tier: 'needs_review', reasons: ['credit_poor'] });
      expect(t.explanation['zh-CN']).toBe('待审核：信用 BB 低于 BBB');
    });
  });

  describe('the scale thresholds', () => {
    it('counts exactly ¥50 M as large', () => expect(tier(input({ turnoverFen: 50 * M })).tier).toBe('A'));
    it('counts just under ¥50 M as average size: C with a share near 30 %', () => {
      const t = tier(input({ turnoverFen: 50 * M - 1, percent: 30 }));
      expect(t.tier).toBe('C');
      expect(t.explanation['zh-CN']).toBe('C：我司份额 30% 在 20%–60% 之间，年营业额 5000 万元 在 1000 万元 至 5000 万元 之间，信用 AA；份额按销售额计算（2025-05-31）');
    });
    it('asks for review for an average-size distributor with more than 60 % our share', () => {
      expect(tier(input({ turnoverFen: 20 * M, percent: 64 }))).toMatchObject({ tier: 'needs_review', reasons: ['average_high_share'] });
    });
    it('gives C at both edges of the C band and asks for review outside it', () => {
      expect(tier(input({ turnoverFen: 20 * M, percent: 20 })).tier).toBe('C');
      expect(tier(input({ turnoverFen: 20 * M, percent: 60 })).tier).toBe('C');
      expect(tier(input({ turnoverFen: 20 * M, percent: 19.9 }))).toMatchObject({ reasons: ['average_low_share'] });
    });
    it('counts exactly ¥10 M as average size and less as small, which needs review', () => {
      expect(tier(input({ turnoverFen: 10 * M, percent: 30 })).tier).toBe('C');
      expect(tier(input({ turnoverFen: 10 * M - 1, percent: 30 }))).toMatchObject({ tier: 'needs_review', reasons: ['small'] });
      expect(tier(input({ turnoverFen: 9.5 * M, percent: 30 })).explanation.en).toBe('Needs review: turnover ¥9.5 M < ¥10 M (small)');
    });
  });

  describe('missing or doubtful data never becomes a silent guess', () => {
    it('lists every missing figure', () => {
      const t = tier({ accountId: 'd1', creditRating: null, turnoverFen: null, share: null });
      expect(t).toMatchObject({ tier: 'needs_review', reasons: ['turnover_missing', 'share_missing', 'credit_missing'] });
      expect(t.explanation['zh-CN']).toBe('待审核：年机床营业额未知；我司份额未知；信用等级未知');
      expect(t.policy.actions[0]?.en).toContain('Complete missing');
    });
    it('refuses a share outside 0–100 %', () => {
      expect(tier(input({ percent: 120 }))).toMatchObject({ tier: 'needs_review', reasons: ['share_invalid'] });
      expect(tier(input({ percent: Number.NaN }))).toMatchObject({ reasons: ['share_invalid'] });
    });
    it('asks for review when the share is older than the limit, not on the limit day', () => {
      expect(tier(input({ share: { percent: 64, source: 'visit_estimate', measuredOn: '2024-06-30' } })).tier).toBe('A');
      const t = tier(input({ share: { percent: 64, source: 'visit_estimate', measuredOn: '2024-06-29' } }));
      expect(t).toMatchObject({ tier: 'needs_review', reasons: ['share_stale'] });
      expect(t.explanation.en).toBe('Needs review: share measured on 2024-06-29, 366 days ago (over 365)');
    });
    it('names a visit estimate as the source of the share', () => {
      const t = tier(input({ share: { percent: 64, source: 'visit_estimate', measuredOn: '2025-06-01' } }));
      expect(t.explanation.en).toContain('share estimated on a visit (2025-06-01)');
    });
    it('combines a small size with missing data', () => {
      expect(tier(input({ turnoverFen: M, share: null })).reasons).toEqual(['share_missing', 'small']);
    });
  });

  it('asks for review in a gap the configuration leaves between the B band and the A line', () => {
    const config = { ...defaultTierConfig, bShareBand: { minPercent: 20, maxPercent: 50 } };
    expect(tier(input({ percent: 55 }), config)).toMatchObject({ tier: 'needs_review', reasons: ['large_share_between_bands'] });
  });

  it('refuses inconsistent thresholds as a value', () => {
    const r = assignDistributorTier(input(), ASOF, { ...defaultTierConfig, averageTurnoverMinFen: 60 * M });
    expect(r).toMatchObject({ ok: false, code: 'TIER.CONFIG_INVALID' });
    expect(assignDistributorTiers([input()], ASOF, { ...defaultTierConfig, goodCreditMin: 'BB' })).toMatchObject({ ok: false });
  });

  it('tiers a list in input order', () => {
    const r = assignDistributorTiers([input({ accountId: 'x', percent: 30 }), input({ accountId: 'y' })], ASOF, defaultTierConfig);
    expect(r.ok && r.value.map((t) => [t.accountId, t.tier])).toEqual([['x', 'B'], ['y', 'A']]);
  });
});
