import type { Command } from 'commander';
import { loadConfig, openConfiguredDatabase, prepareDatabase } from '@qudao/server';

/** `qudao migrate`: apply pending migrations and seed the units, then exit. */
export function registerMigrateCommand(program: Command) {
  program
    .command('migrate')
    .description('apply pending database migrations and seed the controllable units, then exit')
    .action(async () => {
      const config = loadConfig();
      const database = await openConfiguredDatabase(config);
      try {
        await prepareDatabase(database);
        console.log(`Database is up to date (${database.engine}).`);
      } finally {
        await database.close();
      }
    });
}
