import type { LocalDate } from '../shared/local-date';

/**
 * Where a share figure comes from: `sales_ratio` = our machine-tool sales through the distributor ÷
 * its total machine-tool turnover; `visit_estimate` = the share a rep estimated on a visit.
 */
export type ShareSource = 'sales_ratio' | 'visit_estimate';

/** Our share of a distributor's machine-tool sales at a date. */
export interface ShareObservation {
  /** 0–100. */
  percent: number;
  source: ShareSource;
  measuredOn: LocalDate;
}

/**
 * Our share in percent (unrounded) = ourSalesFen ÷ turnoverFen × 100; null when the turnover is
 * missing or not positive, because a share of nothing is undefined rather than 0 %. May exceed 100
 * when the figures disagree; the tier rules then ask for review.
 */
export function computeSharePercent(ourSalesFen: number, turnoverFen: number | null): number | null {
  if (turnoverFen === null || !(turnoverFen > 0)) return null;
  return (ourSalesFen / turnoverFen) * 100;
}

/**
 * The observation to use from a share time series: the latest by `measuredOn` not after `asOf`;
 * on the same day a computed ratio beats a visit estimate because it rests on booked sales.
 */
export function pickCurrentShare(series: readonly ShareObservation[], asOf: LocalDate): ShareObservation | null {
  let best: ShareObservation | null = null;
  for (const s of series) {
    if (s.measuredOn > asOf) continue;
    if (!best || s.measuredOn > best.measuredOn || (s.measuredOn === best.measuredOn && s.source === 'sales_ratio' && best.source !== 'sales_ratio')) best = s;
  }
  return best;
}
