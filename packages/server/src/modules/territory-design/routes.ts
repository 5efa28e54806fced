import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  applyDesignBody, applyDesignResult, designJobStarted, designRequest, idempotencyHeaders, sizingQuery, sizingReport, unitAdjacencyChange,
  unitAdjacencyPair, unitAdjacencyQuery, unitImportBody, unitImportResult, workloadConfig, workloadReport,
} from '@qudao/contract';
import { SolverPool } from '@qudao/solver/worker';
import type { AppDeps } from '../../app';
import { clockOf } from '../../auth/hook';
import { settings } from '../../db/schema';
import { todayIn } from '../../demo/dates';
import { AppError, unwrap } from '../../http/errors';
import { withErrors } from '../../http/responses';
import { runWrite, scopeOf } from '../../http/write';
import { ensureSeededAdjacency, listAdjacency, setPair } from './adjacency';
import { applyDesign } from './apply';
import { finishDesign, prepareDesign } from './design';
import { designJobEventOf, getDesignJob, startDesignJob } from './design-jobs';
import { importUnits, parseUnitGeoJson } from './geojson-import';
import { loadClassRules, loadScopeData, loadWorkloadConfig, workloadConfigKey } from './scope-data';
import { loadUnitShapes } from './unit-shapes';
import { buildSizing, buildWorkloadReport, unitWorkloads } from './workload';

const jobParam = z.object({ id: z.uuid() });

/**
 * Territory design (issue 7, R1): unit adjacency and GeoJSON import (HQ), workload parameters (HQ edits,
 * managers read), workload, sizing, design jobs and apply for the caller's scope (HQ everything; a
 * manager their reps' territories).
 */

