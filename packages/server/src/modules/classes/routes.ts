import { and, desc, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  accountClassView, classConfig, classOverrideInput, classRun, classRunAccount, classRunAccountsQuery, classRunCreate, idParam, idempotencyHeaders, ok, paged,
} from '@qudao/contract';
import { getVisitIntervalDays, summariseClassRun, validateValueClassConfig, type ClassSummaryRow, type ValueClassConfig } from '@qudao/domain';
import type { AppDeps } from '../../app';
import { clockOf } from '../../auth/hook';
import { accounts } from '../../db/schema';
import { accountClasses } from '../../db/schema-shared';
import { classOverrides, classRunAccounts, classRuns } from '../../db/schema-classes';
import { todayIn } from '../../demo/dates';
import { AppError } from '../../http/errors';
import { withErrors } from '../../http/responses';
import { runWrite, scopeOf } from '../../http/write';
import { findVisibleAccountRow, visibleAccounts } from '../accounts/repo';
import { loadClassConfig, rowsOf, saveClassConfig } from './repo';
import { accountVisible } from '../../access/visibility';
import { startMonthlyClassification, type MonthlyScheduler } from './scheduler';
import { clearClassOverride, listClassRuns, runClassification, setClassOverride } from './service';

type RunRow = typeof classRuns.$inferSelect;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const accountClassStatus = z.object({
  accountId: z.string(),
  valueClass: z.enum(['A', 'B', 'C']).nullable(),
  provisional: z.boolean(),
  tier: z.enum(['A', 'B', 'C', 'needs_review']).nullable(),
  sharePct: z.number().nullable(),
});
const toRun = (r: RunRow) => ({
  id: r.id, asOf: r.asOf, metric: r.metric, trigger: r.trigger, dryRun: false, accountCount: r.accountCount, movedCount: r.movedCount,
  summary: r.summary as ClassSummaryRow[], createdAt: r.createdAt,
});

