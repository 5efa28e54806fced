import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountKinds, effectiveVisitRule, effectiveVisitRulePut, idempotencyHeaders, paged, salesTool, salesToolsPut, visitSettings } from '@qudao/contract';
import type { AppDeps } from '../../app';
import { withErrors } from '../../http/responses';
import { runWrite, scopeOf } from '../../http/write';
import { putSalesTools, putVisitRule, readVisitSettings } from './settings';

/** HQ's visit settings (R1.5, R3.1 q4): effective-visit rule per account kind and the sales-tools checklist. */
export async function registerVisitSettings(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['visits'];
  const manage = { config: { permission: 'visits:settings' as const } };
  r.get('/api/settings/visits', { config: { permission: 'visits:read' }, schema: { tags, response: withErrors({ 200: visitSettings }) } }, async (req) => {
    scopeOf(req);
    return readVisitSettings(deps.database.db);
  });
  r.put(
    '/api/settings/visits/rules/:kind',
    { ...manage, schema: { tags, headers: idempotencyHeaders, params: z.object({ kind: z.enum(accountKinds) }), body: effectiveVisitRulePut, response: withErrors({ 200: effectiveVisitRule }) } },
    async (req, reply) => runWrite(deps, req, reply, 200, (w) => putVisitRule(w, req.params.kind, req.body)),
  );
  r.put(
    '/api/settings/visits/tools',
    { ...manage, schema: { tags, headers: idempotencyHeaders, body: salesToolsPut, response: withErrors({ 200: paged(salesTool) }) } },
    async (req, reply) =>
      runWrite(deps, req, reply, 200, async (w) => {
        const res = await putSalesTools(w, req.body);
        return res.ok ? { ok: true, value: { items: res.value, total: res.value.length } } : res;
      }),
  );
}
