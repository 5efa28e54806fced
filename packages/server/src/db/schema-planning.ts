import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts, users } from './schema';

// Visit planning, the "five fixed" (issue 6, R2.2): cyclic plans per rep with their days and stops,
// opening hours per account, and the secret token of each rep's calendar feed.

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** Opening hours of an account: per weekday (0 = Monday) a list of [open, close] minutes of the day. */
export const planningOpeningHours = pgTable('planning_opening_hours', {
  accountId: uuid('account_id').primaryKey().references(() => accounts.id, { onDelete: 'cascade' }),
  hours: jsonb('hours').notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** A cyclic plan of one rep; the horizon starts on `startDate` (a Monday). */
export const visitPlans = pgTable(
  'visit_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    repId: uuid('rep_id').notNull().references(() => users.id),
    status: text('status', { enum: ['draft', 'approved', 'superseded'] }).notNull(),
    basePlanId: uuid('base_plan_id'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    horizonWeeks: integer('horizon_weeks').notNull(),
    /** The settings used (working hours and days, durations, disruption limit). */
    settings: jsonb('settings').notNull(),
    /** Totals: visits, travelS, distanceM, workS, unplanned with reasons, moved accounts. */
    summary: jsonb('summary').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: ts('approved_at'),
  },
  (t) => [
    index('visit_plans_rep_idx').on(t.repId, t.createdAt),
    check('visit_plans_status_ck', sql`${t.status} in ('draft','approved','superseded')`),
  ],
);

/** The fixed rhythm of one account in a plan: weekday, first week, period and slot. */
export const visitPlanAccounts = pgTable(
  'visit_plan_accounts',
  {
    planId: uuid('plan_id').notNull().references(() => visitPlans.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    weekday: integer('weekday').notNull(),
    firstWeek: integer('first_week').notNull(),
    periodWeeks: integer('period_weeks').notNull(),
    slotMin: integer('slot_min').notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.accountId] })],
);

/** A stop of a plan day, in route order. */
export const visitPlanStops = pgTable(
  'visit_plan_stops',
  {
    planId: uuid('plan_id').notNull().references(() => visitPlans.id, { onDelete: 'cascade' }),
    day: integer('day').notNull(),
    seq: integer('seq').notNull(),
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    arriveMin: integer('arrive_min').notNull(),
    startMin: integer('start_min').notNull(),
    endMin: integer('end_min').notNull(),
    travelS: integer('travel_s').notNull(),
    distanceM: integer('distance_m').notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.day, t.seq] })],
);

/** The secret token of a rep's iCalendar feed (`GET /ical/<token>.ics`); regenerating replaces it. */
export const planningIcalTokens = pgTable('planning_ical_tokens', {
  repId: uuid('rep_id').primaryKey().references(() => users.id, { onDelete: 'cascade' }),
  token: text('token').notNull().unique(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/**
 * A rep's stored home base (where their days start and end), set by a manager: a point, optionally the
 * account it was taken from and a label (city). Without one the planner uses the densest-market default.
 */
export const planningHomeBases = pgTable('planning_home_bases', {
  repId: uuid('rep_id').primaryKey().references(() => users.id, { onDelete: 'cascade' }),
  lng: doublePrecision('lng').notNull(),
  lat: doublePrecision('lat').notNull(),
  label: text('label'),
  accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'set null' }),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
});
