import { fail, ok, type Failure, type Result } from '../shared/result';

/**
 * Credit ratings, best first: the usual Chinese commercial scale. AAA–A are good (信用良好), BBB is
 * acceptable, BB and below are poor. A distributor without a rating is `null`, never a guess.
 */
export const creditRatings = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'C'] as const;

/** One grade of {@link creditRatings}. */
export type CreditRating = (typeof creditRatings)[number];

/** True when `rating` is `minimum` or better. */
export function isCreditAtLeast(rating: CreditRating, minimum: CreditRating): boolean {
  return creditRatings.indexOf(rating) <= creditRatings.indexOf(minimum);
}

/** An inclusive band of our share, in percent 0–100. */
export interface ShareBand {
  minPercent: number;
  maxPercent: number;
}

/** Thresholds of the R6 tier rules, set by HQ. */
export interface TierConfig {
  /** Tier A needs at least this rating (default A). */
  goodCreditMin: CreditRating;
  /** Below this rating a distributor needs review whatever else holds (default BBB). */
  acceptableCreditMin: CreditRating;
  /** "Large": annual machine-tool turnover ≥ this, in fen (default ¥50 M = 5 000 万元). */
  largeTurnoverMinFen: number;
  /** "Average size": turnover ≥ this and below large, in fen (default ¥10 M = 1 000 万元); smaller needs review. */
  averageTurnoverMinFen: number;
  /** Tier A needs our share strictly above this, in percent (default 60, "more than 60 %"). */
  aShareAbovePercent: number;
  /** Tier B: a large distributor with our share in this band (default 20–60 %, "about 30 %"). */
  bShareBand: ShareBand;
  /** Tier C: an average-size distributor with our share in this band (default 20–60 %). */
  cShareBand: ShareBand;
  /** A share measured more than this many days ago is stale and needs review (default 365). */
  maxShareAgeDays: number;
}

/** The R6 defaults. */
export const defaultTierConfig: TierConfig = {
  goodCreditMin: 'A',
  acceptableCreditMin: 'BBB',
  largeTurnoverMinFen: 5_000_000_000,
  averageTurnoverMinFen: 1_000_000_000,
  aShareAbovePercent: 60,
  bShareBand: { minPercent: 20, maxPercent: 60 },
  cShareBand: { minPercent: 20, maxPercent: 60 },
  maxShareAgeDays: 365,
};

/** Failure of {@link validateTierConfig}. */
export type TierConfigInvalid = Failure<'TIER.CONFIG_INVALID', { reason: string }>;

const isPercent = (n: number) => Number.isFinite(n) && n >= 0 && n <= 100;

/**
 * Checks the thresholds: good credit at least as strict as acceptable credit; 0 < average < large
 * turnover (integer fen); shares and bands within 0–100 with min ≤ max; maxShareAgeDays a whole number ≥ 1.
 */
export function validateTierConfig(config: TierConfig): Result<TierConfig, TierConfigInvalid> {
  const bad = (reason: string) => fail('TIER.CONFIG_INVALID', { reason }, { reason });
  if (!isCreditAtLeast(config.goodCreditMin, config.acceptableCreditMin)) return bad('goodCreditMin must be at least acceptableCreditMin');
  const { averageTurnoverMinFen: avg, largeTurnoverMinFen: large } = config;
  if (!(Number.isInteger(avg) && Number.isInteger(large) && avg > 0 && avg < large)) return bad('turnover thresholds must be integers with 0 < average < large');
  if (!isPercent(config.aShareAbovePercent)) return bad('aShareAbovePercent must be within 0–100');
  for (const [name, band] of [['bShareBand', config.bShareBand], ['cShareBand', config.cShareBand]] as const) {
    if (!(isPercent(band.minPercent) && isPercent(band.maxPercent) && band.minPercent <= band.maxPercent)) return bad(`${name} must be within 0–100 with min ≤ max`);
  }
  if (!(Number.isInteger(config.maxShareAgeDays) && config.maxShareAgeDays >= 1)) return bad('maxShareAgeDays must be a whole number ≥ 1');
  return ok(config);
}
