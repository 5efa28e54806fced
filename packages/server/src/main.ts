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
import { photoStoreOf } from './modules/visits/photo-store';
import { sweepOrphanPhotos } from './modules/visits/photo-sweep';

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

/** Start-up was interrupted by SIGINT/SIGTERM; the database was closed cleanly. */
export class StartInterruptedError extends Error {}

/**
 * The composition root: opens the database, migrates, seeds units, loads the demo company when there
 * are no users yet, builds the app, serves the web app and listens on PORT.
 */
export async function startServer(config: Config, opts: StartOptions = {}): Promise<RunningServer> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const handleSignals = opts.handleSignals ?? true;
  // Set once listening; until then a signal only marks the start-up as interrupted.
  const started: { close?: () => Promise<void> } = {};
  let interrupted = false;
  // A signal during start-up (a demo load takes seconds) stops after the current step, so PGlite is
  // never killed mid-write; a second signal exits at once.
  const onSignal = (signal: NodeJS.Signals) => {
    if (!started.close) {
      if (interrupted) process.exit(130);
      interrupted = true;
      log(`${signal}: stopping after the current step…`);
      return;
    }
    log(`${signal}: shutting down…`);
    started.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  if (handleSignals) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  const step = () => {
    if (interrupted) throw new StartInterruptedError('Start-up interrupted; the database was closed cleanly');
  };

  let database: Database | undefined;
  let app: FastifyInstance | undefined;
  try {
    database = await openConfiguredDatabase(config);
    step();
    await prepareDatabase(database);
    step();
    const [count] = await database.db.select({ n: sql<number>`count(*)::int` }).from(users);
    if ((count?.n ?? 0) === 0) {
      log('Empty database: loading the demo company…');
      const loaded = await loadDemo(database.db, { password: config.QUDAO_DEMO_PASSWORD, timeZone: config.QUDAO_TIMEZONE, dataDir: config.QUDAO_DATA_DIR, photoStore: photoStoreOf(config) });
      log(`Demo loaded in ${(loaded.durationMs / 1000).toFixed(1)} s: ${loaded.counts.accounts} accounts, ${loaded.counts.salesLines} sales lines.`);
      step();
    }
    if (config.QUDAO_PHOTO_STORE === 'disk') {
      // Photo files left without a row by a crash (decision 008): older than an hour, so no upload in flight.
      const swept = await sweepOrphanPhotos(database.db, config.QUDAO_DATA_DIR);
      if (swept.deleted.length > 0) log(`Removed ${swept.deleted.length} orphan photo file(s) with no photo record.`);
      step();
    }
    app = await buildApp(
      { config, database },
      { logger: { level: config.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'] } },
    );
    const webDir = opts.webDistDir ?? defaultWebDistDir;
    if (!(await registerWebApp(app, webDir))) log(`Web app not built (${webDir}); run \`npm run build\`. The API is served alone.`);
    await app.listen({ port: config.PORT, host: config.HOST });
    step();
  } catch (err) {
    await app?.close().catch(() => undefined);
    await database?.close().catch(() => undefined);
    if (handleSignals) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://localhost:${port}`;
  const running = app;
  const db = database;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      if (handleSignals) {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
      await running.close();
      await db.close();
    })());

  log(`Qudao is running at ${url} (database: ${db.engine === 'pglite' ? `embedded, ${resolve(config.QUDAO_DATA_DIR)}` : 'PostgreSQL'})`);
  const logins = await demoLogins(db);
  if (logins.length > 0) {
    const password = config.QUDAO_DEMO_PASSWORD === 'qudao' ? 'qudao' : 'the value of QUDAO_DEMO_PASSWORD';
    log(`Demo logins (password: ${password}):`);
    for (const u of logins) log(`  ${u.username.padEnd(6)} ${u.displayName} (${u.role})`);
  }
  started.close = close;
  return { app: running, database: db, url, close };
}
