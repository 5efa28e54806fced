import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { openDatabase, type Database } from './db/connect';
import { lockDataDir } from './db/data-dir-lock';
import { settings, users } from './db/schema';
import { loadDemo } from './demo/load';
import { registerWebApp } from './http/web-app';
import { seedUnits } from './units/seed';

/** Where `npm run build -w @qudao/web` puts the web app. */
export const defaultWebDistDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/**
 * Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite in QUDAO_DATA_DIR,
 * locked against a second process for as long as it is open.
 */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.DATABASE_URL) return openDatabase({ databaseUrl: config.DATABASE_URL });
  const release = lockDataDir(resolve(config.QUDAO_DATA_DIR));
  try {
    const database = await openDatabase({ dataDir: config.QUDAO_DATA_DIR });
    return {
      ...database,
      close: async () => {
        try {
          await database.close();
        } finally {
          release();
        }
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

/** Applies pending migrations and seeds the units (idempotent); what `qudao migrate` does. */
export async function prepareDatabase(database: Database): Promise<void> {
  await database.migrate();
  await seedUnits(database.db);
}

/** A running server and how to stop it cleanly. */
export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  close(): Promise<void>;
}

/** Options of startServer; `log` receives the start-up banner lines. */
export interface StartOptions {
  webDistDir?: string;
  /** Close the app and the database on SIGINT/SIGTERM (PGlite must be closed or its data may be damaged). */
  handleSignals?: boolean;
  log?: (line: string) => void;
}

/** The demo logins still present in the database, for the start-up banner. */
async function demoLogins(database: Database): Promise<{ username: string; displayName: string; role: string }[]> {
  const [demo] = await database.db.select().from(settings).where(sql`${settings.key} = 'demo'`);
  if (!demo) return [];
  const rows = await database.db.select({ username: users.username, displayName: users.displayName, role: users.role }).from(users).orderBy(users.username);
  return rows.filter((u) => /^(hq|mgr\d\d|rep\d\d)$/.test(u.username));
}

/**
 * The composition root: opens the database, migrates, seeds units, loads the demo company when there
 * are no users yet, builds the app, serves the web app and listens on PORT.
 */
export async function startServer(config: Config, opts: StartOptions = {}): Promise<RunningServer> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const database = await openConfiguredDatabase(config);
  let app: FastifyInstance | undefined;
  try {
    await prepareDatabase(database);
    const [count] = await database.db.select({ n: sql<number>`count(*)::int` }).from(users);
    if ((count?.n ?? 0) === 0) {
      log('Empty database: loading the demo company…');
      const loaded = await loadDemo(database.db, { password: config.QUDAO_DEMO_PASSWORD, timeZone: config.QUDAO_TIMEZONE });
      log(`Demo loaded in ${(loaded.durationMs / 1000).toFixed(1)} s: ${loaded.counts.accounts} accounts, ${loaded.counts.salesLines} sales lines.`);
    }
    app = await buildApp(
      { config, database },
      { logger: { level: config.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'] } },
    );
    const webDir = opts.webDistDir ?? defaultWebDistDir;
    if (!(await registerWebApp(app, webDir))) log(`Web app not built (${webDir}); run \`npm run build\`. The API is served alone.`);
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (err) {
    await app?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://localhost:${port}`;
  const running = app;
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= (async () => {
    await running.close();
    await database.close();
  })());

  log(`Qudao is running at ${url} (database: ${database.engine === 'pglite' ? `embedded, ${resolve(config.QUDAO_DATA_DIR)}` : 'PostgreSQL'})`);
  const logins = await demoLogins(database);
  if (logins.length > 0) {
    const password = config.QUDAO_DEMO_PASSWORD === 'qudao' ? 'qudao' : 'the value of QUDAO_DEMO_PASSWORD';
    log(`Demo logins (password: ${password}):`);
    for (const u of logins) log(`  ${u.username.padEnd(6)} ${u.displayName} (${u.role})`);
  }

  if (opts.handleSignals ?? true) {
    const onSignal = (signal: NodeJS.Signals) => {
      log(`${signal}: shutting down…`);
      close().then(
        () => process.exit(0),
        (err: unknown) => {
          console.error(err);
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  return { app: running, database, url, close };
}
