import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { channelDashboard as channelDashboardSchema, channelDashboardQuery } from '@qudao/contract';
import type { AppDeps } from '../../app';
import { withErrors } from '../../http/responses';
import { scopeOf } from '../../http/write';
import { channelDashboard } from './repo';

/** Managers' and HQ's dashboards (issue 8 item 5); so far the channel dashboard. */
export async function registerDashboards(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/dashboards/channel',
    { config: { permission: 'channel:read' }, schema: { tags: ['dashboards'], querystring: channelDashboardQuery, response: withErrors({ 200: channelDashboardSchema }) } },
    async (req) => channelDashboard(deps.database.db, scopeOf(req), req.query),
  );
}
