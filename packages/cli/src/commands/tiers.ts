import type { Command } from 'commander';
import { loadConfig, openConfiguredDatabase, prepareDatabase, runTiers, todayIn } from '@qudao/server';
import { UserFacingError } from '../errors';

/** `qudao tiers [--dry-run] [--json]`: the distributor tiers of R6 — count per tier and the needs-review list with reasons. */
export function registerTiersCommand(program: Command) {
  program
    .command('tiers')
    .description('tier distributors A/B/C by credit, turnover and our share (R6); stores the run unless --dry-run')
    .option('--dry-run', 'report without storing anything', false)
    .option('--json', 'print JSON', false)
    .action(async (opts: { dryRun: boolean; json: boolean }) => {
      const config = loadConfig();
      const database = await openConfiguredDatabase(config);
      try {
        await prepareDatabase(database);
        const now = new Date();
        const r = await runTiers(database.db, { asOf: todayIn(config.QUDAO_TIMEZONE, now), dryRun: opts.dryRun, trigger: 'cli', ctx: { userId: null, now, source: 'system' } });
        if (!r.ok) throw new UserFacingError(`Tier run refused: ${r.code} ${JSON.stringify(r.params ?? {})}`);
        const v = r.value;
        const needsReview = v.needsReview.map((n) => ({ accountId: n.accountId, name: n.name, reasons: n.reasons, explanation: n.explanation.en }));
        if (opts.json) {
          console.log(JSON.stringify({ asOf: v.asOf, dryRun: v.dryRun, runId: v.runId, counts: v.counts, changed: v.changed, needsReview }, null, 2));
          return;
        }
        console.log(`Distributor tiers as of ${v.asOf}${v.dryRun ? ' (dry run, nothing stored)' : ` (run ${v.runId})`}:`);
        for (const [tier, count] of Object.entries(v.counts)) console.log(`  ${tier.padEnd(13)} ${count}`);
        if (needsReview.length > 0) console.log('Needs review:');
        for (const n of needsReview) console.log(`  ${n.name}: ${n.reasons.join(', ')}`);
      } finally {
        await database.close();
      }
    });
}
