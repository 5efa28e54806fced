import { sql } from 'drizzle-orm';
import { bigint, check, date, doublePrecision, index, jsonb, pgTable, primaryKey, text, timestamp, uuid, boolean } from 'drizzle-orm/pg-core';
import { accounts, users } from './schema';

// Tables read and written by several features (archive, classification, visits, planning, territories).
// Defined once here so each feature builds on the same names.

/** The current value class of each account (R2.2.4), written by classification runs and overrides. */
export const accountClasses = pgTable(
  'account_classes',
  {
    accountId: uuid('account_id').primaryKey().references(() => accounts.id, { onDelete: 'cascade' }),
    valueClass: text('value_class', { enum: ['A', 'B', 'C'] }).notNull(),
    provisional: boolean('provisional').notNull().default(false),
    // The run that set it; null while an override or the provisional rule decides.
    runId: uuid('run_id'),
    overrideReason: text('override_reason'),
    overrideUntil: date('override_until', { mode: 'string' }),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [check('account_classes_class_ck', sql`${t.valueClass} in ('A','B','C')`)],
);

/** Monthly sales target per account (`month` is `YYYY-MM`), used by the visit brief (R3.1 q3). */
export const salesTargets = pgTable(
  'sales_targets',
  {
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    month: text('month').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.month] }), check('sales_targets_month_ck', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)],
);

/**
 * Our share of an account's machine-tool business over time (R3.2, R6): from the sales ratio, an import,
 * a manual entry or a visit estimate. Tiers read the latest; the archive charts the series.
 */
export const shareEstimates = pgTable(
  'share_estimates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    ourSharePct: doublePrecision('our_share_pct').notNull(),
    // [{ competitor: string, sharePct: number }]
    competitorShares: jsonb('competitor_shares').notNull().default(sql`'[]'::jsonb`),
    source: text('source', { enum: ['sales_ratio', 'visit', 'import', 'manual'] }).notNull(),
    visitId: uuid('visit_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('share_estimates_account_date_idx').on(t.accountId, t.date),
    check('share_estimates_pct_ck', sql`${t.ourSharePct} >= 0 and ${t.ourSharePct} <= 100`),
  ],
);
