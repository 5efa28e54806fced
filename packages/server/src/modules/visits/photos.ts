import { createHash, randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Photo, PhotoUpload } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { visitPhotos, visits } from '../../db/schema-visits';
import { toIso } from '../../db/time';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import type { PhotoStore } from './photo-store';
import { lockVisibleVisit, visitVisible } from './repo';

/** The image type proven by the file's first bytes (not by its name or the client's word), or null. */
export function sniffImageType(b: Buffer): 'image/jpeg' | 'image/png' | 'image/webp' | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

const extension = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;

function toPhoto(r: typeof visitPhotos.$inferSelect): Photo {
  return { id: r.id, visitId: r.visitId, kind: r.kind, mime: r.mime, sizeBytes: r.sizeBytes, createdAt: toIso(r.createdAt) };
}

/**
 * Stores a photo of a visible visit after checking it on the server: at most `maxBytes`
 * (PHOTO.TOO_LARGE) and a JPEG, PNG or WebP by its magic bytes (PHOTO.TYPE_INVALID). A client-made id
 * that exists already answers the stored photo (offline replays never duplicate).
 */
export async function addPhoto(w: WriteScope, store: PhotoStore, visitId: string, input: PhotoUpload, maxBytes: number): Promise<Result<Photo>> {
  const visit = await lockVisibleVisit(w.tx, w.scope, visitId);
  if (!visit) return { ok: false, code: 'NOT_FOUND' };
  if (input.id) {
    const [existing] = await w.tx.select().from(visitPhotos).where(and(eq(visitPhotos.id, input.id), eq(visitPhotos.visitId, visitId)));
    if (existing) return { ok: true, value: toPhoto(existing) };
  }
  // Decision 008: a visit closed on the server takes no more changes from the phone.
  if (visit.status === 'done' || visit.status === 'missed' || visit.status === 'cancelled') return { ok: false, code: 'VISIT.STATUS_INVALID', params: { status: visit.status } };
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (bytes.length > maxBytes) return { ok: false, code: 'PHOTO.TOO_LARGE', params: { maxMb: Math.round(maxBytes / 10_000) / 100 } };
  const mime = sniffImageType(bytes);
  if (!mime) return { ok: false, code: 'PHOTO.TYPE_INVALID' };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const id = input.id ?? randomUUID();
  const storageKey = `${visitId}/${id}.${extension[mime]}`;
  const [row] = await w.tx
    .insert(visitPhotos)
    .values({ id, visitId, kind: input.kind, mime, sizeBytes: bytes.length, sha256, storageKey, createdBy: w.scope.userId, createdAt: w.ctx.now.toISOString() })
    .returning();
  if (!row) throw new Error('insert returned no row');
  // The row goes first so a refused insert writes no object; withPhotoCleanup removes the object when
  // the transaction does not commit after all.
  try {
    await store.put(storageKey, bytes);
  } catch (err) {
    // An outage of the store (S3 down, disk full): the row is rolled back with the refusal, and 503
    // tells the phone to keep the photo queued and retry.
    console.warn(`photo store put failed for ${storageKey}: ${err instanceof Error ? err.message : String(err)}`);
    return { ok: false, code: 'PHOTO.STORE_UNAVAILABLE' };
  }
  return { ok: true, value: toPhoto(row) };
}

/**
 * Runs a photo write (`run` gets a store that remembers what it wrote) and afterwards deletes every
 * object it wrote whose row is not in the database — the transaction rolled back, failed to commit,
 * or lost a race to a replay of the same request — so no photo file outlives its row.
 */
export async function withPhotoCleanup<T>(db: Db, store: PhotoStore, run: (tracked: PhotoStore) => Promise<T>): Promise<T> {
  const written: string[] = [];
  const tracked: PhotoStore = {
    put: (key, bytes) => {
      written.push(key); // before writing: a put that fails half-way is cleaned up too
      return store.put(key, bytes);
    },
    get: (key) => store.get(key),
    delete: (key) => store.delete(key),
  };
  try {
    return await run(tracked);
  } finally {
    if (written.length > 0) {
      const kept = new Set((await db.select({ key: visitPhotos.storageKey }).from(visitPhotos).where(inArray(visitPhotos.storageKey, written))).map((r) => r.key));
      // A delete that fails too (the store is still down) must not hide the answer: the orphan sweep
      // removes such files later (sweepOrphanPhotos).
      for (const key of written) if (!kept.has(key)) await store.delete(key).catch(() => undefined);
    }
  }
}

/** The photos of a visit (already known visible). */
export async function listVisitPhotos(db: Db, visitId: string): Promise<Photo[]> {
  const rows = await db.select().from(visitPhotos).where(eq(visitPhotos.visitId, visitId)).orderBy(asc(visitPhotos.createdAt), asc(visitPhotos.id));
  return rows.map(toPhoto);
}

/** A visible photo's bytes and type, or undefined. */
export async function readPhoto(db: Db, scope: Scope, store: PhotoStore, id: string): Promise<{ mime: string; bytes: Buffer } | undefined> {
  const [row] = await db
    .select({ p: visitPhotos })
    .from(visitPhotos)
    .innerJoin(visits, eq(visits.id, visitPhotos.visitId))
    .where(and(eq(visitPhotos.id, id), visitVisible(scope)));
  if (!row) return undefined;
  // A row whose object is gone (a demo loaded without its data directory, a backup restored without photos).
  const bytes = await store.get(row.p.storageKey);
  return bytes ? { mime: row.p.mime, bytes } : undefined;
}
