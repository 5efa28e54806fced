import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import { idempotencyHeaders, idParam, icalFeed, openingHours, planCoverage, planHomeBase, planHomeBaseSet, planDetailWithSettings, planGenerate, planJobStarted, planListItem, type PlanDetail, type PlanSettingsView } from '@qudao/contract';
import type { Weekday } from '@qudao/solver';
import { SolverPool } from '@qudao/solver/worker';
import type { AppDeps } from '../../app';
import { accountIdVisible } from '../../access/visibility';
import { clockOf } from '../../auth/hook';
import { accounts, users } from '../../db/schema';
import { planningIcalTokens, visitPlanAccounts, visitPlans } from '../../db/schema-planning';
import { visits } from '../../db/schema-visits';
import { AppError } from '../../http/errors';
import { runWrite, scopeOf } from '../../http/write';
import { coverageByRegion, coverageOf, regionUnitIds } from './coverage';
import { clearHomeBase, getHomeBase, setHomeBase } from './home-base';
import { buildIcal } from './ical';
import { getPlanDetail, getPlanRow, listPlanRows, loadRepAccounts, setOpeningHours } from './repo';
import { addDays, approvePlan, cancelJob, findRep, getJob, icalToken, repInScope, rollPlannedVisits, startPlanJob, todayIn } from './service';
import { travelProviderFromConfig } from './travel';

