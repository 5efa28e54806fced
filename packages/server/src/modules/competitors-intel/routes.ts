import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { competitorIntel as competitorIntelSchema } from '@qudao/contract';
import type { AppDeps } from '../../app';
import { withErrors } from '../../http/responses';
import { scopeOf } from '../../http/write';
import { competitorIntel } from './repo';

/** Competitor intelligence (issue 8 item 4) over the caller's accounts. */
export async function registerCompetitorIntel(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/competitor-intel',
    { config: { permission: 'channel:read' }, schema: { tags: ['competitor-intel'], response: withErrors({ 200: competitorIntelSchema }) } },
    async (req) => competitorIntel(deps.database.db, scopeOf(req)),
  );
}
