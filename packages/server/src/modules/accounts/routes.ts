import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { account, accountCreate, accountListQuery, accountPatch, accountPoints, idempotencyHeaders, idParam, paged } from '@qudao/contract';
import { withErrors } from '../../http/responses';
import type { AppDeps } from '../../app';
import { AppError } from '../../http/errors';
import { runWrite, scopeOf } from '../../http/write';
import { getAccount, listAccountPoints, listAccounts } from './repo';
import { createAccount, updateAccount } from './service';
import { clockOf } from '../../auth/hook';
import { businessDate } from '../archive/stale-sql';

/** Accounts: list with search/filters/paging, map points, read, create, change (all scoped). */
export async function registerAccounts(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['accounts'];

  r.get(
    '/api/accounts',
    { config: { permission: 'accounts:read' }, schema: { tags, querystring: accountListQuery, response: withErrors({ 200: paged(account) }) } },
    async (req) => listAccounts(db, scopeOf(req), req.query, businessDate(clockOf(deps)(), deps.config.QUDAO_TIMEZONE)),
  );

  r.get(
    '/api/accounts/points',
    { config: { permission: 'accounts:read' }, schema: { tags, response: withErrors({ 200: accountPoints }) } },
    async (req) => {
      const items = await listAccountPoints(db, scopeOf(req));
      return { items, total: items.length };
    },
  );

  r.get(
    '/api/accounts/:id',
    { config: { permission: 'accounts:read' }, schema: { tags, params: idParam, response: withErrors({ 200: account }) } },
    async (req) => {
      const found = await getAccount(db, scopeOf(req), req.params.id);
      if (!found) throw new AppError('NOT_FOUND');
      return found;
    },
  );

  r.post(
    '/api/accounts',
    { config: { permission: 'accounts:write' }, schema: { tags, headers: idempotencyHeaders, body: accountCreate, response: withErrors({ 201: account }) } },
    async (req, reply) => runWrite(deps, req, reply, 201, (w) => createAccount(w, req.body)),
  );

  r.patch(
    '/api/accounts/:id',
    { config: { permission: 'accounts:write' }, schema: { tags, headers: idempotencyHeaders, params: idParam, body: accountPatch, response: withErrors({ 200: account }) } },
    async (req, reply) => runWrite(deps, req, reply, 200, (w) => updateAccount(w, req.params.id, req.body)),
  );
}
