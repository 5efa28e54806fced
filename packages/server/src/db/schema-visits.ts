import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts, salesLines, units, users } from './schema';

// Tables of the standard visit (issue 5: R3, R4). Ids may be made on the phone (offline, R3 item 9),
// so they have no database default that the API relies on.

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** One visit of a rep to an account, with its brief, check-in/out and report. */
export const visits = pgTable(
  'visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id').notNull().references(() => accounts.id),
    repId: uuid('rep_id').notNull().references(() => users.id),
    kind: text('kind', { enum: ['routine', 'ad_hoc', 'downline', 'joint'] }).notNull(),
    status: text('status', { enum: ['planned', 'prepared', 'in_progress', 'done', 'missed', 'cancelled'] }).notNull(),
    plannedOn: date('planned_on', { mode: 'string' }).notNull(),
    /** Objectives as validated by the domain, each with its outcome once known. */
    objectives: jsonb('objectives').notNull(),
    fixedTime: boolean('fixed_time').notNull().default(false),
    fixedRoute: boolean('fixed_route').notNull().default(false),
    /** Brief answers: question ids answered and the free notes (R3.1 (8)). */
    brief: jsonb('brief').notNull().default(sql`'{}'::jsonb`),
    statusReason: text('status_reason'),
    checkInAt: ts('check_in_at'),
    checkInClientAt: ts('check_in_client_at'),
    checkInLng: doublePrecision('check_in_lng'),
    checkInLat: doublePrecision('check_in_lat'),
    checkInAccuracyM: doublePrecision('check_in_accuracy_m'),
    checkInStatus: text('check_in_status', { enum: ['verified', 'out_of_range', 'unverifiable'] }),
    checkInDistanceM: integer('check_in_distance_m'),
    checkInReason: text('check_in_reason'),
    checkOutAt: ts('check_out_at'),
    durationS: integer('duration_s'),
    /** The sales report (summary, next steps, rep confirmation, manager comment). */
    report: jsonb('report'),
    effective: boolean('effective'),
    effectiveGaps: jsonb('effective_gaps'),
    version: integer('version').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('visits_account_idx').on(t.accountId, t.plannedOn),
    index('visits_rep_idx').on(t.repId, t.plannedOn),
    check('visits_kind_ck', sql`${t.kind} in ('routine','ad_hoc','downline','joint')`),
    check('visits_status_ck', sql`${t.status} in ('planned','prepared','in_progress','done','missed','cancelled')`),
  ],
);

/** A photo taken at a visit (storefront, signed statement), stored by key in the photo store. */
export const visitPhotos = pgTable(
  'visit_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id').notNull().references(() => visits.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['storefront', 'statement', 'machine', 'other'] }).notNull(),
    mime: text('mime').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('visit_photos_visit_idx').on(t.visitId)],
);

/** Structured communication items of a visit (R3.2–R3.4): the data by kind, see the contract. */
export const visitItems = pgTable(
  'visit_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id').notNull().references(() => visits.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    data: jsonb('data').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('visit_items_visit_idx').on(t.visitId)],
);

/** The promise ledger (R3.5). */
export const visitPromises = pgTable(
  'promises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id').notNull().references(() => accounts.id),
    visitId: uuid('visit_id').references(() => visits.id, { onDelete: 'set null' }),
    what: text('what').notNull(),
    toWhom: text('to_whom').notNull(),
    ownerId: uuid('owner_id').notNull().references(() => users.id),
    madeOn: date('made_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['open', 'kept', 'broken', 'withdrawn'] }).notNull().default('open'),
    closedOn: date('closed_on', { mode: 'string' }),
    evidence: text('evidence'),
    closeReason: text('close_reason'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('promises_account_idx').on(t.accountId), index('promises_owner_idx').on(t.ownerId, t.dueOn)],
);

/** Service tickets from machine problems and disputed reconciliations (R3.2). */
export const serviceTickets = pgTable(
  'service_tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id').notNull().references(() => accounts.id),
    visitId: uuid('visit_id').references(() => visits.id, { onDelete: 'set null' }),
    repId: uuid('rep_id').notNull().references(() => users.id),
    kind: text('kind', { enum: ['machine', 'reconciliation'] }).notNull(),
    serial: text('serial'),
    problem: text('problem').notNull(),
    status: text('status', { enum: ['open', 'in_progress', 'resolved', 'reported'] }).notNull().default('open'),
    ownerId: uuid('owner_id').references(() => users.id),
    resolution: text('resolution'),
    reportedVisitId: uuid('reported_visit_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('service_tickets_account_idx').on(t.accountId), index('service_tickets_rep_idx').on(t.repId, t.status)],
);

/** Prices seen in the market (R3.2): our model or a competitor's; read later for price discipline. */
export const priceObservations = pgTable(
  'price_observations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id').notNull().references(() => accounts.id),
    visitId: uuid('visit_id').references(() => visits.id, { onDelete: 'set null' }),
    observedOn: date('observed_on', { mode: 'string' }).notNull(),
    /** null = our own product. */
    competitorBrand: text('competitor_brand'),
    model: text('model').notNull(),
    priceFen: bigint('price_fen', { mode: 'number' }).notNull(),
    context: text('context'),
    source: text('source').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('price_observations_account_idx').on(t.accountId, t.observedOn), check('price_observations_price_ck', sql`${t.priceFen} > 0`)],
);

/** A machine sold to one distributor found at an end user in another's territory (窜货, R3.4). */
export const crossTerritoryAlerts = pgTable(
  'cross_territory_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serial: text('serial').notNull(),
    salesLineId: uuid('sales_line_id').references(() => salesLines.id),
    soldToAccountId: uuid('sold_to_account_id').notNull().references(() => accounts.id),
    foundAtAccountId: uuid('found_at_account_id').notNull().references(() => accounts.id),
    foundInUnitId: text('found_in_unit_id').references(() => units.id),
    visitId: uuid('visit_id').references(() => visits.id, { onDelete: 'set null' }),
    /** Reps whose territories are involved; their managers and HQ see the alert. */
    concernedRepIds: uuid('concerned_rep_ids').array().notNull(),
    evidence: jsonb('evidence').notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull().default('open'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('cross_territory_alerts_serial_idx').on(t.serial)],
);
