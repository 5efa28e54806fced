import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../app';
import { resolveScope } from '../access/visibility';
import { AppError } from '../http/errors';
import { permissionRoles } from '../http/permissions';
import type { UserRow } from '../modules/users/repo';
import { checkSession, sessionCookie, type SessionLimits } from './sessions';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, set by the auth hook on every non-public route. */
    user?: UserRow;
  }
}

/** The clock of the app: injected in tests to move time. */
export function clockOf(deps: AppDeps): () => Date {
  return deps.now ?? (() => new Date());
}

/** Session limits from the configuration. */
export function sessionLimits(deps: AppDeps): SessionLimits {
  return { idleMinutes: deps.config.QUDAO_SESSION_IDLE_MINUTES, maxHours: deps.config.QUDAO_SESSION_MAX_HOURS };
}

/** Sets the session cookie: httpOnly, SameSite=Lax, Secure behind HTTPS, lasting the absolute limit. */
export function setSessionCookie(reply: FastifyReply, deps: AppDeps, token: string) {
  reply.setCookie(sessionCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.QUDAO_SECURE_COOKIES,
    maxAge: deps.config.QUDAO_SESSION_MAX_HOURS * 3600,
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(reply: FastifyReply, deps: AppDeps) {
  reply.clearCookie(sessionCookie, { path: '/', httpOnly: true, sameSite: 'lax', secure: deps.config.QUDAO_SECURE_COOKIES });
}

/**
 * Installs cookies and the auth hook. It runs at onRequest (before body validation) so that an anonymous
 * caller learns nothing about a route's input, and so validation messages already use the user's
 * language. It reads the route's declared permission, checks the session and the role, and sets
 * `req.user`, `req.scope` and `req.locale`.
 */
export async function registerAuth(app: FastifyInstance, deps: AppDeps) {
  await app.register(cookie);
  const now = clockOf(deps);
  const limits = sessionLimits(deps);
  app.addHook('onRequest', async (req, reply) => {
    const permission = req.routeOptions.config?.permission;
    // No permission means no /api route matched (the 404 handler) or a public route.
    if (!permission || permission === 'public') return;
    const token = req.cookies[sessionCookie];
    if (!token) throw new AppError('AUTH.UNAUTHENTICATED');
    const session = await checkSession(deps.database.db, token, now(), limits);
    if (session.status !== 'valid') {
      clearSessionCookie(reply, deps);
      throw new AppError(session.status === 'expired' ? 'AUTH.SESSION_EXPIRED' : 'AUTH.UNAUTHENTICATED');
    }
    const user = session.user;
    if (!user.active) {
      clearSessionCookie(reply, deps);
      throw new AppError('AUTH.USER_INACTIVE');
    }
    if (user.locale) req.locale = user.locale;
    const roles: readonly string[] | null = permissionRoles[permission];
    if (!roles || !roles.includes(user.role)) throw new AppError('AUTH.FORBIDDEN');
    req.user = user;
    req.scope = await resolveScope(deps.database.db, user);
  });
}
