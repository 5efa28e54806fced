import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idempotencyHeaders, idParam, paged, product, productCreate, productLine, productListQuery, productPatch } from '@qudao/contract';
import { withErrors } from '../../http/responses';
import type { AppDeps } from '../../app';
import { AppError } from '../../http/errors';
import { runWrite } from '../../http/write';
import { getProduct, listProductLines, listProducts } from './repo';
import { createProduct, updateProduct } from './service';

/** The product catalogue: everyone reads it, HQ maintains it. */
export async function registerProducts(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['products'];

  r.get(
    '/api/products',
    { config: { permission: 'products:read' }, schema: { tags, querystring: productListQuery, response: withErrors({ 200: paged(product) }) } },
    async (req) => listProducts(db, req.query),
  );

  r.get(
    '/api/products/:id',
    { config: { permission: 'products:read' }, schema: { tags, params: idParam, response: withErrors({ 200: product }) } },
    async (req) => {
      const found = await getProduct(db, req.params.id);
      if (!found) throw new AppError('NOT_FOUND');
      return found;
    },
  );

  r.get(
    '/api/product-lines',
    { config: { permission: 'products:read' }, schema: { tags, response: withErrors({ 200: paged(productLine) }) } },
    async () => {
      const items = await listProductLines(db);
      return { items, total: items.length };
    },
  );

  r.post(
    '/api/products',
    { config: { permission: 'products:write' }, schema: { tags, headers: idempotencyHeaders, body: productCreate, response: withErrors({ 201: product }) } },
    async (req, reply) => runWrite(deps, req, reply, 201, (w) => createProduct(w, req.body)),
  );

  r.patch(
    '/api/products/:id',
    { config: { permission: 'products:write' }, schema: { tags, headers: idempotencyHeaders, params: idParam, body: productPatch, response: withErrors({ 200: product }) } },
    async (req, reply) => runWrite(deps, req, reply, 200, (w) => updateProduct(w, req.params.id, req.body)),
  );
}
