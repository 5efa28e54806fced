import { createHash, randomBytes } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { sessions, users } from '../db/schema';
import { toIso } from '../db/time';

/** Name of the session cookie. */
export const sessionCookie = 'qudao_session';

/** A fresh unguessable session token (256 bits, URL-safe). It is sent once, in the cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The sha256 of a token: what the sessions table stores, so a leaked table opens no session. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Session timing limits from the configuration. */
export interface SessionLimits {
  idleMinutes: number;
  maxHours: number;
}

/** Creates a session for the user and returns its token (to be put in the cookie). */
export async function createSession(db: Db, userId: string, now: Date, limits: SessionLimits): Promise<string> {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + limits.maxHours * 3_600_000);
  await db.insert(sessions).values({
    tokenHash: hashSessionToken(token),
    userId,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  // Expired sessions are swept at login, which keeps the table small without a background job.
  await db.delete(sessions).where(lt(sessions.expiresAt, now.toISOString()));
  return token;
}

/** Outcome of looking a token up: the user, or why there is none. */
export type SessionCheck = { status: 'valid'; user: typeof users.$inferSelect; tokenHash: string } | { status: 'missing' } | { status: 'expired' };

// Writing last_seen_at on every request would turn reads into writes; a minute's precision suffices.
const touchEveryMs = 60_000;

/**
 * Checks a cookie token against the idle and absolute limits at `now`, refreshing the idle clock, and
 * returns the session's user. An expired session is deleted.
 */
export async function checkSession(db: Db, token: string, now: Date, limits: SessionLimits): Promise<SessionCheck> {
  const tokenHash = hashSessionToken(token);
  // One round trip for the session and its user: this runs before every signed-in request.
  const [found] = await db.select({ row: sessions, user: users }).from(sessions).innerJoin(users, eq(users.id, sessions.userId)).where(eq(sessions.tokenHash, tokenHash));
  if (!found) return { status: 'missing' };
  const row = found.row;
  const lastSeenMs = Date.parse(toIso(row.lastSeenAt));
  const createdMs = Date.parse(toIso(row.createdAt));
  const nowMs = now.getTime();
  const idle = nowMs - lastSeenMs > limits.idleMinutes * 60_000;
  const tooOld = nowMs - createdMs > limits.maxHours * 3_600_000 || nowMs >= Date.parse(toIso(row.expiresAt));
  if (idle || tooOld) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return { status: 'expired' };
  }
  if (nowMs - lastSeenMs >= touchEveryMs) {
    await db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.tokenHash, tokenHash));
  }
  return { status: 'valid', user: found.user, tokenHash };
}

/** Ends the session of a token (logout); unknown tokens are ignored. */
export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashSessionToken(token)));
}

/** Ends every session of a user (deactivation, password change). */
export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
