import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idempotencyHeaders, idParam, paged, pendingPolicies, policy, policyCoverage, policyCreate, policyDeliveryCreate, policyRelease } from '@qudao/contract';
import type { AppDeps } from '../../app';
import { AppError } from '../../http/errors';
import { withErrors } from '../../http/responses';
import { runWrite, scopeOf } from '../../http/write';
import { findVisibleAccountRow } from '../accounts/repo';
import { listPolicies, pendingPoliciesFor, policyCoverage as coverageOf } from './repo';
import { createPolicy, deliverPolicy, releasePolicy } from './service';

/** Channel policies (R2.3): draft, release after discussion (or HQ override), delivery and its coverage. */
export async function registerPolicies(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['policies'];
  const db = deps.database.db;

  r.get('/api/policies', { config: { permission: 'channel:read' }, schema: { tags, response: withErrors({ 200: paged(policy) }) } }, async (req) => {
    const items = await listPolicies(db, scopeOf(req));
    return { items, total: items.length };
  });

  r.get('/api/policies/:id/coverage', { config: { permission: 'channel:read' }, schema: { tags, params: idParam, response: withErrors({ 200: policyCoverage }) } }, async (req) => {
    const [p] = await listPolicies(db, scopeOf(req), req.params.id);
    if (!p) throw new AppError('NOT_FOUND');
    return coverageOf(db, scopeOf(req), p.id);
  });

  r.get('/api/accounts/:id/pending-policies', { config: { permission: 'visits:read' }, schema: { tags, params: idParam, response: withErrors({ 200: pendingPolicies }) } }, async (req) => {
    const acc = await findVisibleAccountRow(db, scopeOf(req), req.params.id);
    if (!acc) throw new AppError('NOT_FOUND');
    return { items: await pendingPoliciesFor(db, acc.id) };
  });

  r.post('/api/policies', { config: { permission: 'channel:manage' }, schema: { tags, headers: idempotencyHeaders, body: policyCreate, response: withErrors({ 201: policy }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 201, (w) => createPolicy(w, req.body)),
  );

  r.post('/api/policies/:id/release', { config: { permission: 'channel:manage' }, schema: { tags, headers: idempotencyHeaders, params: idParam, body: policyRelease, response: withErrors({ 200: policy }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => releasePolicy(w, req.params.id, req.body)),
  );

  r.post('/api/policies/:id/deliveries', { config: { permission: 'visits:write' }, schema: { tags, headers: idempotencyHeaders, params: idParam, body: policyDeliveryCreate, response: withErrors({ 200: policy }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => deliverPolicy(w, req.params.id, req.body)),
  );
}
