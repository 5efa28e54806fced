import { z } from 'zod';
import { localDate } from './common';

// Value classes (R2.2.4), distributor tiers (R6) and imports (issue 4 items 3, 4, 7).

/** A value class. */
export const valueClass = z.enum(['A', 'B', 'C']);
/** A distributor tier, or needs review. */
export const distributorTier = z.enum(['A', 'B', 'C', 'needs_review']);
const kind = z.enum(['distributor', 'sub_dealer', 'end_user']);
const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });
const intervals = z.object({ A: z.number().int().min(1).max(366), B: z.number().int().min(1).max(366), C: z.number().int().min(1).max(366) }).strict();

/** HQ's classification parameters (the domain's ValueClassConfig). */
export const classConfig = z
  .object({
    metric: z.enum(['sales', 'gross_profit']),
    aTopPercent: z.number().gt(0).max(100),
    bNextPercent: z.number().min(0).max(100),
    minHistoryDays: z.number().int().min(0).max(3650),
    provisionalClass: z.object({ distributor: valueClass, sub_dealer: valueClass, end_user: valueClass }).strict(),
    visitIntervalDays: z.object({ distributor: intervals, sub_dealer: intervals, end_user: intervals }).strict(),
    maxOverrideDays: z.number().int().min(1).max(3650),
  })
  .strict();
/** The parameters as a type. */
export type ClassConfig = z.infer<typeof classConfig>;

/** Start a run: metric for this run (default the stored one), dry run reports without storing. */
export const classRunCreate = z.object({ metric: z.enum(['sales', 'gross_profit']).optional(), dryRun: z.boolean().default(false) }).strict();

/** One summary row of a run. */
export const classSummaryRow = z.object({
  kind: z.enum(['distributor', 'sub_dealer', 'end_user', 'all']),
  valueClass,
  count: z.number(),
  accountSharePercent: z.number(),
  valueFen: z.number(),
  valueSharePercent: z.number(),
  visitIntervalDays: z.number().nullable(),
});

/** A stored run (or the report of a dry run, `id` null). */
export const classRun = z.object({
  id: z.string().nullable(),
  asOf: localDate,
  metric: z.enum(['sales', 'gross_profit']),
  trigger: z.string(),
  dryRun: z.boolean(),
  accountCount: z.number(),
  movedCount: z.number(),
  summary: z.array(classSummaryRow),
  createdAt: z.string().nullable(),
});
/** A run as a type. */
export type ClassRun = z.infer<typeof classRun>;

/** One account of a run, as the Pareto chart and the "who moved" list need it. */
export const classRunAccount = z.object({
  accountId: z.string(),
  name: z.string(),
  kind,
  valueClass,
  previousClass: valueClass.nullable(),
  basis: z.string(),
  valueFen: z.number(),
  rank: z.number().nullable(),
  cumulativeSharePct: z.number().nullable(),
  visitIntervalDays: z.number(),
  explanation: bilingual,
});

/** The accounts of a run the caller may see, filtered by kind and moved-only. */
export const classRunAccountsQuery = z.object({ kind: kind.optional(), moved: z.enum(['true', 'false']).optional() });

/** A manual class with reason and expiry. */
export const classOverrideInput = z.object({ valueClass, reason: z.string().max(500), expiresOn: localDate }).strict();

/** The class of one account with its override and visit interval. */
export const accountClassView = z.object({
  accountId: z.string(),
  valueClass: valueClass.nullable(),
  provisional: z.boolean(),
  visitIntervalDays: z.number().nullable(),
  override: z.object({ valueClass, reason: z.string(), expiresOn: localDate }).nullable(),
  explanation: bilingual.nullable(),
  history: z.array(z.object({ runId: z.string(), asOf: localDate, valueClass, valueFen: z.number() })),
});

/** HQ's tier thresholds (the domain's TierConfig). */
const credit = z.enum(['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'C']);
const band = z.object({ minPercent: z.number().min(0).max(100), maxPercent: z.number().min(0).max(100) }).strict();
export const tierConfig = z
  .object({
    goodCreditMin: credit,
    acceptableCreditMin: credit,
    largeTurnoverMinFen: z.number().int().min(1),
    averageTurnoverMinFen: z.number().int().min(1),
    aShareAbovePercent: z.number().min(0).max(100),
    bShareBand: band,
    cShareBand: band,
    maxShareAgeDays: z.number().int().min(1).max(3650),
  })
  .strict();

/** Start a tier run. */
export const tierRunCreate = z.object({ dryRun: z.boolean().default(false) }).strict();

/** One distributor's tier with reasons, facts, explanation and policy. */
export const tierAssessmentView = z.object({
  accountId: z.string(),
  name: z.string(),
  tier: distributorTier,
  reasons: z.array(z.string()),
  facts: z.record(z.string(), z.unknown()),
  explanation: bilingual,
  effectiveOn: localDate,
});

/** The tiers page: counts, the matrix (size × share band), every distributor's tier. */
export const tierOverview = z.object({
  asOf: localDate.nullable(),
  counts: z.record(z.string(), z.number()),
  matrix: z.array(z.object({ size: z.string(), shareBand: z.string(), tier: z.string(), count: z.number() })),
  items: z.array(tierAssessmentView),
});

/** An account's tier card: current tier, policy, history and share series. */
export const accountTierView = z.object({
  current: tierAssessmentView.nullable(),
  policy: z.object({ tier: distributorTier, summary: bilingual, actions: z.array(bilingual) }).nullable(),
  history: z.array(z.object({ effectiveOn: localDate, tier: distributorTier, reasons: z.array(z.string()) })),
  shares: z.array(z.object({ date: localDate, ourSharePct: z.number(), source: z.string() })),
});

/** Tier migration report query and rows. */
export const tierMigrationQuery = z.object({ from: localDate, to: localDate });
export const tierMigration = z.object({
  items: z.array(z.object({ from: distributorTier.nullable(), to: distributorTier.nullable(), count: z.number(), accountIds: z.array(z.string()) })),
});

/** What can be imported and exported. */
export const importEntity = z.enum(['accounts', 'contacts', 'sales', 'targets', 'installations']);
/** An import entity as a type. */
export type ImportEntity = z.infer<typeof importEntity>;
export const importParams = z.object({ entity: importEntity });
export const importQuery = z.object({ dryRun: z.enum(['true', 'false']).default('true'), fileName: z.string().max(200).optional() });
export const exportQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

/** One bad row of an import: the spreadsheet row number (header = 1), the column and why, in the caller's language. */
export const importRowError = z.object({ row: z.number(), column: z.string(), reason: z.string() });

/** The result of an import (dry run or commit). */
export const importReport = z.object({
  entity: importEntity,
  dryRun: z.boolean(),
  committed: z.boolean(),
  rowCount: z.number(),
  validCount: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  /** Installations (commit): how many rows raised or point at a 窜货 alert. */
  alerts: z.number().optional(),
  errors: z.array(importRowError),
  durationMs: z.number(),
});
/** An import report as a type. */
export type ImportReport = z.infer<typeof importReport>;
