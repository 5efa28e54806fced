import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idempotencyHeaders, idParam, paged, territory, territoryCreate, territoryListQuery, territoryPatch } from '@qudao/contract';
import type { AppDeps } from '../../app';
import { AppError } from '../../http/errors';
import { withErrors } from '../../http/responses';
import { runWrite, scopeOf } from '../../http/write';
import { getTerritory, listTerritories } from './repo';
import { createTerritory, patchTerritory } from './service';

const tags = ['territories'];

/**
 * `GET /api/territories` and `GET /api/territories/:id`, limited to the caller's scope; `POST` and `PATCH`
 * (HQ, and managers for their reps' territories) create, rename and assign a rep, with audit history.
 */
export async function registerTerritories(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/territories',
    { config: { permission: 'territories:read' }, schema: { tags, querystring: territoryListQuery, response: { 200: paged(territory) } } },
    async (req) => listTerritories(deps.database.db, scopeOf(req), req.query),
  );
  r.get(
    '/api/territories/:id',
    { config: { permission: 'territories:read' }, schema: { tags, params: idParam, response: { 200: territory } } },
    async (req) => {
      const found = await getTerritory(deps.database.db, scopeOf(req), req.params.id);
      if (!found) throw new AppError('NOT_FOUND');
      return found;
    },
  );
  r.post(
    '/api/territories',
    { config: { permission: 'territories:design' }, schema: { tags, headers: idempotencyHeaders, body: territoryCreate, response: withErrors({ 201: territory }) } },
    async (req, reply) => runWrite(deps, req, reply, 201, (w) => createTerritory(w, req.body)),
  );
  r.patch(
    '/api/territories/:id',
    { config: { permission: 'territories:design' }, schema: { tags, headers: idempotencyHeaders, params: idParam, body: territoryPatch, response: withErrors({ 200: territory }) } },
    async (req, reply) => runWrite(deps, req, reply, 200, (w) => patchTerritory(w, req.params.id, req.body)),
  );
}
