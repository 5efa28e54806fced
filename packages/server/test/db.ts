import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { migrationsFolder, openDatabase, type Database } from '../src/db/connect';

/**
 * Fresh migrated databases for tests, fast. The engine comes from QUDAO_TEST_ENGINE: `pglite` (default)
 * loads a migrated data directory dumped once per migration set; `postgres` creates a database per call
 * from a migrated template database on the server at TEST_DATABASE_URL, and drops it on close.
 */
export type TestEngine = 'pglite' | 'postgres';

/** The engine the tests run on. */
export const testEngine: TestEngine = process.env.QUDAO_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';

function migrationsHash(): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, name.name);
      if (name.isDirectory()) walk(p);
      else h.update(name.name).update(readFileSync(p));
    }
  };
  walk(migrationsFolder);
  return h.digest('hex').slice(0, 12);
}

let pgliteTemplate: Promise<Blob> | undefined;

// One dump per migration set, shared by every test process through a file; a race only duplicates work.
async function loadPgliteTemplate(): Promise<Blob> {
  const file = join(tmpdir(), `qudao-test-pglite-${migrationsHash()}.tar`);
  if (!existsSync(file)) {
    const client = await PGlite.create();
    const database = await openDatabase({ pglite: client });
    await database.migrate();
    const dump = await client.dumpDataDir('none');
    await database.close();
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
    // Dumps of older migration sets are never read again.
    for (const old of readdirSync(tmpdir()).filter((n) => /^qudao-test-pglite-[0-9a-f]{12}\.tar$/.test(n) && join(tmpdir(), n) !== file)) {
      rmSync(join(tmpdir(), old), { force: true });
    }
  }
  return new Blob([readFileSync(file)]);
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('QUDAO_TEST_ENGINE=postgres needs TEST_DATABASE_URL=postgres://… (a server URL)');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function urlFor(database: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL ?? '');
  url.pathname = `/${database}`;
  return url.toString();
}

// Serialises template creation and cloning across test processes (CREATE DATABASE … TEMPLATE fails
// while another session is connected to the template).
const lockKey = 7_391_220_451;

async function createPostgresDatabase(): Promise<string> {
  const template = `qudao_tpl_${migrationsHash()}`;
  const name = `qudao_t_${process.pid}_${randomBytes(5).toString('hex')}`;
  await withAdmin(async (admin) => {
    await admin.query('select pg_advisory_lock($1)', [lockKey]);
    try {
      const found = await admin.query('select 1 from pg_database where datname = $1', [template]);
      if (found.rowCount === 0) {
        const building = `${template}_build`;
        await admin.query(`drop database if exists ${building}`);
        await admin.query(`create database ${building}`);
        const database = await openDatabase({ databaseUrl: urlFor(building) });
        await database.migrate();
        await database.close();
        await admin.query(`alter database ${building} rename to ${template}`);
        // Templates of older migration sets are never cloned again; one still in use stays until next time.
        const stale = await admin.query<{ datname: string }>(`select datname from pg_database where datname like 'qudao\\_tpl\\_%' and datname <> $1`, [template]);
        for (const { datname } of stale.rows) await admin.query(`drop database if exists ${datname}`).catch(() => undefined);
      }
      await admin.query(`create database ${name} template ${template}`);
    } finally {
      await admin.query('select pg_advisory_unlock($1)', [lockKey]);
    }
  });
  return name;
}

/** A fresh, migrated, empty database of the test engine; `close()` disposes of it. */
export async function openTestDatabase(): Promise<Database> {
  if (testEngine === 'postgres') {
    const name = await createPostgresDatabase();
    const database = await openDatabase({ databaseUrl: urlFor(name) });
    return {
      ...database,
      close: async () => {
        await database.close();
        await withAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`));
      },
    };
  }
  pgliteTemplate ??= loadPgliteTemplate();
  const client = await PGlite.create({ loadDataDir: await pgliteTemplate });
  return openDatabase({ pglite: client });
}
