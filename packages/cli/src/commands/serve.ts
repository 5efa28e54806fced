import type { Command } from 'commander';
import { loadConfig, startServer } from '@qudao/server';

/** `qudao serve` (the default): migrate, seed, load the demo into an empty database, serve on PORT. */
export function registerServeCommand(program: Command) {
  program
    .command('serve', { isDefault: true })
    .description('start the server (migrates the database; loads the demo company into an empty one)')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)')
    .action(async (opts: { port?: string }) => {
      const config = loadConfig({ ...process.env, ...(opts.port ? { PORT: opts.port } : {}) });
      await startServer(config);
    });
}