/** Value classes (R2.2.4): parameters, runs (on demand and monthly), Pareto data, who moved, overrides. */
export async function registerClasses(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['classes'];
  const now = clockOf(deps);
  const today = () => todayIn(deps.config.QUDAO_TIMEZONE, now());

  // The monthly run starts only with a listening server (onListen), never in inject-only tests.
  let scheduler: MonthlyScheduler | undefined;
  app.addHook('onListen', async () => {
    scheduler = startMonthlyClassification(db, { now, timeZone: deps.config.QUDAO_TIMEZONE, onError: (err) => app.log.error({ err }, 'monthly classification failed') });
  });
  app.addHook('onClose', async () => scheduler?.stop());

  r.get('/api/classes/config', { config: { permission: 'classes:read' }, schema: { tags, response: withErrors({ 200: classConfig }) } }, async () => loadClassConfig(db));

  r.put(
    '/api/classes/config',
    { config: { permission: 'classes:run' }, schema: { tags, headers: idempotencyHeaders, body: classConfig, response: withErrors({ 200: classConfig }) } },
    async (req, reply) =>
      runWrite(deps, req, reply, 200, async (w) => {
        const valid = validateValueClassConfig(req.body as ValueClassConfig);
        if (!valid.ok) return { ok: false, code: 'VALUE_CLASS.CONFIG_INVALID', params: { reason: valid.details.reason } };
        await saveClassConfig(w.tx, valid.value);
        return { ok: true, value: valid.value };
      }),
  );

  r.post(
    '/api/classes/runs',
    { config: { permission: 'classes:run' }, schema: { tags, body: classRunCreate, response: withErrors({ 201: classRun, 200: classRun }) } },
    async (req, reply) => {
      const scope = scopeOf(req);
      const result = await runClassification(db, {
        asOf: today(), metric: req.body.metric, dryRun: req.body.dryRun, trigger: 'manual', ctx: { userId: scope.userId, now: now(), source: 'manual' },
      });
      if (!result.ok) throw new AppError(result.code, result.params ?? {});
      const v = result.value;
      reply.status(v.dryRun ? 200 : 201);
      return { id: v.runId, asOf: v.asOf, metric: v.metric, trigger: 'manual', dryRun: v.dryRun, accountCount: v.accountCount, movedCount: v.moved.length, summary: v.summary, createdAt: null };
    },
  );

  r.get('/api/classes/runs', { config: { permission: 'classes:read' }, schema: { tags, response: withErrors({ 200: paged(classRun) }) } }, async (req) => {
    const rows = await listClassRuns(db);
    // The company-wide summary is HQ's; a manager gets the summary of their accounts with each run's accounts.
    const all = scopeOf(req).repIds === 'all';
    return { items: rows.map((r) => ({ ...toRun(r), summary: all ? toRun(r).summary : [] })), total: rows.length };
  });

  r.get(
    '/api/classes/runs/:id/accounts',
    { config: { permission: 'classes:read' }, schema: { tags, params: idParam, querystring: classRunAccountsQuery, response: withErrors({ 200: z.object({ run: classRun, items: z.array(classRunAccount) }) }) } },
    async (req) => {
      const scope = scopeOf(req);
      const [run] = await db.select().from(classRuns).where(eq(classRuns.id, req.params.id));
      if (!run) throw new AppError('NOT_FOUND');
      const conds = [eq(classRunAccounts.runId, run.id), visibleAccounts(scope)];
      if (req.query.kind) conds.push(eq(classRunAccounts.kind, req.query.kind));
      if (req.query.moved === 'true') conds.push(or(isNull(classRunAccounts.previousClass), ne(classRunAccounts.previousClass, classRunAccounts.valueClass))!);
      const rows = await db
        .select({ r: classRunAccounts, name: accounts.name })
        .from(classRunAccounts)
        .innerJoin(accounts, eq(accounts.id, classRunAccounts.accountId))
        .where(and(...conds))
        .orderBy(classRunAccounts.kind, sql`${classRunAccounts.rank} asc nulls last`, desc(classRunAccounts.valueFen));
      const items = rows.map(({ r: a, name }) => ({
        accountId: a.accountId, name, kind: a.kind as 'distributor', valueClass: a.valueClass, previousClass: a.previousClass, basis: a.basis,
        valueFen: Number(a.valueFen), rank: a.rank, cumulativeSharePct: a.cumulativeSharePct, visitIntervalDays: a.visitIntervalDays,
        explanation: a.explanation as { 'zh-CN': string; en: string },
      }));
      // A manager sees the summary of their own accounts, not the company's.
      const summary = scope.repIds === 'all' ? (run.summary as ClassSummaryRow[]) : summariseClassRun(items, run.config as ValueClassConfig);
      return { run: { ...toRun(run), summary }, items };
    },
  );

  r.get(
    '/api/accounts/:id/class',
    { config: { permission: 'accounts:read' }, schema: { tags, params: idParam, response: withErrors({ 200: accountClassView }) } },
    async (req) => {
      const acc = await findVisibleAccountRow(db, scopeOf(req), req.params.id);
      if (!acc) throw new AppError('NOT_FOUND');
      const [current] = await db.select().from(accountClasses).where(eq(accountClasses.accountId, acc.id));
      const [override] = await db.select().from(classOverrides).where(eq(classOverrides.accountId, acc.id));
      const history = await db
        .select({ runId: classRuns.id, asOf: classRuns.asOf, valueClass: classRunAccounts.valueClass, valueFen: classRunAccounts.valueFen, explanation: classRunAccounts.explanation })
        .from(classRunAccounts)
        .innerJoin(classRuns, eq(classRuns.id, classRunAccounts.runId))
        .where(eq(classRunAccounts.accountId, acc.id))
        .orderBy(desc(classRuns.createdAt))
        .limit(24);
      const config = await loadClassConfig(db);
      return {
        accountId: acc.id,
        valueClass: current?.valueClass ?? null,
        provisional: current?.provisional ?? false,
        visitIntervalDays: current ? getVisitIntervalDays(acc.kind, current.valueClass, config) : null,
        override: override ? { valueClass: override.valueClass, reason: override.reason, expiresOn: override.expiresOn } : null,
        explanation: (history[0]?.explanation as { 'zh-CN': string; en: string } | undefined) ?? null,
        history: history.map((h) => ({ runId: h.runId, asOf: h.asOf, valueClass: h.valueClass, valueFen: Number(h.valueFen) })),
      };
    },
  );

  r.put(
    '/api/accounts/:id/class-override',
    { config: { permission: 'classes:override' }, schema: { tags, headers: idempotencyHeaders, params: idParam, body: classOverrideInput, response: withErrors({ 200: classOverrideInput.extend({ accountId: z.string() }) }) } },
    async (req, reply) =>
      runWrite(deps, req, reply, 200, async (w) => {
        if (!(await findVisibleAccountRow(w.tx, w.scope, req.params.id))) return { ok: false, code: 'NOT_FOUND' };
        return setClassOverride(w.tx, w.ctx, { accountId: req.params.id, ...req.body }, today());
      }),
  );

  r.delete(
    '/api/accounts/:id/class-override',
    { config: { permission: 'classes:override' }, schema: { tags, headers: idempotencyHeaders, params: idParam, response: withErrors({ 200: ok }) } },
    async (req, reply) =>
      runWrite(deps, req, reply, 200, async (w) => {
        if (!(await findVisibleAccountRow(w.tx, w.scope, req.params.id))) return { ok: false, code: 'NOT_FOUND' };
        return clearClassOverride(w.tx, w.ctx, req.params.id);
      }),
  );

  r.get(
    '/api/classes/status',
    {
      config: { permission: 'accounts:read' },
      schema: { tags, querystring: z.object({ ids: z.string().max(200 * 37) }), response: withErrors({ 200: z.object({ items: z.array(accountClassStatus) }) }) },
    },
    async (req) => {
      const ids = req.query.ids.split(',').filter((id) => uuidPattern.test(id)).slice(0, 200);
      if (ids.length === 0) return { items: [] };
      const rows = rowsOf<{ accountId: string; valueClass: 'A' | 'B' | 'C' | null; provisional: boolean | null; tier: string | null; sharePct: number | null }>(
        await db.execute(sql`
          select a.id as "accountId", ac.value_class as "valueClass", ac.provisional,
            (select ta.tier from tier_assessments ta where ta.account_id = a.id order by ta.effective_on desc, ta.created_at desc limit 1) as tier,
            (select se.our_share_pct from share_estimates se where se.account_id = a.id order by se.date desc, (se.source = 'sales_ratio') desc limit 1) as "sharePct"
          from accounts a left join account_classes ac on ac.account_id = a.id
          where a.id = any(${sql.param(ids)}::uuid[]) and ${accountVisible(scopeOf(req), { unitId: sql`a.unit_id`, distributorId: sql`a.distributor_id` })}`),
      );
      return { items: rows.map((r) => ({ ...r, provisional: r.provisional ?? false, tier: r.tier as 'A' | null, sharePct: r.sharePct === null ? null : Number(r.sharePct) })) };
    },
  );
}
