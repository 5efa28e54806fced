import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idempotencyHeaders, idParam, paged, user, userCreate, userListQuery, userPatch } from '@qudao/contract';
import { withErrors } from '../../http/responses';
import type { AppDeps } from '../../app';
import { deleteUserSessions } from '../../auth/sessions';
import { AppError } from '../../http/errors';
import { runWrite, scopeOf } from '../../http/write';
import { getVisibleUser, listUsers, toUser } from './repo';
import { createUser, updateUser } from './service';

/** Users: HQ manages everyone; a manager reads themself and their reps. */
export async function registerUsers(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['users'];

  r.get(
    '/api/users',
    { config: { permission: 'users:read' }, schema: { tags, querystring: userListQuery, response: withErrors({ 200: paged(user) }) } },
    async (req) => listUsers(db, scopeOf(req), req.query),
  );

  r.get(
    '/api/users/:id',
    { config: { permission: 'users:read' }, schema: { tags, params: idParam, response: withErrors({ 200: user }) } },
    async (req) => {
      const row = await getVisibleUser(db, scopeOf(req), req.params.id);
      if (!row) throw new AppError('NOT_FOUND');
      return toUser(row);
    },
  );

  r.post(
    '/api/users',
    { config: { permission: 'users:manage' }, schema: { tags, headers: idempotencyHeaders, body: userCreate, response: withErrors({ 201: user }) } },
    async (req, reply) => runWrite(deps, req, reply, 201, ({ tx, ctx }) => createUser(tx, req.body, ctx)),
  );

  r.patch(
    '/api/users/:id',
    { config: { permission: 'users:manage' }, schema: { tags, headers: idempotencyHeaders, params: idParam, body: userPatch, response: withErrors({ 200: user }) } },
    async (req, reply) =>
      runWrite(deps, req, reply, 200, async ({ tx, ctx }) => {
        const result = await updateUser(tx, req.params.id, req.body, ctx);
        // A new password or a deactivation signs the user out everywhere.
        if (result.ok && (req.body.password !== undefined || req.body.active === false)) await deleteUserSessions(tx, req.params.id);
        return result;
      }),
  );
}
