import { daysBetween, isLocalDate, type LocalDate } from '../shared/local-date';
import type { Bilingual } from '../shared/messages';
import { roundTo1 } from '../shared/money';
import type { Result } from '../shared/result';
import { isCreditAtLeast, validateTierConfig, type CreditRating, type TierConfig, type TierConfigInvalid } from './config';
import type { ShareObservation, ShareSource } from './share';
import { explainTier } from './tier-text';
import { getTierPolicy, type TierPolicy } from './tier-policy';

/** Distributor tier of R6 (support policy), or `needs_review` when the rules do not decide. Not the value class. */
export type DistributorTier = 'A' | 'B' | 'C' | 'needs_review';

/** Why a distributor needs review; every case the R6 rules do not cover has its own reason. */
export type TierReviewReason =
  | 'turnover_missing'
  | 'share_missing'
  | 'credit_missing'
  | 'share_invalid'
  | 'share_stale'
  | 'credit_poor'
  | 'small'
  | 'large_low_share'
  | 'large_high_share_credit_not_good'
  | 'large_share_between_bands'
  | 'average_low_share'
  | 'average_high_share';

/** Size class of a distributor by annual machine-tool turnover. */
export type DistributorSize = 'large' | 'average' | 'small';

/** What the tier rules read about one distributor. */
export interface TierInput {
  accountId: string;
  creditRating: CreditRating | null;
  /** Annual machine-tool turnover in fen; null when unknown. */
  turnoverFen: number | null;
  /** Our share of its machine-tool sales with source and date; null when unknown. */
  share: ShareObservation | null;
}

/** The facts a tier was decided on, as used (share rounded to one decimal). */
export interface TierFacts {
  creditRating: CreditRating | null;
  turnoverFen: number | null;
  size: DistributorSize | null;
  sharePercent: number | null;
  shareSource: ShareSource | null;
  shareMeasuredOn: LocalDate | null;
  shareAgeDays: number | null;
}

/** A distributor's tier with the reasons, a bilingual explanation and the support policy for it. */
export interface TierAssessment {
  accountId: string;
  tier: DistributorTier;
  /** Empty unless `tier` is `needs_review`; then every reason that applies, data gaps first. */
  reasons: TierReviewReason[];
  facts: TierFacts;
  explanation: Bilingual;
  policy: TierPolicy;
}

/** Size class of `turnoverFen` under `config`: ≥ large threshold, ≥ average threshold, else small. */
export function classifyDistributorSize(turnoverFen: number, config: TierConfig): DistributorSize {
  if (turnoverFen >= config.largeTurnoverMinFen) return 'large';
  if (turnoverFen >= config.averageTurnoverMinFen) return 'average';
  return 'small';
}

function decide(f: TierFacts, config: TierConfig): { tier: DistributorTier; reasons: TierReviewReason[] } {
  const reasons: TierReviewReason[] = [];
  if (f.turnoverFen === null) reasons.push('turnover_missing');
  if (f.shareMeasuredOn === null) reasons.push('share_missing');
  else if (f.sharePercent === null) reasons.push('share_invalid');
  else if (f.shareAgeDays !== null && f.shareAgeDays > config.maxShareAgeDays) reasons.push('share_stale');
  if (f.creditRating === null) reasons.push('credit_missing');
  else if (!isCreditAtLeast(f.creditRating, config.acceptableCreditMin)) reasons.push('credit_poor');
  if (f.size === 'small') reasons.push('small');
  if (reasons.length > 0 || f.size === null || f.sharePercent === null || f.creditRating === null) return { tier: 'needs_review', reasons };

  const share = f.sharePercent;
  const inBand = (band: TierConfig['bShareBand']) => share >= band.minPercent && share <= band.maxPercent;
  if (f.size === 'large') {
    if (share > config.aShareAbovePercent && isCreditAtLeast(f.creditRating, config.goodCreditMin)) return { tier: 'A', reasons };
    if (inBand(config.bShareBand)) return { tier: 'B', reasons };
    if (share < config.bShareBand.minPercent) return { tier: 'needs_review', reasons: ['large_low_share'] };
    if (share > config.aShareAbovePercent) return { tier: 'needs_review', reasons: ['large_high_share_credit_not_good'] };
    return { tier: 'needs_review', reasons: ['large_share_between_bands'] };
  }
  if (inBand(config.cShareBand)) return { tier: 'C', reasons };
  return { tier: 'needs_review', reasons: [share < config.cShareBand.minPercent ? 'average_low_share' : 'average_high_share'] };
}

/**
 * Tiers one distributor by the R6 rules on `asOf`:
 * A — credit ≥ goodCreditMin, large, share > aShareAbovePercent;
 * B — large, share within bShareBand (inclusive);
 * C — average size, share within cShareBand (inclusive).
 * Anything else is `needs_review` with every applicable reason — missing turnover, share or credit,
 * an invalid (outside 0–100) or stale share, poor credit, small size, or a combination R6 does not
 * name — never a silent guess. The share is rounded to one decimal before comparing, so the
 * explanation shown ("60 %") always agrees with the decision. Fails only on an invalid config.
 */
export function assignDistributorTier(input: TierInput, asOf: LocalDate, config: TierConfig): Result<TierAssessment, TierConfigInvalid> {
  const valid = validateTierConfig(config);
  if (!valid.ok) return valid;
  const s = input.share;
  const shareValid = s !== null && Number.isFinite(s.percent) && s.percent >= 0 && s.percent <= 100 && isLocalDate(s.measuredOn);
  const turnoverFen = input.turnoverFen !== null && Number.isFinite(input.turnoverFen) && input.turnoverFen >= 0 ? input.turnoverFen : null;
  const facts: TierFacts = {
    creditRating: input.creditRating,
    turnoverFen,
    size: turnoverFen === null ? null : classifyDistributorSize(turnoverFen, config),
    sharePercent: shareValid ? roundTo1(s.percent) : null,
    shareSource: s ? s.source : null,
    shareMeasuredOn: s ? s.measuredOn : null,
    shareAgeDays: shareValid ? daysBetween(s.measuredOn, asOf) : null,
  };
  const { tier, reasons } = decide(facts, config);
  return { ok: true, value: { accountId: input.accountId, tier, reasons, facts, explanation: explainTier(tier, reasons, facts, config), policy: getTierPolicy(tier) } };
}

/**
 * Tiers many distributors; the list keeps the input order. Fails only on an invalid config.
 */
export function assignDistributorTiers(inputs: readonly TierInput[], asOf: LocalDate, config: TierConfig): Result<TierAssessment[], TierConfigInvalid> {
  const valid = validateTierConfig(config);
  if (!valid.ok) return valid;
  const out: TierAssessment[] = [];
  for (const input of inputs) {
    const r = assignDistributorTier(input, asOf, config);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return { ok: true, value: out };
}
