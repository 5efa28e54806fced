import type { Command } from 'commander';
import { DemoRefusedError, loadConfig, loadDemo, openConfiguredDatabase, photoStoreOf, prepareDatabase } from '@qudao/server';
import { UserFacingError } from '../errors';

function parseSeed(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 2 ** 32 - 1) throw new UserFacingError(`--seed must be an integer from 0 to ${2 ** 32 - 1}`);
  return n;
}

/** `qudao demo [--seed N] [--reset]`: load the demo company (a machine-tool maker in Shenyang). */
export function registerDemoCommand(program: Command) {
  program
    .command('demo')
    .description('load the demo company: 16 users, 12 territories, ~1,800 accounts, 24 months of sales')
    .option('--seed <n>', 'random seed; the same seed gives the same company', '1')
    .option('--reset', 'replace all users, accounts, products and sales already in the database', false)
    .option('--date <YYYY-MM-DD>', 'reference date (sales end the month before); default today')
    .action(async (opts: { seed: string; reset: boolean; date?: string }) => {
      const config = loadConfig();
      const seed = parseSeed(opts.seed);
      if (opts.date && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new UserFacingError('--date must be YYYY-MM-DD');
      const database = await openConfiguredDatabase(config);
      try {
        await prepareDatabase(database);
        const result = await loadDemo(database.db, {
          seed, reset: opts.reset, password: config.QUDAO_DEMO_PASSWORD, timeZone: config.QUDAO_TIMEZONE, referenceDate: opts.date, dataDir: config.QUDAO_DATA_DIR, photoStore: photoStoreOf(config),
        });
        const c = result.counts;
        console.log(`Demo company loaded (seed ${result.seed}, sales to the month before ${result.referenceDate}) in ${(result.durationMs / 1000).toFixed(1)} s:`);
        console.log(`  ${c.accounts} accounts, ${c.contacts} contacts, ${c.products} products, ${c.salesLines} sales lines, ${c.territories} territories`);
        console.log(`Logins (password: ${config.QUDAO_DEMO_PASSWORD === 'qudao' ? 'qudao' : 'the value of QUDAO_DEMO_PASSWORD'}):`);
        for (const u of result.users) console.log(`  ${u.username.padEnd(6)} ${u.displayName} (${u.role})`);
      } catch (err) {
        if (err instanceof DemoRefusedError) throw new UserFacingError(err.message);
        throw err;
      } finally {
        await database.close();
      }
    });
}
