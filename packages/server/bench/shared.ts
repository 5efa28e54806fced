import pg from 'pg';
import { openDatabase, type Database } from '../src/db/connect';

/** The p-th percentile (nearest rank) of ascending `sorted` timings, in ms to one decimal. */
export function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[index] ?? 0) * 10) / 10;
}

/**
 * Opens a fresh sibling database `<db>_<suffix>` on the server of `url` and a way to drop it.
 * A benchmark never touches the database it is pointed at. With `keep`, an existing sibling is opened as
 * it is (`fresh` false) so a slow load can be reused between runs; its comment says what it holds.
 */
export async function openSiblingPostgres(
  url: string,
  suffix: string,
  opts: { keep?: boolean } = {},
): Promise<{ database: Database; drop: () => Promise<void>; fresh: boolean; name: string; comment: () => Promise<string | null>; setComment: (text: string) => Promise<void> }> {
  const benchUrl = new URL(url);
  const name = `${benchUrl.pathname.slice(1) || 'postgres'}_${suffix}`;
  benchUrl.pathname = `/${name}`;
  const admin = async (statement: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(statement, params)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  };
  const exists = (await admin('select 1 from pg_database where datname = $1', [name])).length > 0;
  const fresh = !(opts.keep && exists);
  if (fresh) {
    await admin(`drop database if exists "${name}" with (force)`);
    await admin(`create database "${name}"`);
  }
  const database = await openDatabase({ databaseUrl: benchUrl.toString() });
  return {
    database,
    fresh,
    name,
    drop: async () => {
      await admin(`drop database if exists "${name}" with (force)`);
    },
    comment: async () => {
      const [row] = await admin('select shobj_description(oid, $2) as c from pg_database where datname = $1', [name, 'pg_database']);
      return (row?.c as string | null | undefined) ?? null;
    },
    setComment: async (text: string) => {
      await admin(`comment on database "${name}" is '${text.replace(/'/g, "''")}'`);
    },
  };
}
