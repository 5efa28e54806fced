import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type FreshnessRulesBody, accountArchive, archiveStatusList, archiveStatusQuery, accountArchivePatch, auditEntry, competitorCreate, contactProfilePatch, freshnessRules, idempotencyHeaders, idParam, ok, orderOutcomeCreate, pageQuery, paged,
  salesTargetList, salesTargetPut, sectionVerify, unitIdParam, unitProfilePatch,
} from '@qudao/contract';
import { validateFreshnessRules } from '@qudao/domain';
import { withErrors } from '../../http/responses';
import type { AppDeps } from '../../app';
import { clockOf } from '../../auth/hook';
import { AppError, type Result } from '../../http/errors';
import { runWrite, scopeOf } from '../../http/write';
import { settings } from '../../db/schema';
import { freshnessRulesOf, freshnessSettingKey, getArchive } from './repo';
import { addCompetitor, addOrderOutcome, deleteCompetitorEntry, updateAccountArchive, updateContactProfile, updateUnitProfile, verifySection } from './service';
import { accountTimeline } from './timeline';
import { businessDate } from './stale-sql';
import { listTargets, putTargets } from './targets';


const created = z.object({ id: z.uuid() });

/** The customer archive (R5): read with completeness and freshness, write per section, verify, timeline, targets. */
export async function registerArchive(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['archive'];
  const now = clockOf(deps);
  const today = () => businessDate(now(), deps.config.QUDAO_TIMEZONE);
  const write = { config: { permission: 'accounts:write' as const } };

  r.get('/api/accounts/:id/archive', { config: { permission: 'accounts:read' }, schema: { tags, params: idParam, response: withErrors({ 200: accountArchive }) } }, async (req) => {
    const archive = await getArchive(db, scopeOf(req), req.params.id, today());
    if (!archive) throw new AppError('NOT_FOUND');
    return archive;
  });

  r.patch('/api/accounts/:id/archive', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, body: accountArchivePatch, response: withErrors({ 200: ok }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => updateAccountArchive(w, req.params.id, req.body, today())),
  );

  r.post('/api/accounts/:id/archive/verify', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, body: sectionVerify, response: withErrors({ 200: ok }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => verifySection(w, req.params.id, req.body)),
  );

  r.patch('/api/contacts/:id/profile', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, body: contactProfilePatch, response: withErrors({ 200: ok }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => updateContactProfile(w, req.params.id, req.body, today())),
  );

  r.patch('/api/units/:id/profile', { ...write, schema: { tags, headers: idempotencyHeaders, params: unitIdParam, body: unitProfilePatch, response: withErrors({ 200: ok }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => updateUnitProfile(w, req.params.id, req.body, today())),
  );

  r.post('/api/accounts/:id/competitors', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, body: competitorCreate, response: withErrors({ 201: created }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 201, (w) => addCompetitor(w, req.params.id, req.body, today())),
  );

  r.delete('/api/competitors/:id', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, response: withErrors({ 200: ok }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => deleteCompetitorEntry(w, 'competitor', req.params.id, today())),
  );

  r.post('/api/accounts/:id/order-outcomes', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, body: orderOutcomeCreate, response: withErrors({ 201: created }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 201, (w) => addOrderOutcome(w, req.params.id, req.body, today())),
  );

  r.delete('/api/order-outcomes/:id', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, response: withErrors({ 200: ok }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => deleteCompetitorEntry(w, 'orderOutcome', req.params.id, today())),
  );

  r.get('/api/accounts/:id/timeline', { config: { permission: 'audit:read' }, schema: { tags, params: idParam, querystring: pageQuery, response: withErrors({ 200: paged(auditEntry) }) } }, async (req) => {
    const page = await accountTimeline(db, scopeOf(req), req.params.id, req.query.page, req.query.pageSize);
    if (!page) throw new AppError('NOT_FOUND');
    return page;
  });

  r.get('/api/accounts/:id/targets', { config: { permission: 'accounts:read' }, schema: { tags, params: idParam, response: withErrors({ 200: salesTargetList }) } }, async (req) => {
    const items = await listTargets(db, scopeOf(req), req.params.id);
    if (!items) throw new AppError('NOT_FOUND');
    return { items };
  });

  r.put('/api/accounts/:id/targets', { ...write, schema: { tags, headers: idempotencyHeaders, params: idParam, body: salesTargetPut, response: withErrors({ 200: salesTargetList }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, (w) => putTargets(w, req.params.id, req.body)),
  );

  r.get('/api/archive/status', { config: { permission: 'accounts:read' }, schema: { tags, querystring: archiveStatusQuery, response: withErrors({ 200: archiveStatusList }) } }, async (req) => {
    // Ids that are not uuids cannot name an account; they are left out like invisible ones.
    const ids = [...new Set(req.query.ids.split(','))].filter((x) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(x)).slice(0, 200);
    const day = today();
    const items = [];
    for (const id of ids) {
      const a = await getArchive(db, scopeOf(req), id, day);
      if (a) items.push({ accountId: a.accountId, overallPercent: a.overallPercent, valueClass: a.valueClass, staleSections: a.sections.filter((s) => s.stale).map((s) => s.section) });
    }
    return { items };
  });

  r.get('/api/settings/archive-freshness', { config: { permission: 'accounts:read' }, schema: { tags, response: withErrors({ 200: freshnessRules }) } }, async () => freshnessRulesOf(db));

  r.put('/api/settings/archive-freshness', { config: { permission: 'archive:settings' }, schema: { tags, headers: idempotencyHeaders, body: freshnessRules, response: withErrors({ 200: freshnessRules }) } }, async (req, reply) =>
    runWrite(deps, req, reply, 200, async (w): Promise<Result<FreshnessRulesBody>> => {
      const checked = validateFreshnessRules(req.body);
      if (!checked.ok) return { ok: false, code: 'ARCHIVE.CONFIG_INVALID', params: { reason: checked.details.reason } };
      await w.tx.insert(settings).values({ key: freshnessSettingKey, value: req.body }).onConflictDoUpdate({ target: settings.key, set: { value: req.body } });
      return { ok: true, value: req.body };
    }),
  );
}