const tags = ['planning'];
/** The Monday of the week of an ISO date. */
const weekStartOf = (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
const jobParam = z.object({ id: z.uuid() });

/** Visit planning API (issue 6): generate with progress (SSE) and cancel, read, approve, opening hours, iCalendar feed. */
export async function registerPlanning(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const travel = travelProviderFromConfig(deps.config);
  const pool = new SolverPool(1);
  const today = () => todayIn(deps.config.QUDAO_TIMEZONE, clockOf(deps)());

  // Rolling basis: every hour, approved plans get their planned visits for the next two weeks (idempotent).
  const rollAll = async () => {
    const approved = await db.select({ id: visitPlans.id }).from(visitPlans).where(eq(visitPlans.status, 'approved'));
    for (const p of approved) await rollPlannedVisits(db, p.id, today());
  };
  const timer = setInterval(() => void rollAll().catch((e: unknown) => app.log.error(e)), 3_600_000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));

  r.get('/api/planning/coverage', { config: { permission: 'planning:manage' }, schema: { tags, querystring: z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional(), repId: z.uuid().optional(), regionId: z.string().min(1).max(100).optional() }), response: { 200: planCoverage } } }, async (req) => {
    const scope = scopeOf(req);
    const month = req.query.month ?? today().slice(0, 7);
    let repIds = scope.repIds === 'all' ? (await db.select({ id: users.id }).from(users).where(eq(users.role, 'rep'))).map((u) => u.id) : [...scope.repIds];
    if (req.query.repId) repIds = repIds.filter((id) => id === req.query.repId);
    // Region (issue 6 item 5): only accounts in the unit or below it; the answer is grouped by region too.
    const region = req.query.regionId ? await regionUnitIds(db, req.query.regionId) : undefined;
    const reps = await coverageOf(db, repIds, month, today(), region);
    const regions = await coverageByRegion(db, reps, req.query.regionId);
    const team = { A: { required: 0, effective: 0 }, B: { required: 0, effective: 0 }, C: { required: 0, effective: 0 } };
    for (const rep of reps) for (const c of ['A', 'B', 'C'] as const) {
      team[c].required = Math.round((team[c].required + rep.classes[c].required) * 10) / 10;
      team[c].effective += rep.classes[c].effective;
    }
    return { month, team, reps: reps.map(({ perAccount: _, ...r }) => r), regions };
  });

  r.post('/api/planning/plans', { config: { permission: 'planning:manage' }, schema: { tags, body: planGenerate, response: { 202: planJobStarted } } }, async (req, reply) => {
    const scope = scopeOf(req);
    const rep = await findRep(db, req.body.repId);
    if (!rep || !repInScope(scope.repIds, rep.id)) throw new AppError('PLAN.REP_INVALID');
    if (req.body.basePlanId) {
      const base = await getPlanRow(db, req.body.basePlanId);
      if (!base || base.repId !== rep.id) throw new AppError('NOT_FOUND');
    }
    // The plan starts on this week's Monday (not the next one), so approving it mid-week already gives the
    // rep today's and the rest of this week's planned visits.
    const job = startPlanJob(db, travel, (p, o, cb) => pool.submit(p, o, cb), weekStartOf(today()), scope.userId, { ...req.body, workDays: req.body.workDays as Weekday[] });
    return reply.code(202).send({ jobId: job.id });
  });

  r.get('/api/planning/jobs/:id/events', { config: { permission: 'planning:manage' }, schema: { tags, params: jobParam } }, async (req, reply) => {
    const job = getJob(req.params.id);
    if (!job || job.userId !== scopeOf(req).userId) throw new AppError('NOT_FOUND');
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const send = () => {
      const { state, progress, planId, error } = job;
      reply.raw.write(`event: ${state === 'running' ? 'progress' : state}\ndata: ${JSON.stringify({ state, progress, planId, error })}\n\n`);
      if (state !== 'running') {
        job.listeners.delete(send);
        reply.raw.end();
      }
    };
    job.listeners.add(send);
    req.raw.on('close', () => job.listeners.delete(send));
    send();
  });

  r.post('/api/planning/jobs/:id/cancel', { config: { permission: 'planning:manage' }, schema: { tags, params: jobParam } }, async (req, reply) => {
    const job = getJob(req.params.id);
    if (!job || job.userId !== scopeOf(req).userId) throw new AppError('NOT_FOUND');
    cancelJob(job);
    return reply.code(204).send();
  });

  r.get('/api/planning/plans', { config: { permission: 'planning:read' }, schema: { tags, querystring: z.object({ repId: z.uuid().optional() }), response: { 200: z.object({ items: z.array(planListItem) }) } } }, async (req) => {
    const rows = await listPlanRows(db, scopeOf(req).repIds, req.query.repId);
    return { items: rows.map((p) => ({ ...p, summary: p.summary as PlanDetail['summary'] })) };
  });

  r.get('/api/planning/plans/:id', { config: { permission: 'planning:read' }, schema: { tags, params: idParam, response: { 200: planDetailWithSettings } } }, async (req) => {
    const plan = await getPlanRow(db, req.params.id);
    if (!plan || !repInScope(scopeOf(req).repIds, plan.repId)) throw new AppError('NOT_FOUND');
    const detail = await getPlanDetail(db, plan.id);
    const { info } = await loadRepAccounts(db, plan.repId);
    const rhythm = new Map(detail.accounts.map((a) => [a.accountId, a]));
    const byDay = new Map<number, PlanDetail['days'][number]>();
    for (const s of detail.stops) {
      if (!byDay.has(s.day)) byDay.set(s.day, { day: s.day, date: addDays(plan.startDate, s.day), stops: [] });
      byDay.get(s.day)!.stops.push({ accountId: s.accountId, seq: s.seq, startMin: s.startMin, endMin: s.endMin, travelS: s.travelS, distanceM: s.distanceM });
    }
    return {
      id: plan.id, repId: plan.repId, status: plan.status, startDate: plan.startDate, horizonWeeks: plan.horizonWeeks, summary: plan.summary as PlanDetail['summary'],
      createdAt: plan.createdAt, approvedAt: plan.approvedAt, settings: plan.settings as PlanSettingsView,
      accounts: info.map((a) => {
        const x = rhythm.get(a.id);
        return { ...a, weekday: x?.weekday ?? null, periodWeeks: x?.periodWeeks ?? null, firstWeek: x?.firstWeek ?? null, slotMin: x?.slotMin ?? null };
      }),
      days: [...byDay.values()],
    };
  });

  r.post('/api/planning/plans/:id/approve', { config: { permission: 'planning:manage' }, schema: { tags, params: idParam, response: { 200: z.object({ created: z.number() }) } } }, async (req) => {
    const plan = await getPlanRow(db, req.params.id);
    if (!plan || !repInScope(scopeOf(req).repIds, plan.repId)) throw new AppError('NOT_FOUND');
    const res = await approvePlan(db, plan.id, scopeOf(req).userId, today());
    if (res === 'not_draft') throw new AppError('PLAN.NOT_DRAFT');
    return res;
  });

  r.put('/api/planning/opening-hours/:id', { config: { permission: 'planning:manage' }, schema: { tags, params: idParam, body: openingHours } }, async (req, reply) => {
    const [acc] = await db.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.id, req.params.id), accountIdVisible(scopeOf(req), req.params.id)));
    if (!acc) throw new AppError('NOT_FOUND');
    await setOpeningHours(db, acc.id, req.body.hours as [number, number][][]);
    return reply.code(204).send();
  });

  // The rep's stored home base (where their days start): read, set (a point or an account's location), clear.
  const visibleRep = async (repId: string, repIds: readonly string[] | 'all') => {
    const rep = await findRep(db, repId);
    if (!rep || !repInScope(repIds, rep.id)) throw new AppError('NOT_FOUND');
    return rep.id;
  };
  r.get('/api/planning/reps/:id/home', { config: { permission: 'planning:manage' }, schema: { tags, params: idParam, response: { 200: planHomeBase } } }, async (req) => ({
    home: await getHomeBase(db, await visibleRep(req.params.id, scopeOf(req).repIds)),
  }));
  r.put('/api/planning/reps/:id/home', { config: { permission: 'planning:manage' }, schema: { tags, headers: idempotencyHeaders, params: idParam, body: planHomeBaseSet, response: { 200: planHomeBase } } }, async (req, reply) => {
    const repId = await visibleRep(req.params.id, scopeOf(req).repIds);
    return runWrite(deps, req, reply, 200, (w) => setHomeBase(w, repId, req.body));
  });
  r.delete('/api/planning/reps/:id/home', { config: { permission: 'planning:manage' }, schema: { tags, headers: idempotencyHeaders, params: idParam, response: { 200: planHomeBase } } }, async (req, reply) => {
    const repId = await visibleRep(req.params.id, scopeOf(req).repIds);
    return runWrite(deps, req, reply, 200, (w) => clearHomeBase(w, repId));
  });

  const feedOf = (token: string) => ({ path: `/ical/${token}.ics` });
  r.get('/api/planning/ical', { config: { permission: 'planning:read' }, schema: { tags, response: { 200: icalFeed } } }, async (req) => {
    const scope = scopeOf(req);
    if (scope.role !== 'rep') throw new AppError('NOT_FOUND');
    return feedOf(await icalToken(db, scope.userId));
  });
  r.post('/api/planning/ical/regenerate', { config: { permission: 'planning:read' }, schema: { tags, response: { 200: icalFeed } } }, async (req) => {
    const scope = scopeOf(req);
    if (scope.role !== 'rep') throw new AppError('NOT_FOUND');
    return feedOf(await icalToken(db, scope.userId, true));
  });

  // A manager sees (and can revoke by regenerating) the feed address of a rep in their scope, to set up
  // the rep's phone or to stop a leaked address.
  const repFeed = async (repId: string, repIds: readonly string[] | 'all', regenerate: boolean) => {
    const rep = await findRep(db, repId);
    if (!rep || !repInScope(repIds, rep.id)) throw new AppError('NOT_FOUND');
    return feedOf(await icalToken(db, rep.id, regenerate));
  };
  r.get('/api/planning/reps/:id/ical', { config: { permission: 'planning:manage' }, schema: { tags, params: idParam, response: { 200: icalFeed } } }, async (req) => repFeed(req.params.id, scopeOf(req).repIds, false));
  r.post('/api/planning/reps/:id/ical/regenerate', { config: { permission: 'planning:manage' }, schema: { tags, params: idParam, response: { 200: icalFeed } } }, async (req) => repFeed(req.params.id, scopeOf(req).repIds, true));

  // Public: the secret token in the URL is the credential (calendar apps cannot sign in).
  r.get('/ical/:file', { config: { permission: 'public' }, schema: { tags, params: z.object({ file: z.string().max(100) }) } }, async (req, reply) => {
    const token = req.params.file.replace(/\.ics$/, '');
    const [row] = await db.select({ repId: planningIcalTokens.repId, name: users.displayName }).from(planningIcalTokens).innerJoin(users, eq(users.id, planningIcalTokens.repId)).where(eq(planningIcalTokens.token, token));
    if (!row) throw new AppError('NOT_FOUND');
    const items = await db
      .select({ id: visits.id, date: visits.plannedOn, name: accounts.name, address: accounts.address, slotMin: visitPlanAccounts.slotMin, settings: visitPlans.settings, kind: accounts.kind })
      .from(visits)
      .innerJoin(accounts, eq(accounts.id, visits.accountId))
      .leftJoin(visitPlans, and(eq(visitPlans.repId, visits.repId), eq(visitPlans.status, 'approved')))
      .leftJoin(visitPlanAccounts, and(eq(visitPlanAccounts.planId, visitPlans.id), eq(visitPlanAccounts.accountId, visits.accountId)))
      .where(and(eq(visits.repId, row.repId), inArray(visits.status, ['planned', 'prepared']), gte(visits.plannedOn, addDays(today(), -7))))
      .orderBy(asc(visits.plannedOn))
      .limit(2000);
    const body = buildIcal(`${row.name} 拜访计划`, items.map((v) => {
      const minutes = (v.settings as { visitMinutes?: Record<string, number> } | null)?.visitMinutes?.[v.kind] ?? 60;
      return { id: v.id, date: v.date, startMin: v.slotMin ?? null, durationMin: minutes, summary: `拜访 ${v.name}`, location: v.address, description: `Qudao visit plan · ${v.name}` };
    }), clockOf(deps)());
    return reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'no-store').send(body);
  });
}
