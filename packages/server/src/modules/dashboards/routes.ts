import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { dashboard, dashboardAccountList, dashboardDrillQuery, dashboardFilters, dashboardKinds } from '@qudao/contract';
import type { AppDeps } from '../../app';
import { clockOf } from '../../auth/hook';
import { withErrors } from '../../http/responses';
import { scopeOf } from '../../http/write';
import { businessDate } from '../archive/stale-sql';
import { drillDashboard, getDashboard } from './service';
import { dashboardWorkbook } from './xlsx';

const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Managers' and HQ's dashboards (issue 8 item 5): per dashboard its figures, the accounts behind a figure
 * and an XLSX export, all over the caller's scope and the filters.
 */
export async function registerDashboards(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const now = clockOf(deps);
  const today = () => businessDate(now(), deps.config.QUDAO_TIMEZONE);
  const tags = ['dashboards'];
  const config = { permission: 'dashboards:read' as const };
  for (const kind of dashboardKinds) {
    r.get(`/api/dashboards/${kind}`, { config, schema: { tags, querystring: dashboardFilters, response: withErrors({ 200: dashboard }) } }, async (req) =>
      getDashboard(db, scopeOf(req), kind, req.query, today()),
    );
    r.get(`/api/dashboards/${kind}/accounts`, { config, schema: { tags, querystring: dashboardDrillQuery, response: withErrors({ 200: dashboardAccountList }) } }, async (req) =>
      drillDashboard(db, scopeOf(req), kind, req.query, today()),
    );
    r.get(`/api/dashboards/${kind}/xlsx`, { config, schema: { tags, querystring: dashboardFilters } }, async (req, reply) => {
      const file = await dashboardWorkbook(await getDashboard(db, scopeOf(req), kind, req.query, today()), req.locale ?? 'zh-CN');
      const d = today();
      return reply.header('content-type', xlsxMime).header('content-disposition', `attachment; filename="qudao-dashboard-${kind}-${d}.xlsx"`).send(file);
    });
  }
}