export async function registerTerritoryDesign(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['territory-design'];
  const today = () => todayIn(deps.config.QUDAO_TIMEZONE, clockOf(deps)());

  async function analyse(req: FastifyRequest) {
    await ensureSeededAdjacency(db);
    const [data, config, classes] = await Promise.all([loadScopeData(db, scopeOf(req), today()), loadWorkloadConfig(db), loadClassRules(db)]);
    const ids = data.units.map((u) => u.id);
    const [shapes, adjacency] = await Promise.all([loadUnitShapes(db, ids), listAdjacency(db, ids)]);
    const inScope = new Set(ids);
    return { data, config, shapes, adjacency: adjacency.filter((p) => inScope.has(p.unitA) && inScope.has(p.unitB)), rows: unitWorkloads(data, shapes, config, classes) };
  }

  r.get(
    '/api/units/adjacency',
    { config: { permission: 'units:read' }, schema: { tags, querystring: unitAdjacencyQuery, response: withErrors({ 200: z.object({ items: z.array(unitAdjacencyPair), total: z.number().int() }) }) } },
    async (req) => {
      await ensureSeededAdjacency(db);
      const items = await listAdjacency(db, req.query.unitId ? [req.query.unitId] : undefined);
      return { items, total: items.length };
    },
  );
  for (const [method, removed] of [['post', false], ['delete', true]] as const) {
    r[method](
      '/api/units/adjacency',
      { config: { permission: 'units:manage' }, schema: { tags, headers: idempotencyHeaders, body: unitAdjacencyChange, response: withErrors({ 200: unitAdjacencyPair }) } },
      async (req, reply) => {
        await ensureSeededAdjacency(db);
        return runWrite(deps, req, reply, 200, (w) => setPair(w.tx, req.body.unitA, req.body.unitB, removed, w.ctx.now));
      },
    );
  }
  r.post(
    '/api/units/import',
    { bodyLimit: 30 * 1024 * 1024, config: { permission: 'units:manage' }, schema: { tags, headers: idempotencyHeaders, body: unitImportBody, response: withErrors({ 201: unitImportResult }) } },
    async (req, reply) => {
      const parsed = unwrap(parseUnitGeoJson(req.body.geojson, req.body.parentId ?? null, req.locale));
      return runWrite(deps, req, reply, 201, (w) => importUnits(w.tx, req.body.level, parsed, req.locale));
    },
  );

  r.get(
    '/api/territory-design/workload',
    { config: { permission: 'territories:design' }, schema: { tags, response: withErrors({ 200: workloadReport }) } },
    async (req) => {
      const a = await analyse(req);
      return buildWorkloadReport(a.data, a.rows, a.config, a.adjacency.map((p) => [p.unitA, p.unitB]));
    },
  );
  r.get(
    '/api/territory-design/sizing',
    { config: { permission: 'territories:design' }, schema: { tags, querystring: sizingQuery, response: withErrors({ 200: sizingReport }) } },
    async (req) => {
      const a = await analyse(req);
      return buildSizing(a.data, a.rows, a.config, req.query.tolerancePct);
    },
  );
  r.put(
    '/api/territory-design/config',
    { config: { permission: 'units:manage' }, schema: { tags, headers: idempotencyHeaders, body: workloadConfig, response: withErrors({ 200: workloadConfig }) } },
    async (req, reply) =>
      runWrite(deps, req, reply, 200, async (w) => {
        await w.tx.insert(settings).values({ key: workloadConfigKey, value: req.body }).onConflictDoUpdate({ target: settings.key, set: { value: req.body } });
        return { ok: true, value: req.body };
      }),
  );
  r.get(
    '/api/territory-design/config',
    { config: { permission: 'territories:design' }, schema: { tags, response: withErrors({ 200: workloadConfig }) } },
    async () => loadWorkloadConfig(db),
  );
  // The design runs on the solver's worker pool (one at a time, others queue): progress by SSE, cancel keeps the best so far.
  const pool = new SolverPool(1);
  r.post(
    '/api/territory-design/jobs',
    { config: { permission: 'territories:design' }, schema: { tags, body: designRequest, response: withErrors({ 202: designJobStarted }) } },
    async (req, reply) => {
      const a = await analyse(req);
      const prepared = unwrap(prepareDesign(a.data, a.rows, a.shapes, a.adjacency, req.body));
      const job = startDesignJob(
        scopeOf(req).userId,
        (p, o, cb) => pool.submitDistricting(p, o, cb),
        prepared.problem,
        { seed: req.body.seed, timeLimitS: req.body.timeLimitS },
        (outcome) => finishDesign(a.data, a.rows, prepared, outcome, a.config),
      );
      return reply.code(202).send({ jobId: job.id });
    },
  );
  r.get(
    '/api/territory-design/jobs/:id/events',
    { config: { permission: 'territories:design' }, schema: { tags, params: jobParam } },
    async (req, reply) => {
      const job = getDesignJob(req.params.id, scopeOf(req).userId);
      if (!job) throw new AppError('NOT_FOUND');
      reply.hijack();
      reply.raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      const send = () => {
        const event = designJobEventOf(job);
        const open = event.state === 'queued' || event.state === 'running';
        reply.raw.write(`event: ${open ? 'progress' : event.state}\ndata: ${JSON.stringify(event)}\n\n`);
        if (!open) {
          job.listeners.delete(send);
          reply.raw.end();
        }
      };
      job.listeners.add(send);
      req.raw.on('close', () => job.listeners.delete(send));
      send();
    },
  );
  r.post(
    '/api/territory-design/jobs/:id/cancel',
    { config: { permission: 'territories:design' }, schema: { tags, params: jobParam } },
    async (req, reply) => {
      const job = getDesignJob(req.params.id, scopeOf(req).userId);
      if (!job) throw new AppError('NOT_FOUND');
      job.cancel();
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/territory-design/apply',
    { config: { permission: 'territories:design' }, schema: { tags, headers: idempotencyHeaders, body: applyDesignBody, response: withErrors({ 200: applyDesignResult }) } },
    async (req, reply) =>
      runWrite(deps, req, reply, 200, async (w) => {
        const data = await loadScopeData(w.tx, w.scope, today());
        return applyDesign(w, data, req.body.assignment);
      }),
  );
}
