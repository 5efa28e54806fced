import type { Command } from 'commander';
import { loadConfig, openConfiguredDatabase, prepareDatabase, runClassification, todayIn } from '@qudao/server';
import { UserFacingError } from '../errors';

const pct = (n: number) => `${n.toFixed(1)} %`;
const yuan = (fen: number) => `¥${Math.round(fen / 100).toLocaleString('en-US')}`;

/** `qudao classify [--by sales|profit] [--dry-run] [--json]`: the value-class run of R2.2.4 from the command line. */
export function registerClassifyCommand(program: Command) {
  program
    .command('classify')
    .description('classify accounts A/B/C by trailing-12-month sales or gross profit (80/20); stores the run unless --dry-run')
    .option('--by <metric>', 'sales | profit (default: HQ setting)')
    .option('--dry-run', 'report without storing the run or changing any class', false)
    .option('--json', 'print JSON', false)
    .action(async (opts: { by?: string; dryRun: boolean; json: boolean }) => {
      if (opts.by !== undefined && opts.by !== 'sales' && opts.by !== 'profit') throw new UserFacingError('--by must be sales or profit');
      const config = loadConfig();
      const database = await openConfiguredDatabase(config);
      try {
        await prepareDatabase(database);
        const now = new Date();
        const r = await runClassification(database.db, {
          asOf: todayIn(config.QUDAO_TIMEZONE, now), metric: opts.by === undefined ? undefined : opts.by === 'sales' ? 'sales' : 'gross_profit',
          dryRun: opts.dryRun, trigger: 'cli', ctx: { userId: null, now, source: 'system' },
        });
        if (!r.ok) throw new UserFacingError(`Classification refused: ${r.code} ${JSON.stringify(r.params ?? {})}`);
        const v = r.value;
        const classes = v.summary.map((s) => ({
          kind: s.kind, class: s.valueClass, accounts: s.count, accountSharePercent: s.accountSharePercent, valueFen: s.valueFen, valueSharePercent: s.valueSharePercent,
          visitIntervalDays: s.visitIntervalDays,
        }));
        if (opts.json) {
          console.log(JSON.stringify({ asOf: v.asOf, metric: v.metric, dryRun: v.dryRun, runId: v.runId, accounts: v.accountCount, moved: v.moved.length, classes }, null, 2));
          return;
        }
        console.log(`Classification as of ${v.asOf} by ${v.metric}${v.dryRun ? ' (dry run, nothing stored)' : ` (run ${v.runId})`}: ${v.accountCount} accounts, ${v.moved.length} moved`);
        console.log('kind         class  accounts  share of accounts  share of value  value              visit every');
        for (const c of classes) {
          console.log(
            `${c.kind.padEnd(12)} ${c.class.padEnd(6)} ${String(c.accounts).padStart(8)}  ${pct(c.accountSharePercent).padStart(17)}  ${pct(c.valueSharePercent).padStart(14)}  ${yuan(c.valueFen).padStart(17)}  ${c.visitIntervalDays === null ? '—' : `${c.visitIntervalDays} days`}`,
          );
        }
      } finally {
        await database.close();
      }
    });
}
