import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountTierView, idempotencyHeaders, idParam, tierConfig, tierMigration, tierMigrationQuery, tierOverview, tierRunCreate } from '@qudao/contract';
import { getTierPolicy, summariseTierMigration, validateTierConfig, type DistributorTier, type TierConfig } from '@qudao/domain';
import type { AppDeps } from '../../app';
import { clockOf } from '../../auth/hook';
import { accounts } from '../../db/schema';
import { shareEstimates } from '../../db/schema-shared';
import { tierAssessments } from '../../db/schema-classes';
import { todayIn } from '../../demo/dates';
import { AppError } from '../../http/errors';
import { withErrors } from '../../http/responses';
import { runWrite, scopeOf } from '../../http/write';
import { findVisibleAccountRow, visibleAccounts } from '../accounts/repo';
import { loadTierConfig, runTiers, saveTierConfig } from './service';

type Bi = { 'zh-CN': string; en: string };
type Facts = { size?: string | null; sharePercent?: number | null };

function shareBandOf(f: Facts, c: TierConfig): string {
  const s = f.sharePercent;
  if (s === null || s === undefined) return 'unknown';
  if (s > c.aShareAbovePercent) return 'above';
  if (s >= c.bShareBand.minPercent) return 'band';
  return 'below';
}

/** Distributor tiers (R6): thresholds, runs, the matrix and needs-review list, migration, the account card. */
export async function registerTiers(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['tiers'];
  const now = clockOf(deps);
  const today = () => todayIn(deps.config.QUDAO_TIMEZONE, now());

  r.get('/api/tiers/config', { config: { permission: 'tiers:read' }, schema: { tags, response: withErrors({ 200: tierConfig }) } }, async () => loadTierConfig(db));

  r.put(
    '/api/tiers/config',
    { config: { permission: 'tiers:run' }, schema: { tags, headers: idempotencyHeaders, body: tierConfig, response: withErrors({ 200: tierConfig }) } },
    async (req, reply) =>
      runWrite(deps, req, reply, 200, async (w) => {
        const valid = validateTierConfig(req.body);
        if (!valid.ok) return { ok: false, code: 'TIER.CONFIG_INVALID', params: { reason: valid.details.reason } };
        await saveTierConfig(w.tx, valid.value);
        return { ok: true, value: valid.value };
      }),
  );

  r.post(
    '/api/tiers/runs',
    {
      config: { permission: 'tiers:run' },
      schema: { tags, body: tierRunCreate, response: withErrors({ 200: z.object({ runId: z.string().nullable(), asOf: z.string(), dryRun: z.boolean(), counts: z.record(z.string(), z.number()), changed: z.number() }) }) },
    },
    async (req) => {
      const result = await runTiers(db, { asOf: today(), dryRun: req.body.dryRun, trigger: 'manual', ctx: { userId: scopeOf(req).userId, now: now(), source: 'manual' } });
      if (!result.ok) throw new AppError(result.code, result.params ?? {});
      const { runId, asOf, dryRun, counts, changed } = result.value;
      return { runId, asOf, dryRun, counts, changed };
    },
  );

  // The current tier of each visible distributor = its latest history row.
  async function currentTiers(scope: ReturnType<typeof scopeOf>) {
    return db
      .selectDistinctOn([tierAssessments.accountId], { t: tierAssessments, name: accounts.name })
      .from(tierAssessments)
      .innerJoin(accounts, eq(accounts.id, tierAssessments.accountId))
      .where(visibleAccounts(scope))
      .orderBy(tierAssessments.accountId, desc(tierAssessments.effectiveOn), desc(tierAssessments.createdAt));
  }

  r.get('/api/tiers', { config: { permission: 'tiers:read' }, schema: { tags, response: withErrors({ 200: tierOverview }) } }, async (req) => {
    const config = await loadTierConfig(db);
    const rows = await currentTiers(scopeOf(req));
    const counts: Record<string, number> = { A: 0, B: 0, C: 0, needs_review: 0 };
    const cells = new Map<string, { size: string; shareBand: string; tier: string; count: number }>();
    for (const { t } of rows) {
      counts[t.tier] = (counts[t.tier] ?? 0) + 1;
      const f = t.facts as Facts;
      const size = f.size ?? 'unknown';
      const shareBand = shareBandOf(f, config);
      const key = `${size}|${shareBand}|${t.tier}`;
      const cell = cells.get(key) ?? { size, shareBand, tier: t.tier, count: 0 };
      cell.count += 1;
      cells.set(key, cell);
    }
    const asOf = rows.reduce<string | null>((m, { t }) => (m === null || t.effectiveOn > m ? t.effectiveOn : m), null);
    const items = rows
      .map(({ t, name }) => ({ accountId: t.accountId, name, tier: t.tier, reasons: t.reasons as string[], facts: t.facts as Record<string, unknown>, explanation: t.explanation as Bi, effectiveOn: t.effectiveOn }))
      .sort((a, b) => a.tier.localeCompare(b.tier) || a.name.localeCompare(b.name));
    return { asOf, counts, matrix: [...cells.values()], items };
  });

  r.get(
    '/api/tiers/migration',
    { config: { permission: 'tiers:read' }, schema: { tags, querystring: tierMigrationQuery, response: withErrors({ 200: tierMigration }) } },
    async (req) => {
      if (req.query.from > req.query.to) throw new AppError('REQUEST.INVALID', { summary: 'from must not be after to' });
      const events = await db
        .select({ accountId: tierAssessments.accountId, label: tierAssessments.tier, effectiveOn: tierAssessments.effectiveOn })
        .from(tierAssessments)
        .innerJoin(accounts, eq(accounts.id, tierAssessments.accountId))
        .where(and(visibleAccounts(scopeOf(req)), lte(tierAssessments.effectiveOn, req.query.to)))
        .orderBy(asc(tierAssessments.effectiveOn), asc(tierAssessments.createdAt));
      return { items: summariseTierMigration(events as { accountId: string; label: DistributorTier; effectiveOn: string }[], req.query.from, req.query.to) };
    },
  );

  r.get(
    '/api/accounts/:id/tier',
    { config: { permission: 'accounts:read' }, schema: { tags, params: idParam, response: withErrors({ 200: accountTierView }) } },
    async (req) => {
      const acc = await findVisibleAccountRow(db, scopeOf(req), req.params.id);
      if (!acc) throw new AppError('NOT_FOUND');
      const history = await db.select().from(tierAssessments).where(eq(tierAssessments.accountId, acc.id)).orderBy(desc(tierAssessments.effectiveOn), desc(tierAssessments.createdAt));
      const shares = await db
        .select({ date: shareEstimates.date, ourSharePct: shareEstimates.ourSharePct, source: shareEstimates.source })
        .from(shareEstimates)
        .where(eq(shareEstimates.accountId, acc.id))
        .orderBy(asc(shareEstimates.date), sql`${shareEstimates.source} = 'sales_ratio'`);
      const cur = history[0];
      return {
        current: cur
          ? { accountId: acc.id, name: acc.name, tier: cur.tier, reasons: cur.reasons as string[], facts: cur.facts as Record<string, unknown>, explanation: cur.explanation as Bi, effectiveOn: cur.effectiveOn }
          : null,
        policy: cur ? getTierPolicy(cur.tier) : null,
        history: history.map((h) => ({ effectiveOn: h.effectiveOn, tier: h.tier, reasons: h.reasons as string[] })),
        shares,
      };
    },
  );
}
