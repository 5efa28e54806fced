import type { Db } from '../db/connect';
import { runClassification } from '../modules/classes/service';
import { runTiers } from '../modules/tiers/service';

/**
 * Runs a classification and a tier run on the freshly loaded demo company (as of its reference date),
 * so the classification and tiers pages have data from the first start.
 */
export async function classifyDemo(db: Db, referenceDate: string) {
  const ctx = { userId: null, now: new Date(), source: 'demo' as const };
  const classes = await runClassification(db, { asOf: referenceDate, dryRun: false, trigger: 'demo', ctx });
  if (!classes.ok) throw new Error(`demo classification: ${classes.code}`);
  const tiers = await runTiers(db, { asOf: referenceDate, dryRun: false, trigger: 'demo', ctx });
  if (!tiers.ok) throw new Error(`demo tiers: ${tiers.code}`);
}
