import { eq } from 'drizzle-orm';
import type { Db } from '../../db/connect';
import { classRuns } from '../../db/schema-classes';
import { todayIn } from '../../demo/dates';
import { runTiers } from '../tiers/service';
import { runClassification } from './service';

/**
 * The monthly classification (R2.2.4): when no run exists for the current month (company time zone),
 * run one and re-tier the distributors. Checked at start and then every `checkEveryMs`, so the run
 * happens on the first day of the month — or on the first check after a stop over the turn of the month. Returns the run id, or null
 * when this month already has a run. The clock is injected so tests can move time.
 */
export async function runMonthlyIfDue(db: Db, now: Date, timeZone: string): Promise<string | null> {
  const today = todayIn(timeZone, now);
  const month = today.slice(0, 7);
  const [existing] = await db.select({ id: classRuns.id }).from(classRuns).where(eq(classRuns.month, month)).limit(1);
  if (existing) return null;
  const ctx = { userId: null, now, source: 'system' as const };
  const r = await runClassification(db, { asOf: today, dryRun: false, trigger: 'scheduled', ctx });
  // The distributor tiers are re-assessed with it, so the monthly share ratio joins the series.
  await runTiers(db, { asOf: today, dryRun: false, trigger: 'scheduled', ctx });
  return r.ok ? r.value.runId : null;
}

/** A running monthly scheduler; `stop` clears its timer and waits for a check in progress. */
export interface MonthlyScheduler {
  stop(): Promise<void>;
}

/** Starts the in-process monthly check (one timer, never overlapping checks; errors go to `onError`). */
export function startMonthlyClassification(
  db: Db,
  opts: { now: () => Date; timeZone: string; checkEveryMs?: number; onError: (err: unknown) => void },
): MonthlyScheduler {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    running = runMonthlyIfDue(db, opts.now(), opts.timeZone)
      .catch(opts.onError)
      .finally(() => {
        busy = false;
      });
  };
  tick();
  const timer = setInterval(tick, opts.checkEveryMs ?? 60 * 60 * 1000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
