import { eq, sql } from 'drizzle-orm';
import {
  assignDistributorTiers, computeSharePercent, defaultTierConfig, getTrailingYearWindow, pickCurrentShare, validateTierConfig, type CreditRating,
  type DistributorTier, type ShareObservation, type TierConfig,
} from '@qudao/domain';
import type { Db } from '../../db/connect';
import { settings } from '../../db/schema';
import { tierAssessments, tierRuns } from '../../db/schema-classes';
import type { Result } from '../../http/errors';
import type { WriteContext } from '../../audit/record';
import { rowsOf } from '../classes/repo';
import type { RunTrigger } from '../classes/service';

/** Settings key of HQ's tier thresholds. */
export const tierConfigKey = 'tier_config';

/** HQ's thresholds over the R6 defaults (a stored value that no longer validates is ignored). */
export async function loadTierConfig(db: Db): Promise<TierConfig> {
  const [row] = await db.select().from(settings).where(eq(settings.key, tierConfigKey));
  if (!row) return defaultTierConfig;
  const merged = { ...defaultTierConfig, ...(row.value as Partial<TierConfig>) };
  return validateTierConfig(merged).ok ? merged : defaultTierConfig;
}

/** Stores HQ's thresholds (validated by the caller). */
export async function saveTierConfig(db: Db, config: TierConfig) {
  await db.insert(settings).values({ key: tierConfigKey, value: config }).onConflictDoUpdate({ target: settings.key, set: { value: config } });
}

interface DistributorFacts {
  accountId: string;
  creditRating: CreditRating | null;
  turnoverFen: number | null;
  ourSalesFen: number;
}

// Credit and turnover live in the archive's account_profiles (issue 4 item 1); until that table exists
// every distributor lacks them and needs review — never a guess.
async function distributorFacts(db: Db, asOf: string): Promise<DistributorFacts[]> {
  const { fromDate, toDate } = getTrailingYearWindow(asOf);
  const [reg] = rowsOf<{ t: string | null }>(await db.execute(sql`select to_regclass('account_profiles')::text as t`));
  const hasProfiles = Boolean(reg?.t);
  const profile = hasProfiles
    ? sql`(select p.credit_rating from account_profiles p where p.account_id = a.id) as "creditRating",
          (select p.machine_tool_turnover_fen::float8 from account_profiles p where p.account_id = a.id) as "turnoverFen",`
    : sql`null as "creditRating", null as "turnoverFen",`;
  // Our machine-tool sales through a distributor: its own purchases plus those of the accounts buying through it.
  const rows = rowsOf<DistributorFacts>(
    await db.execute(sql`
      select a.id as "accountId", ${profile}
        coalesce((select sum(s.amount_fen)::float8 from sales_lines s join accounts b on b.id = s.account_id
          where (b.id = a.id or b.distributor_id = a.id) and s.date >= ${fromDate}::date and s.date <= ${toDate}::date), 0) as "ourSalesFen"
      from accounts a where a.kind = 'distributor' and a.status <> 'closed' order by a.id`),
  );
  return rows.map((r) => ({ ...r, turnoverFen: r.turnoverFen === null ? null : Number(r.turnoverFen), ourSalesFen: Number(r.ourSalesFen) }));
}

const toObservation = (s: { date: string; ourSharePct: number; source: string }): ShareObservation => ({
  percent: s.ourSharePct, measuredOn: s.date, source: s.source === 'sales_ratio' ? 'sales_ratio' : 'visit_estimate',
});

/** What a tier run reports. */
export interface TierRunReport {
  runId: string | null;
  asOf: string;
  dryRun: boolean;
  counts: Record<DistributorTier, number>;
  needsReview: { accountId: string; name: string; reasons: string[]; explanation: { 'zh-CN': string; en: string } }[];
  changed: number;
}

/**
 * Tiers every open distributor on `asOf` by the R6 rules of @qudao/domain. The sales-ratio share (our
 * sales through it in the trailing 12 months ÷ its annual machine-tool turnover) is computed when the
 * turnover is known and, unless `dryRun`, stored in share_estimates as `sales_ratio` (one per day).
 * The share used is the latest of the series. A tier row is added to the history only when the tier or
 * its reasons differ from the latest one. All writes in one transaction.
 */
