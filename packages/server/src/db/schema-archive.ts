import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts, contacts, units, users } from './schema';

// The customer archive (R5) and leads (R2.1). Valid on PostgreSQL 15 and PGlite.

const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();
const sourceCol = () => text('source', { enum: ['visit', 'import', 'manual'] }).notNull().default('manual');

/**
 * One row per account with the archive fields that are not on `accounts`: basic extras, the competitor
 * summary, trading status (R5.4) and deeper attributes (R5.5). `machine_tool_turnover_fen` (distributors'
 * annual machine-tool turnover) is read by the tiers (R6).
 */
export const accountProfiles = pgTable(
  'account_profiles',
  {
    accountId: uuid('account_id').primaryKey().references(() => accounts.id, { onDelete: 'cascade' }),
    businessScope: text('business_scope'),
    exportOriented: boolean('export_oriented').notNull().default(false),
    competitorRelations: text('competitor_relations'),
    orderFlow: text('order_flow'),
    salesActivity: text('sales_activity'),
    problems: text('problems'),
    potential: text('potential'),
    financialStatus: text('financial_status'),
    creditRating: text('credit_rating', { enum: ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'C'] }),
    creditLimitFen: bigint('credit_limit_fen', { mode: 'number' }),
    businessSpecialty: text('business_specialty'),
    industryPosition: text('industry_position'),
    distributionCapacity: text('distribution_capacity'),
    capitalStrength: text('capital_strength'),
    commercialCredit: text('commercial_credit'),
    willingnessToCooperate: text('willingness_to_cooperate'),
    machineToolTurnoverFen: bigint('machine_tool_turnover_fen', { mode: 'number' }),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('account_profiles_credit_ck', sql`${t.creditRating} is null or ${t.creditRating} in ('AAA','AA','A','BBB','BB','B','C')`),
    check('account_profiles_fen_ck', sql`coalesce(${t.creditLimitFen}, 0) >= 0 and coalesce(${t.machineToolTurnoverFen}, 0) >= 0`),
  ],
);

/**
 * Per account and archive section: where the data came from, when it last changed and who verified it
 * with what evidence (R5 "complete, true, dynamic"). The region section lives on `unit_profiles`.
 */
export const archiveSectionMeta = pgTable(
  'archive_section_meta',
  {
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    section: text('section', { enum: ['basic', 'contacts', 'competitors', 'trading', 'deeper'] }).notNull(),
    source: sourceCol(),
    updatedOn: date('updated_on', { mode: 'string' }),
    updatedBy: uuid('updated_by').references(() => users.id),
    verifiedBy: uuid('verified_by').references(() => users.id),
    verifiedAt: timestamp('verified_at', { withTimezone: true, mode: 'string' }),
    evidenceVisitId: uuid('evidence_visit_id'),
    evidenceRef: text('evidence_ref'),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.section] })],
);

/** Personal profile of a contact person (R5.1): personal information, read only through the account scope. */
export const contactProfiles = pgTable('contact_profiles', {
  contactId: uuid('contact_id').primaryKey().references(() => contacts.id, { onDelete: 'cascade' }),
  isKey: boolean('is_key').notNull().default(false),
  personality: text('personality'),
  interests: text('interests'),
  hobbies: text('hobbies'),
  family: text('family'),
  education: text('education'),
  age: integer('age'),
  abilities: text('abilities'),
  background: text('background'),
  source: sourceCol(),
  consentNote: text('consent_note'),
  updatedAt: updatedAt(),
});

/** Regional characteristics (R5.2), recorded once per unit and shown on every account in it. */
export const unitProfiles = pgTable('unit_profiles', {
  unitId: text('unit_id').primaryKey().references(() => units.id),
  culture: text('culture'),
  customs: text('customs'),
  developmentPotential: text('development_potential'),
  exportMarketPolicy: text('export_market_policy'),
  source: sourceCol(),
  updatedOn: date('updated_on', { mode: 'string' }),
  updatedBy: uuid('updated_by').references(() => users.id),
  verifiedBy: uuid('verified_by').references(() => users.id),
  verifiedAt: timestamp('verified_at', { withTimezone: true, mode: 'string' }),
  evidenceVisitId: uuid('evidence_visit_id'),
  evidenceRef: text('evidence_ref'),
});

/** A competitor brand the customer deals with (R5.3), with the models and prices seen. */
export const accountCompetitors = pgTable(
  'account_competitors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    brand: text('brand').notNull(),
    models: text('models'),
    priceNote: text('price_note'),
    relation: text('relation'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('account_competitors_account_idx').on(t.accountId)],
);

/** Where the business of one order went (R5.3): won, or lost to whom, with model, price, date and reason. */
export const orderOutcomes = pgTable(
  'order_outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    outcome: text('outcome', { enum: ['won', 'lost'] }).notNull(),
    competitorBrand: text('competitor_brand'),
    model: text('model'),
    priceFen: bigint('price_fen', { mode: 'number' }),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('order_outcomes_account_idx').on(t.accountId, t.date),
    check('order_outcomes_outcome_ck', sql`${t.outcome} in ('won','lost')`),
  ],
);

/** A prospect (R2.1): who found it, where, what was collected; converted leads point at their account. */
export const leads = pgTable(
  'leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['distributor', 'sub_dealer', 'end_user'] }).notNull(),
    unitId: text('unit_id').notNull().references(() => units.id),
    address: text('address'),
    phone: text('phone'),
    contactName: text('contact_name'),
    source: text('source', { enum: ['visit', 'referral', 'exhibition', 'phone', 'web', 'other'] }).notNull(),
    // Free collected information: { notes, needs, ... } as strings.
    collected: jsonb('collected').notNull().default(sql`'{}'::jsonb`),
    ownerId: uuid('owner_id').notNull().references(() => users.id),
    status: text('status', { enum: ['open', 'converted', 'dropped'] }).notNull().default('open'),
    convertedAccountId: uuid('converted_account_id').references(() => accounts.id),
    version: integer('version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: updatedAt(),
  },
  (t) => [index('leads_owner_idx').on(t.ownerId), index('leads_unit_idx').on(t.unitId), index('leads_converted_idx').on(t.convertedAccountId)],
);
