import { sql } from 'drizzle-orm';
import { bigint, check, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts, users } from './schema';

// Value classes (R2.2.4) and distributor tiers (R6): runs with their parameters, per-account results,
// manual overrides and the tier history. The current class lives in the shared account_classes table.

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();

/** One stored classification run: its parameters (the domain config) and per-class summary. */
export const classRuns = pgTable(
  'class_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    // `YYYY-MM` of asOf: the monthly scheduler runs once per month.
    month: text('month').notNull(),
    metric: text('metric', { enum: ['sales', 'gross_profit'] }).notNull(),
    trigger: text('trigger', { enum: ['manual', 'scheduled', 'demo', 'cli'] }).notNull(),
    config: jsonb('config').notNull(),
    summary: jsonb('summary').notNull(),
    accountCount: integer('account_count').notNull(),
    movedCount: integer('moved_count').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('class_runs_month_idx').on(t.month), check('class_runs_metric_ck', sql`${t.metric} in ('sales','gross_profit')`)],
);

/** Every account of a run: value, rank, class, and the class it had before (to list who moved). */
export const classRunAccounts = pgTable(
  'class_run_accounts',
  {
    runId: uuid('run_id').notNull().references(() => classRuns.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    valueClass: text('value_class', { enum: ['A', 'B', 'C'] }).notNull(),
    computedClass: text('computed_class', { enum: ['A', 'B', 'C'] }).notNull(),
    previousClass: text('previous_class', { enum: ['A', 'B', 'C'] }),
    basis: text('basis').notNull(),
    valueFen: bigint('value_fen', { mode: 'number' }).notNull(),
    rank: integer('rank'),
    cumulativeSharePct: doublePrecision('cumulative_share_pct'),
    visitIntervalDays: integer('visit_interval_days').notNull(),
    explanation: jsonb('explanation').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.accountId] }), index('class_run_accounts_account_idx').on(t.accountId)],
);

/** A manual class with a reason and an expiry; at most one per account (a new one replaces it). */
export const classOverrides = pgTable('class_overrides', {
  accountId: uuid('account_id').primaryKey().references(() => accounts.id, { onDelete: 'cascade' }),
  valueClass: text('value_class', { enum: ['A', 'B', 'C'] }).notNull(),
  reason: text('reason').notNull(),
  expiresOn: date('expires_on', { mode: 'string' }).notNull(),
  setBy: uuid('set_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

/** One tier run: its thresholds and counts per tier. */
export const tierRuns = pgTable('tier_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  asOf: date('as_of', { mode: 'string' }).notNull(),
  trigger: text('trigger', { enum: ['manual', 'scheduled', 'demo', 'cli'] }).notNull(),
  config: jsonb('config').notNull(),
  counts: jsonb('counts').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

/**
 * Tier history of each distributor: a row whenever a run gives a tier or reasons different from the
 * latest row (so the latest row per account is its current tier, and the rows are its history).
 */
export const tierAssessments = pgTable(
  'tier_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    runId: uuid('run_id').references(() => tierRuns.id, { onDelete: 'set null' }),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    tier: text('tier', { enum: ['A', 'B', 'C', 'needs_review'] }).notNull(),
    reasons: jsonb('reasons').notNull(),
    facts: jsonb('facts').notNull(),
    explanation: jsonb('explanation').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('tier_assessments_account_idx').on(t.accountId, t.effectiveOn),
    check('tier_assessments_tier_ck', sql`${t.tier} in ('A','B','C','needs_review')`),
  ],
);

/** Rows written by each committed import, so a re-import of the same file can be told apart. */
export const importBatches = pgTable(
  'import_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entity: text('entity', { enum: ['accounts', 'contacts', 'sales', 'targets', 'installations'] }).notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    rowCount: integer('row_count').notNull(),
    created: integer('created').notNull(),
    updated: integer('updated').notNull(),
    unchanged: integer('unchanged').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
);
