import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParam, paged, territory, territoryListQuery } from '@qudao/contract';
import type { AppDeps } from '../../app';
import { AppError } from '../../http/errors';
import { scopeOf } from '../../http/write';
import { getTerritory, listTerritories } from './repo';

const tags = ['territories'];

/** `GET /api/territories` and `GET /api/territories/:id`, limited to the caller's scope. */
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
}
