import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts, units, users } from './schema';
import { crossTerritoryAlerts, priceObservations, visits } from './schema-visits';

// Channel management (issue 8: R2.3, R4): policies, distributor meetings with agenda, invitees and
// recognitions, minimum selling prices and the violations found against them.

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** A channel policy: drafted → discussed (on a meeting's agenda) → released → delivered per distributor. */
export const policies = pgTable(
  'policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    summary: text('summary'),
    status: text('status', { enum: ['drafted', 'discussed', 'released'] }).notNull().default('drafted'),
    releasedAt: ts('released_at'),
    releasedBy: uuid('released_by').references(() => users.id),
    /** Why HQ released the policy without a meeting having discussed it (R2.3 exception). */
    overrideReason: text('override_reason'),
    /** The day the policy takes effect once released (optional). */
    effectiveOn: date('effective_on', { mode: 'string' }),
    /** Distributor tiers the policy is for (their current tier); empty = every distributor whatever its tier. */
    targetTiers: text('target_tiers').array().notNull().default(sql`'{}'::text[]`),
    /** Regions the policy is for: units (provinces or below) whose distributors it concerns; empty = everywhere. */
    targetUnitIds: text('target_unit_ids').array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [check('policies_status_ck', sql`${t.status} in ('drafted','discussed','released')`)],
);

/** One distributor told of a released policy (at a visit), with who acknowledged it. */
export const policyDeliveries = pgTable(
  'policy_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    policyId: uuid('policy_id').notNull().references(() => policies.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id').notNull().references(() => accounts.id),
    visitId: uuid('visit_id').references(() => visits.id, { onDelete: 'set null' }),
    deliveredOn: date('delivered_on', { mode: 'string' }).notNull(),
    acknowledgedBy: text('acknowledged_by').notNull(),
    deliveredBy: uuid('delivered_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('policy_deliveries_uq').on(t.policyId, t.accountId), index('policy_deliveries_account_idx').on(t.accountId)],
);

/** A distributor meeting (R2.3), regional (one province/region unit) or national. */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    scope: text('scope', { enum: ['regional', 'national'] }).notNull(),
    regionUnitId: text('region_unit_id').references(() => units.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['scheduled', 'held', 'cancelled'] }).notNull().default('scheduled'),
    minutes: text('minutes'),
    /** Where the meeting is held (city, hotel, plant). */
    place: text('place'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('meetings_held_idx').on(t.heldOn),
    check('meetings_scope_ck', sql`${t.scope} in ('regional','national')`),
    check('meetings_status_ck', sql`${t.status} in ('scheduled','held','cancelled')`),
  ],
);

/** A distributor invited to a meeting, and whether they came. */
export const meetingInvitees = pgTable(
  'meeting_invitees',
  {
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id').notNull().references(() => accounts.id),
    attended: boolean('attended'),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.accountId] }), index('meeting_invitees_account_idx').on(t.accountId)],
);

/** An agenda item: a policy to discuss, a recognition of a distributor, or a training. */
export const meetingAgendaItems = pgTable(
  'meeting_agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['policy', 'recognition', 'training'] }).notNull(),
    policyId: uuid('policy_id').references(() => policies.id),
    /** The distributor recognised (kind recognition). */
    accountId: uuid('account_id').references(() => accounts.id),
    title: text('title').notNull(),
    /** Recognition: the leaderboard it came from and its figure; confirmed by HQ. */
    board: text('board'),
    confirmedAt: ts('confirmed_at'),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('meeting_agenda_meeting_idx').on(t.meetingId),
    index('meeting_agenda_policy_idx').on(t.policyId),
    check('meeting_agenda_kind_ck', sql`${t.kind} in ('policy','recognition','training')`),
  ],
);

/** Minimum selling price of one of our models, optionally for one tier and one region, valid between dates (R4). */
export const minimumPrices = pgTable(
  'minimum_prices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    model: text('model').notNull(),
    /** null = every tier. */
    tier: text('tier', { enum: ['A', 'B', 'C'] }),
    /** null = every region; otherwise a province (or any ancestor unit) of the account's unit. */
    regionUnitId: text('region_unit_id').references(() => units.id),
    priceFen: bigint('price_fen', { mode: 'number' }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('minimum_prices_model_idx').on(t.model), check('minimum_prices_price_ck', sql`${t.priceFen} > 0`)],
);

/** An observation of our model below its minimum price: the evidence is the observation itself. */
export const priceViolations = pgTable(
  'price_violations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    observationId: uuid('observation_id').notNull().references(() => priceObservations.id, { onDelete: 'cascade' }),
    minimumPriceId: uuid('minimum_price_id').notNull().references(() => minimumPrices.id, { onDelete: 'cascade' }),
    /** The account where the price was seen and the distributor it buys through (who undercut). */
    accountId: uuid('account_id').notNull().references(() => accounts.id),
    distributorId: uuid('distributor_id').references(() => accounts.id),
    shortfallFen: bigint('shortfall_fen', { mode: 'number' }).notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('price_violations_observation_uq').on(t.observationId), index('price_violations_distributor_idx').on(t.distributorId)],
);

/**
 * A cross-territory dumping (窜货) case built on an alert (from a downline visit or an imported warranty or
 * installation registration): investigate → confirmed or dismissed → action, each step in audit_log.
 */
export const dumpingCases = pgTable(
  'dumping_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    alertId: uuid('alert_id').notNull().references(() => crossTerritoryAlerts.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['investigating', 'confirmed', 'dismissed', 'actioned'] }).notNull().default('investigating'),
    /** The managers of the reps of both territories, who are alerted. */
    managerIds: uuid('manager_ids').array().notNull(),
    decisionNote: text('decision_note'),
    action: text('action'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dumping_cases_alert_uq').on(t.alertId),
    check('dumping_cases_status_ck', sql`${t.status} in ('investigating','confirmed','dismissed','actioned')`),
  ],
);

/** A follow-up action agreed at a meeting (R2.3): what, who owns it, by when, and when it was done. */
export const meetingActions = pgTable(
  'meeting_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    ownerId: uuid('owner_id').notNull().references(() => users.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneAt: ts('done_at'),
    /** Who marked it done (the owner, the owner's manager or HQ) and what they noted. */
    doneBy: uuid('done_by').references(() => users.id),
    doneNote: text('done_note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('meeting_actions_meeting_idx').on(t.meetingId), index('meeting_actions_owner_idx').on(t.ownerId)],
);
