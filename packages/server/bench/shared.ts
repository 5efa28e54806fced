import pg from 'pg';
import { openDatabase, type Database } from '../src/db/connect';

/** The p-th percentile (nearest rank) of ascending `sorted` timings, in ms to one decimal. */
export function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[index] ?? 0) * 10) / 10;
}

/**
 * Opens a fresh sibling database `<db>_<suffix>` on the server of `url` and a way to drop it.
 * A benchmark never touches the database it is pointed at.
 */
export async function openSiblingPostgres(url: string, suffix: string): Promise<{ database: Database; drop: () => Promise<void> }> {
  const benchUrl = new URL(url);
  const name = `${benchUrl.pathname.slice(1) || 'postgres'}_${suffix}`;
  benchUrl.pathname = `/${name}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`drop database if exists "${name}" with (force)`);
  await admin(`create database "${name}"`);
  const database = await openDatabase({ databaseUrl: benchUrl.toString() });
  return { database, drop: () => admin(`drop database if exists "${name}" with (force)`) };
}
