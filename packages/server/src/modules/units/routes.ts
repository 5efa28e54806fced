import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { paged, unit, unitListQuery } from '@qudao/contract';
import type { AppDeps } from '../../app';
import { AppError } from '../../http/errors';
import { getUnit, listUnits } from './repo';

const tags = ['units'];

/** `GET /api/units` (filter by level, parent, name) and `GET /api/units/:id`. */
export async function registerUnits(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/units', { config: { permission: 'units:read' }, schema: { tags, querystring: unitListQuery, response: { 200: paged(unit) } } }, async (req) =>
    listUnits(deps.database.db, req.query),
  );
  r.get(
    '/api/units/:id',
    { config: { permission: 'units:read' }, schema: { tags, params: z.object({ id: z.string().min(1).max(64) }), response: { 200: unit } } },
    async (req) => {
      const found = await getUnit(deps.database.db, req.params.id);
      if (!found) throw new AppError('NOT_FOUND');
      return found;
    },
  );
}
