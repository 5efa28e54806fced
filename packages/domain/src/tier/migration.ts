import type { LocalDate } from '../shared/local-date';
import { summariseLabelMigration, type LabelEvent, type LabelTransition } from '../shared/migration';
import type { DistributorTier } from './assign-tier';

/** Tiers in report order. */
export const distributorTiers: readonly DistributorTier[] = ['A', 'B', 'C', 'needs_review'];

/**
 * Tier migration report (R6) over [fromDate, toDate]: count and accounts per (from → to) pair of the
 * tiers in force at the start and end; `from: null` = not tiered at the start (new distributor).
 */
export function summariseTierMigration(
  history: readonly LabelEvent<DistributorTier>[],
  fromDate: LocalDate,
  toDate: LocalDate,
): LabelTransition<DistributorTier>[] {
  return summariseLabelMigration(history, fromDate, toDate, distributorTiers);
}
