import { bigint, date, index, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './schema';

// Summaries the dashboards read instead of scanning raw rows (issue 8: ≤ 500 ms p95 at ×10).

/**
 * Sales per account and calendar month: the sums of its sales lines. Kept by triggers on sales_lines in
 * the statement that writes the lines (insert, update, delete, truncate — see the migration
 * sales-monthly), so every writer (imports, the demo, any later API or SQL) keeps it equal to the raw
 * lines without knowing of it; a row whose month has no lines left is removed.
 */
export const salesMonthly = pgTable(
  'sales_monthly',
  {
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    /** First day of the month. */
    month: date('month', { mode: 'string' }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    grossProfitFen: bigint('gross_profit_fen', { mode: 'number' }).notNull(),
    quantity: bigint('quantity', { mode: 'number' }).notNull(),
    lineCount: integer('line_count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.month] }), index('sales_monthly_month_idx').on(t.month)],
);

/**
 * Each account's archive completeness per section (whole percent, the domain's rounding) and overall, and
 * the day each section was last changed — everything of the archive dashboard but staleness, which depends
 * on the day asked and is judged from these dates when read. Computed by the dashboards' SQL
 * (dashboards/archive-sql.ts, from the domain's section table) for the accounts marked in
 * archive_score_dirty, before the dashboard reads it.
 */
export const archiveScores = pgTable('archive_scores', {
  accountId: uuid('account_id').primaryKey().references(() => accounts.id, { onDelete: 'cascade' }),
  overallScore: integer('overall_score').notNull(),
  basicScore: integer('basic_score').notNull(),
  contactsScore: integer('contacts_score').notNull(),
  regionScore: integer('region_score').notNull(),
  competitorsScore: integer('competitors_score').notNull(),
  tradingScore: integer('trading_score').notNull(),
  deeperScore: integer('deeper_score').notNull(),
  basicOn: date('basic_on', { mode: 'string' }),
  contactsOn: date('contacts_on', { mode: 'string' }),
  regionOn: date('region_on', { mode: 'string' }),
  competitorsOn: date('competitors_on', { mode: 'string' }),
  tradingOn: date('trading_on', { mode: 'string' }),
  deeperOn: date('deeper_on', { mode: 'string' }),
});

/**
 * Accounts whose archive_scores row is out of date: row triggers on every table the score reads (accounts,
 * account_profiles, unit_profiles, contacts, contact_profiles, account_competitors, order_outcomes,
 * archive_section_meta — see the migration archive-scores) add the account in the writing transaction.
 * Append-only, no key: a refresh deletes exactly the marks its snapshot saw, so a mark committed while it
 * runs survives for the next one.
 */
export const archiveScoreDirty = pgTable('archive_score_dirty', {
  accountId: uuid('account_id').notNull(),
});
