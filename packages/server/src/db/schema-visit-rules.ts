import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './schema';

// HQ's visit settings (issue 5, R1.5, R3.1 q4): the effective-visit rule per account kind and the
// sales-tools checklist. Company-wide settings, not account data: no scope applies.

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** The effective-visit rule HQ set for one account kind; a kind without a row uses the domain's default. */
export const visitRules = pgTable(
  'visit_rules',
  {
    accountKind: text('account_kind', { enum: ['distributor', 'sub_dealer', 'end_user'] }).primaryKey(),
    requireVerifiedCheckIn: boolean('require_verified_check_in').notNull(),
    requireObjectiveOutcomes: boolean('require_objective_outcomes').notNull(),
    /** Visit steps (the domain's visitSteps) every visit must complete. */
    requiredSteps: jsonb('required_steps').notNull(),
    requireStepsOfObjectives: boolean('require_steps_of_objectives').notNull(),
    requireSalesTools: boolean('require_sales_tools').notNull().default(false),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [check('visit_rules_kind_ck', sql`${t.accountKind} in ('distributor','sub_dealer','end_user')`)],
);

/** One tool of the checklist a rep carries (名片、宣传手册、检测报告…); retired tools stay inactive. */
export const salesTools = pgTable('sales_tools', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  /** Account kinds the tool is carried to. */
  accountKinds: jsonb('account_kinds').notNull(),
  position: integer('position').notNull(),
  active: boolean('active').notNull().default(true),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
