import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  applyDesignBody, applyDesignResult, designRequest, designResult, idempotencyHeaders, sizingQuery, sizingReport, unitAdjacencyChange,
  unitAdjacencyPair, unitAdjacencyQuery, unitImportBody, unitImportResult, workloadConfig, workloadReport,
} from '@qudao/contract';
import type { AppDeps } from '../../app';
import { clockOf } from '../../auth/hook';
import { settings } from '../../db/schema';
import { todayIn } from '../../demo/dates';
import { unwrap } from '../../http/errors';
import { withErrors } from '../../http/responses';
import { runWrite, scopeOf } from '../../http/write';
import { ensureSeededAdjacency, listAdjacency, setPair } from './adjacency';
import { applyDesign } from './apply';
import { designTerritories } from './design';
import { importUnits, parseUnitGeoJson } from './geojson-import';
import { loadClassRules, loadScopeData, loadWorkloadConfig, workloadConfigKey } from './scope-data';
import { loadUnitShapes } from './unit-shapes';
import { buildSizing, buildWorkloadReport, unitWorkloads } from './workload';

/**
 * Territory design (issue 7, R1): unit adjacency and GeoJSON import (HQ), workload, sizing, design and
 * apply for the caller's scope (HQ everything; a manager their reps' territories).
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
  r.post(
    '/api/territory-design/solve',
    { config: { permission: 'territories:design' }, schema: { tags, body: designRequest, response: withErrors({ 200: designResult }) } },
    async (req) => {
      const a = await analyse(req);
      return unwrap(designTerritories(a.data, a.rows, a.shapes, a.adjacency, req.body, a.config));
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
