import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { dumpingCase, dumpingCaseDetail, dumpingDecision, idempotencyHeaders, idParam, paged } from '@qudao/contract';
import type { AppDeps } from '../../app';
import { AppError } from '../../http/errors';
import { withErrors } from '../../http/responses';
import { runWrite, scopeOf } from '../../http/write';
import { dumpingCaseDetail as caseDetail } from './detail';
import { listDumpingCases } from './repo';
import { decideDumpingCase } from './service';

/** Cross-territory dumping cases (R4) built on the 窜货 alerts of downline visits and imported registrations. */
export async function registerDumping(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['dumping'];
  const db = deps.database.db;

  r.get('/api/dumping-cases', { config: { permission: 'visits:review' }, schema: { tags, response: withErrors({ 200: paged(dumpingCase) }) } }, async (req) => {
    const items = await listDumpingCases(db, scopeOf(req));
    return { items, total: items.length };
  });

  r.get('/api/dumping-cases/:id', { config: { permission: 'visits:review' }, schema: { tags, params: idParam, response: withErrors({ 200: dumpingCaseDetail }) } }, async (req) => {
    const found = await caseDetail(db, scopeOf(req), req.params.id);
    if (!found) throw new AppError('NOT_FOUND');
    return found;
  });

  r.post('/api/dumping-cases/:id/steps', { config: { permission: 'visits:review' }, schema: { tags, headers: idempotencyHeaders, params: idParam, body: dumpingDecision, response: withErrors({ 200: dumpingCase }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => decideDumpingCase(w, req.params.id, req.body)),
  );
}
