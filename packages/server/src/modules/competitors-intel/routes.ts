import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { competitorIntelQuery, competitorIntel as competitorIntelSchema, competitorShares as competitorSharesSchema } from '@qudao/contract';
import type { AppDeps } from '../../app';
import { withErrors } from '../../http/responses';
import { scopeOf } from '../../http/write';
import { competitorIntel, competitorShares } from './repo';

/** Competitor intelligence (issue 8 item 4) over the caller's accounts, by region and period. */
export async function registerCompetitorIntel(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['competitor-intel'];
  r.get(
    '/api/competitor-intel',
    { config: { permission: 'channel:read' }, schema: { tags, querystring: competitorIntelQuery, response: withErrors({ 200: competitorIntelSchema }) } },
    async (req) => competitorIntel(deps.database.db, scopeOf(req), req.query),
  );
  r.get(
    '/api/competitor-intel/shares',
    { config: { permission: 'channel:read' }, schema: { tags, querystring: competitorIntelQuery, response: withErrors({ 200: competitorSharesSchema }) } },
    async (req) => competitorShares(deps.database.db, scopeOf(req), req.query),
  );
}
