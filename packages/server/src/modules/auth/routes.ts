import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { loginBody, me, mePatch, ok, type Me } from '@qudao/contract';
import { withErrors } from '../../http/responses';
import type { AppDeps } from '../../app';
import { clearSessionCookie, clockOf, sessionLimits, setSessionCookie } from '../../auth/hook';
import { LoginLimiter } from '../../auth/login-limiter';
import { createSession, deleteSession, sessionCookie } from '../../auth/sessions';
import { AppError } from '../../http/errors';
import { runWrite, sweepIdempotencyKeys } from '../../http/write';
import { findUserByUsername, type UserRow } from '../users/repo';
import { hashPassword, updateUser, verifyPassword } from '../users/service';

function toMe(u: UserRow): Me {
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, managerId: u.managerId, locale: u.locale };
}

/** Login, logout and the signed-in user's own settings. */
export async function registerAuthRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const now = clockOf(deps);
  const limiter = new LoginLimiter(deps.config.QUDAO_LOGIN_MAX_ATTEMPTS, deps.config.QUDAO_LOGIN_WINDOW_SECONDS, now);
  // Verifying against a real hash when the user does not exist keeps the answer time the same,
  // so timing does not reveal which user names exist.
  const decoyHash = hashPassword('decoy password that matches nothing');
  const tags = ['auth'];

  r.post(
    '/api/auth/login',
    { config: { permission: 'public' }, schema: { tags, body: loginBody, response: withErrors({ 200: me }) } },
    async (req, reply) => {
      const key = `${req.body.username.toLowerCase()}|${req.ip}`;
      const waitS = limiter.retryAfterS(key);
      if (waitS > 0) {
        reply.header('retry-after', String(waitS));
        throw new AppError('AUTH.RATE_LIMITED', { seconds: waitS }, { retryAfterS: waitS });
      }
      const user = await findUserByUsername(db, req.body.username);
      const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), req.body.password);
      if (!user || !valid) {
        limiter.fail(key);
        throw new AppError('AUTH.INVALID_CREDENTIALS');
      }
      if (!user.active) throw new AppError('AUTH.USER_INACTIVE');
      limiter.reset(key);
      const token = await createSession(db, user.id, now(), sessionLimits(deps));
      await sweepIdempotencyKeys(db, now());
      setSessionCookie(reply, deps, token);
      if (user.locale) req.locale = user.locale;
      return toMe(user);
    },
  );

  // Public so that a caller whose session already expired can still clear the cookie.
  r.post('/api/auth/logout', { config: { permission: 'public' }, schema: { tags, response: withErrors({ 200: ok }) } }, async (req, reply) => {
    const token = req.cookies[sessionCookie];
    if (token) await deleteSession(db, token);
    clearSessionCookie(reply, deps);
    return { ok: true as const };
  });

  r.get('/api/me', { config: { permission: 'signedIn' }, schema: { tags, response: withErrors({ 200: me }) } }, async (req) => {
    if (!req.user) throw new AppError('AUTH.UNAUTHENTICATED');
    return toMe(req.user);
  });

  r.patch(
    '/api/me',
    { config: { permission: 'signedIn' }, schema: { tags, body: mePatch, response: withErrors({ 200: me }) } },
    async (req, reply) => {
      const id = req.user?.id;
      if (!id) throw new AppError('AUTH.UNAUTHENTICATED');
      const updated = await runWrite(deps, req, reply, 200, ({ tx, ctx }) => updateUser(tx, id, { locale: req.body.locale }, ctx));
      return { id: updated.id, username: updated.username, displayName: updated.displayName, role: updated.role, managerId: updated.managerId, locale: updated.locale };
    },
  );
}
