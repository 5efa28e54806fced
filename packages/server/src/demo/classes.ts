import type { Db } from '../db/connect';
import { runClassification } from '../modules/classes/service';
import { runTiers } from '../modules/tiers/service';
import { daysIn, formatDate, monthsBefore } from './dates';

/**
 * The past days the demo runs the tiers on, oldest first: the end of the 13th month before the reference
 * month (the first whose trailing year lies wholly inside the 24 demo months of sales), then every quarter end
 * after it and before the reference date.
 */
export function tierHistoryDates(referenceDate: string): string[] {
  const months = monthsBefore(referenceDate, 13);
  const monthEnd = (i: number) => formatDate(months[i]!, daysIn(months[i]!));
  return [monthEnd(0), ...months.slice(1).flatMap((m, i) => (m.month % 3 === 0 ? [monthEnd(i + 1)] : []))].filter((d) => d < referenceDate);
}

/**
 * Runs a classification and the tier runs on the freshly loaded demo company, so the classification and tiers
 * pages have data from the first start. The tiers are run first on past quarter ends (tierHistoryDates) from
 * the sales and share data as they stood then — the real tier run, which stores a tier row only when a
 * distributor's tier or reasons change — and last on the reference date, so tier migration shows true movement.
 */
export async function classifyDemo(db: Db, referenceDate: string) {
  const ctx = { userId: null, now: new Date(), source: 'demo' as const };
  const classes = await runClassification(db, { asOf: referenceDate, dryRun: false, trigger: 'demo', ctx });
  if (!classes.ok) throw new Error(`demo classification: ${classes.code}`);
  for (const asOf of [...tierHistoryDates(referenceDate), referenceDate]) {
    const tiers = await runTiers(db, { asOf, dryRun: false, trigger: 'demo', ctx });
    if (!tiers.ok) throw new Error(`demo tiers on ${asOf}: ${tiers.code}`);
  }
}
