import { Command, CommanderError } from 'commander';
import { DataDirInUseError, StartInterruptedError } from '@qudao/server';
import { registerDemoCommand } from './commands/demo';
import { registerMigrateCommand } from './commands/migrate';
import { registerServeCommand } from './commands/serve';
import { registerUsersCommand } from './commands/users';
import { registerSolveCommand } from './commands/solve';
import { registerClassifyCommand } from './commands/classify';
import { registerTiersCommand } from './commands/tiers';
import { registerImportCommand } from './commands/import';
import { registerPhotosCommand } from './commands/photos';
import { UserFacingError } from './errors';

const program = new Command('qudao')
  .description('Qudao (渠道): channel maintenance for industrial manufacturers')
  .showHelpAfterError()
  .exitOverride();

// One line per command; each lives in src/commands/<name>.ts.
registerServeCommand(program);
registerMigrateCommand(program);
registerDemoCommand(program);
registerUsersCommand(program);
registerSolveCommand(program);
registerClassifyCommand(program);
registerTiersCommand(program);
registerImportCommand(program);
registerPhotosCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  if (err instanceof StartInterruptedError) {
    console.error(err.message);
    process.exit(130);
  }
  // Bad configuration, a refused demo load, a duplicate user…: the message is enough, no stack trace.
  if (err instanceof UserFacingError || err instanceof DataDirInUseError || (err instanceof Error && err.message.startsWith('Invalid configuration'))) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
