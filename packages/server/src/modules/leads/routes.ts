import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idempotencyHeaders, idParam, lead, leadConvert, leadPatch, leadCreate, leadDuplicateCheck, leadDuplicateResult, leadListItem, leadListQuery, paged } from '@qudao/contract';
import { withErrors } from '../../http/responses';
import type { AppDeps } from '../../app';
import { AppError } from '../../http/errors';
import { runWrite, scopeOf } from '../../http/write';
import { findLeadDuplicates, findVisibleLead, listLeads, toLead } from './repo';
import { convertLead, createLead, updateLead } from './service';

/** Leads (R2.1): list, check for duplicates, create, read with duplicates, convert to an account. Scoped. */
export async function registerLeads(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['leads'];

  r.get('/api/leads', { config: { permission: 'leads:read' }, schema: { tags, querystring: leadListQuery, response: withErrors({ 200: paged(leadListItem) }) } }, async (req) => listLeads(db, scopeOf(req), req.query));

  r.post('/api/leads/duplicates', { config: { permission: 'leads:read' }, schema: { tags, body: leadDuplicateCheck, response: withErrors({ 200: leadDuplicateResult }) } }, async (req) =>
    findLeadDuplicates(db, scopeOf(req), { name: req.body.name, phone: req.body.phone ?? null, address: req.body.address ?? null }),
  );

  r.get('/api/leads/:id', { config: { permission: 'leads:read' }, schema: { tags, params: idParam, response: withErrors({ 200: lead }) } }, async (req) => {
    const found = await findVisibleLead(db, scopeOf(req), req.params.id);
    if (!found) throw new AppError('NOT_FOUND');
    const dup = found.l.status === 'open' ? await findLeadDuplicates(db, scopeOf(req), found.l, found.l.id) : { duplicates: [], hiddenMatches: 0 };
    return { ...toLead(found.l, found), ...dup };
  });

  r.post('/api/leads', { config: { permission: 'leads:write' }, schema: { tags, headers: idempotencyHeaders, body: leadCreate, response: withErrors({ 201: lead }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 201, (w) => createLead(w, req.body)),
  );

  r.patch('/api/leads/:id', { config: { permission: 'leads:write' }, schema: { tags, headers: idempotencyHeaders, params: idParam, body: leadPatch, response: withErrors({ 200: lead }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => updateLead(w, req.params.id, req.body)),
  );

  r.post(
    '/api/leads/:id/convert',
    { config: { permission: 'leads:write' }, schema: { tags, headers: idempotencyHeaders, params: idParam, body: leadConvert, response: withErrors({ 200: z.object({ accountId: z.uuid() }) }) } },
    async (req, reply) => runWrite(deps, req, reply, 200, (w) => convertLead(w, req.params.id, req.body.distributorId)),
  );
}