export async function runTiers(db: Db, opts: { asOf: string; dryRun: boolean; trigger: RunTrigger; ctx: WriteContext }): Promise<Result<TierRunReport>> {
  const config = await loadTierConfig(db);
  const facts = await distributorFacts(db, opts.asOf);
  const series = rowsOf<{ accountId: string; date: string; ourSharePct: number; source: string }>(
    await db.execute(sql`select account_id as "accountId", to_char(date, 'YYYY-MM-DD') as date, our_share_pct as "ourSharePct", source
      from share_estimates where date <= ${opts.asOf}::date`),
  );
  const byAccount = new Map<string, ShareObservation[]>();
  for (const s of series) byAccount.set(s.accountId, [...(byAccount.get(s.accountId) ?? []), toObservation(s)]);
  const ratios = new Map<string, number>();
  for (const f of facts) {
    const pct = computeSharePercent(f.ourSalesFen, f.turnoverFen);
    if (pct === null) continue;
    ratios.set(f.accountId, pct);
    // Today's ratio joins the series (even above 100 %, which the rules then flag as invalid).
    byAccount.set(f.accountId, [...(byAccount.get(f.accountId) ?? []).filter((o) => !(o.measuredOn === opts.asOf && o.source === 'sales_ratio')), { percent: pct, source: 'sales_ratio', measuredOn: opts.asOf }]);
  }
  const assessed = assignDistributorTiers(
    facts.map((f) => ({ accountId: f.accountId, creditRating: f.creditRating, turnoverFen: f.turnoverFen, share: pickCurrentShare(byAccount.get(f.accountId) ?? [], opts.asOf) })),
    opts.asOf,
    config,
  );
  if (!assessed.ok) return { ok: false, code: 'TIER.CONFIG_INVALID', params: { reason: assessed.details.reason } };

  const latest = new Map(
    rowsOf<{ accountId: string; tier: string; reasons: string[] }>(
      await db.execute(sql`select distinct on (account_id) account_id as "accountId", tier, reasons from tier_assessments order by account_id, effective_on desc, created_at desc`),
    ).map((r) => [r.accountId, r]),
  );
  const changedList = assessed.value.filter((a) => {
    const prev = latest.get(a.accountId);
    return !prev || prev.tier !== a.tier || JSON.stringify(prev.reasons) !== JSON.stringify(a.reasons);
  });
  const counts: Record<DistributorTier, number> = { A: 0, B: 0, C: 0, needs_review: 0 };
  for (const a of assessed.value) counts[a.tier] += 1;
  const names = new Map(rowsOf<{ id: string; name: string }>(await db.execute(sql`select id, name from accounts where kind = 'distributor'`)).map((r) => [r.id, r.name]));
  const report: TierRunReport = {
    runId: null, asOf: opts.asOf, dryRun: opts.dryRun, counts, changed: changedList.length,
    needsReview: assessed.value.filter((a) => a.tier === 'needs_review').map((a) => ({ accountId: a.accountId, name: names.get(a.accountId) ?? '', reasons: a.reasons, explanation: a.explanation })),
  };
  if (opts.dryRun) return { ok: true, value: report };

  const at = opts.ctx.now.toISOString();
  const runId = await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const [run] = await tx.insert(tierRuns).values({ asOf: opts.asOf, trigger: opts.trigger, config, counts, createdBy: opts.ctx.userId, createdAt: at }).returning({ id: tierRuns.id });
    for (const [accountId, pct] of ratios) {
      if (!(pct >= 0 && pct <= 100)) continue;
      await tx.execute(sql`delete from share_estimates where account_id = ${accountId}::uuid and date = ${opts.asOf}::date and source = 'sales_ratio'`);
      await tx.execute(sql`insert into share_estimates (account_id, date, our_share_pct, source, created_by, created_at)
        values (${accountId}::uuid, ${opts.asOf}::date, ${Math.round(pct * 100) / 100}, 'sales_ratio', ${opts.ctx.userId}, ${at}::timestamptz)`);
    }
    if (changedList.length > 0) {
      await tx.insert(tierAssessments).values(
        changedList.map((a) => ({ accountId: a.accountId, runId: run!.id, effectiveOn: opts.asOf, tier: a.tier, reasons: a.reasons, facts: a.facts, explanation: a.explanation, createdAt: at })),
      );
    }
    return run!.id;
  });
  return { ok: true, value: { ...report, runId } };
}
