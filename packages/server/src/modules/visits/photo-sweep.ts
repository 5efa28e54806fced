import { readdir, rm, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/connect';
import { visitPhotos } from '../../db/schema-visits';

/** A file younger than this may belong to an upload whose transaction has not committed yet. */
export const orphanMinAgeMs = 60 * 60 * 1000;

async function filesUnder(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Deletes photo files of the disk store that no photo row names and that are older than an hour (a
 * crash between writing the file and committing its row, a delete that failed during an outage, a
 * temporary file left by a crash mid-write). Run at server start and by `qudao photos sweep`.
 * The disk store only: an S3 bucket's lifecycle rules are the operator's.
 */
export async function sweepOrphanPhotos(db: Db, dataDir: string, now = new Date(), minAgeMs = orphanMinAgeMs): Promise<{ checked: number; deleted: string[] }> {
  const root = resolve(dataDir, 'photos');
  const files = await filesUnder(root);
  const old: { path: string; key: string }[] = [];
  for (const path of files) {
    const s = await stat(path).catch(() => undefined);
    if (s && now.getTime() - s.mtimeMs >= minAgeMs) old.push({ path, key: relative(root, path).split('\\').join('/') });
  }
  const deleted: string[] = [];
  // In chunks, so a large store does not build one huge query.
  for (let i = 0; i < old.length; i += 500) {
    const chunk = old.slice(i, i + 500);
    const known = new Set((await db.select({ key: visitPhotos.storageKey }).from(visitPhotos).where(inArray(visitPhotos.storageKey, chunk.map((f) => f.key)))).map((r) => r.key));
    for (const f of chunk) {
      if (known.has(f.key)) continue;
      await rm(f.path, { force: true });
      deleted.push(f.key);
    }
  }
  return { checked: files.length, deleted };
}
