import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/connect';

/** One column of a bulk insert: its name, PostgreSQL type and how to read it from a row. */
export interface BulkColumn<T> {
  name: string;
  type: 'uuid' | 'text' | 'date' | 'int4' | 'int8' | 'float8' | 'bool';
  value: (row: T) => unknown;
  /** SQL expression over the unnested column `c<i>` when it needs converting (e.g. to text[]). */
  expression?: (ref: string) => string;
}

/**
 * Inserts rows in chunks as `insert … select from unnest($1::type[], …)`: one array parameter per
 * column instead of one per value, which parses once per chunk and is about 4× faster than
 * multi-row VALUES on PGlite. Works unchanged on PostgreSQL.
 */
export async function insertUnnest<T>(db: Db, table: string, columns: readonly BulkColumn<T>[], rows: readonly T[], rowsPerChunk = 20_000) {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const selects = columns.map((c, i) => (c.expression ? c.expression(`c${i}`) : `c${i}`)).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  for (let start = 0; start < rows.length; start += rowsPerChunk) {
    const chunk = rows.slice(start, start + rowsPerChunk);
    const arrays: SQL[] = columns.map((c) => sql`${sql.param(chunk.map(c.value))}::${sql.raw(c.type)}[]`);
    await db.execute(sql`insert into ${sql.raw(`"${table}"`)} (${sql.raw(names)}) select ${sql.raw(selects)} from unnest(${sql.join(arrays, sql`, `)}) as u(${sql.raw(aliases)})`);
  }
}
