import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  idempotencyHeaders, idParam, minimumPriceCreate, minimumPricePatch, minimumPriceRow, paged, priceObservation, priceObservationCreate, priceViolationQuery, priceViolationRow,
} from '@qudao/contract';
import type { AppDeps } from '../../app';
import { withErrors } from '../../http/responses';
import { runWrite, scopeOf } from '../../http/write';
import { listMinimumPrices, listViolations } from './list';
import { createMinimumPrice, createObservation, patchMinimumPrice } from './service';

/** Price discipline (R4): minimum selling prices, price observations and the violations found in them. */
export async function registerPriceDiscipline(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['price-discipline'];
  const db = deps.database.db;

  r.get('/api/minimum-prices', { config: { permission: 'channel:read' }, schema: { tags, response: withErrors({ 200: paged(minimumPriceRow) }) } }, async () => {
    const items = await listMinimumPrices(db);
    return { items, total: items.length };
  });

  r.post('/api/minimum-prices', { config: { permission: 'channel:manage' }, schema: { tags, headers: idempotencyHeaders, body: minimumPriceCreate, response: withErrors({ 201: minimumPriceRow }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 201, (w) => createMinimumPrice(w, req.body)),
  );

  r.patch('/api/minimum-prices/:id', { config: { permission: 'channel:manage' }, schema: { tags, headers: idempotencyHeaders, params: idParam, body: minimumPricePatch, response: withErrors({ 200: minimumPriceRow }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => patchMinimumPrice(w, req.params.id, req.body)),
  );

  r.get('/api/price-violations', { config: { permission: 'channel:read' }, schema: { tags, querystring: priceViolationQuery, response: withErrors({ 200: paged(priceViolationRow) }) } }, async (req) => {
    const items = await listViolations(db, scopeOf(req), req.query);
    return { items, total: items.length };
  });

  // A price seen outside a visit (a phone call, an invoice shown, a quote forwarded) by a manager or rep.
  r.post('/api/price-observations', { config: { permission: 'accounts:write' }, schema: { tags, headers: idempotencyHeaders, body: priceObservationCreate, response: withErrors({ 201: priceObservation }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 201, (w) => createObservation(w, req.body)),
  );
}
