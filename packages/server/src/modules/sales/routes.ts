import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParam, monthlySales as monthlySalesSchema, monthlySalesQuery, paged, salesLine, salesLineListQuery } from '@qudao/contract';
import { withErrors } from '../../http/responses';
import type { AppDeps } from '../../app';
import { clockOf } from '../../auth/hook';
import { AppError } from '../../http/errors';
import { scopeOf } from '../../http/write';
import { lastMonths, listSalesLines, monthlySales } from './repo';

/** Sales of an account: its lines (paged) and its monthly totals. Read-only; imports write sales. */
export async function registerSales(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['sales'];
  const now = clockOf(deps);

  r.get(
    '/api/accounts/:id/sales-lines',
    { config: { permission: 'accounts:read' }, schema: { tags, params: idParam, querystring: salesLineListQuery, response: withErrors({ 200: paged(salesLine) }) } },
    async (req) => {
      const page = await listSalesLines(db, scopeOf(req), req.params.id, req.query);
      if (!page) throw new AppError('NOT_FOUND');
      return page;
    },
  );

  r.get(
    '/api/accounts/:id/sales/monthly',
    { config: { permission: 'accounts:read' }, schema: { tags, params: idParam, querystring: monthlySalesQuery, response: withErrors({ 200: monthlySalesSchema }) } },
    async (req) => {
      const months = lastMonths(now(), deps.config.QUDAO_TIMEZONE, req.query.months);
      const result = await monthlySales(db, scopeOf(req), req.params.id, months);
      if (!result) throw new AppError('NOT_FOUND');
      return result;
    },
  );
}
