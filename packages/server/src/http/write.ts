import { and, eq, lt } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app';
import type { Scope } from '../access/scope';
import type { WriteContext } from '../audit/record';
import { clockOf } from '../auth/hook';
import type { Db } from '../db/connect';
import { idempotencyKeys } from '../db/schema';
import { findPgError } from './db-errors';
import { AppError, unwrap, type Result } from './errors';

/** What a write needs: the transaction, who asks (scope) and the audit context. */
export interface WriteScope {
  tx: Db;
  scope: Scope;
  ctx: WriteContext;
}

/** The scope of a signed-in request; a route reaching here without one is a wiring bug. */
export function scopeOf(req: FastifyRequest): Scope {
  if (!req.scope) throw new Error(`route ${req.routeOptions.url} reached a handler without a scope`);
  return req.scope;
}

/**
 * Runs a write in one transaction (the change and its audit rows commit together or not at all) and
 * answers `status`. With an `Idempotency-Key` header, the first success is stored with the write and
 * a replay by the same user answers the stored response without writing again.
 */
export async function runWrite<T>(
  deps: AppDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  work: (w: WriteScope) => Promise<Result<T>>,
): Promise<T> {
  const scope = scopeOf(req);
  const db = deps.database.db;
  const ctx: WriteContext = { userId: scope.userId, now: clockOf(deps)(), source: 'manual' };
  const header = req.headers['idempotency-key'];
  const rawKey = typeof header === 'string' ? header.trim() : '';
  if (rawKey.length > 200) throw new AppError('REQUEST.INVALID', { summary: 'Idempotency-Key: at most 200 characters' });
  // The same key on another route is another request.
  const key = rawKey ? `${req.method} ${req.routeOptions.url} ${JSON.stringify(req.params)} ${rawKey}` : '';

  if (key) {
    const replayed = await findStored(db, scope.userId, key);
    if (replayed) {
      reply.status(replayed.statusCode);
      return replayed.response as T;
    }
  }
  try {
    const value = await db.transaction(async (tx) => {
      const v = unwrap(await work({ tx, scope, ctx }));
      if (key) {
        await tx.insert(idempotencyKeys).values({ key, userId: scope.userId, statusCode: status, response: v as object, createdAt: ctx.now.toISOString() });
      }
      return v;
    });
    reply.status(status);
    return value;
  } catch (err) {
    // Two copies of the same retried request raced: the loser answers what the winner stored.
    if (key && findPgError(err)?.code === '23505') {
      const replayed = await findStored(db, scope.userId, key);
      if (replayed) {
        reply.status(replayed.statusCode);
        return replayed.response as T;
      }
    }
    throw err;
  }
}

async function findStored(db: Db, userId: string, key: string) {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
  return row;
}

/** How long a stored response answers replays: a phone retries within minutes, not days. */
export const idempotencyKeepHours = 24;

/** Deletes stored responses older than {@link idempotencyKeepHours} (run at login, like the session sweep). */
export async function sweepIdempotencyKeys(db: Db, now: Date): Promise<void> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - idempotencyKeepHours * 3_600_000).toISOString()));
}
