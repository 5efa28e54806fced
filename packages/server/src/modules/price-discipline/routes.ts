import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idempotencyHeaders, minimumPrice, minimumPriceCreate, paged, priceViolation } from '@qudao/contract';
import type { AppDeps } from '../../app';
import { withErrors } from '../../http/responses';
import { runWrite, scopeOf } from '../../http/write';
import { listMinimumPrices, listViolations } from './repo';
import { createMinimumPrice } from './service';

/** Price discipline (R4): minimum selling prices and the violations found in price observations. */
export async function registerPriceDiscipline(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['price-discipline'];
  const db = deps.database.db;

  r.get('/api/minimum-prices', { config: { permission: 'channel:read' }, schema: { tags, response: withErrors({ 200: paged(minimumPrice) }) } }, async () => {
    const items = await listMinimumPrices(db);
    return { items, total: items.length };
  });

  r.post('/api/minimum-prices', { config: { permission: 'channel:manage' }, schema: { tags, headers: idempotencyHeaders, body: minimumPriceCreate, response: withErrors({ 201: minimumPrice }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 201, (w) => createMinimumPrice(w, req.body)),
  );

  r.get('/api/price-violations', { config: { permission: 'channel:read' }, schema: { tags, response: withErrors({ 200: paged(priceViolation) }) } }, async (req) => {
    const items = await listViolations(db, scopeOf(req));
    return { items, total: items.length };
  });
}
