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
