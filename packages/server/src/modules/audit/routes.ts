import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditEntry, auditListQuery, auditParams, paged } from '@qudao/contract';
import { withErrors } from '../../http/responses';
import type { AppDeps } from '../../app';
import { AppError } from '../../http/errors';
import { scopeOf } from '../../http/write';
import { canReadHistory, listHistory } from './repo';

/** `GET /api/audit/:entity/:id`: who changed which field of a record, when, from what to what. */
export async function registerAudit(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  r.get(
    '/api/audit/:entity/:id',
    { config: { permission: 'audit:read' }, schema: { tags: ['audit'], params: auditParams, querystring: auditListQuery, response: withErrors({ 200: paged(auditEntry) }) } },
    async (req) => {
      const { entity, id } = req.params;
      if (!(await canReadHistory(db, scopeOf(req), entity, id))) throw new AppError('NOT_FOUND');
      return listHistory(db, entity, id, req.query);
    },
  );
}
