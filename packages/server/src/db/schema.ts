import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn, bigint, bigserial, boolean, check, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';

// Valid on PostgreSQL 15 (CI) and PGlite (PostgreSQL 18): no features newer than 15.
// Money is bigint fen read as JS numbers (safe below 2^53 fen, i.e. ~90 trillion yuan).

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ['hq', 'manager', 'rep'] }).notNull(),
    managerId: uuid('manager_id').references((): AnyPgColumn => users.id),
    locale: text('locale', { enum: ['zh-CN', 'en'] }),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_username_uq').on(sql`lower(${t.username})`),
    index('users_manager_idx').on(t.managerId),
    check('users_role_ck', sql`${t.role} in ('hq','manager','rep')`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    // sha256 of the cookie token: a database leak does not leak live sessions.
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const units = pgTable(
  'units',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'prefecture', 'county', 'custom'] }).notNull(),
    parentId: text('parent_id').references((): AnyPgColumn => units.id),
    centroidLng: doublePrecision('centroid_lng').notNull(),
    centroidLat: doublePrecision('centroid_lat').notNull(),
    boundaryRef: text('boundary_ref'),
  },
  (t) => [index('units_parent_idx').on(t.parentId)],
);

export const territories = pgTable(
  'territories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    ownerId: uuid('owner_id').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('territories_owner_idx').on(t.ownerId)],
);

export const territoryUnits = pgTable(
  'territory_units',
  {
    territoryId: uuid('territory_id').notNull().references(() => territories.id, { onDelete: 'cascade' }),
    // A unit belongs to at most one territory (R2.2.1 fixed area).
    unitId: text('unit_id').notNull().references(() => units.id).primaryKey(),
  },
  (t) => [index('territory_units_territory_idx').on(t.territoryId)],
);

export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    externalCode: text('external_code'),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['distributor', 'sub_dealer', 'end_user'] }).notNull(),
    distributorId: uuid('distributor_id').references((): AnyPgColumn => accounts.id),
    unitId: text('unit_id').notNull().references(() => units.id),
    lng: doublePrecision('lng'),
    lat: doublePrecision('lat'),
    address: text('address'),
    phone: text('phone'),
    status: text('status', { enum: ['active', 'dormant', 'closed'] }).notNull().default('active'),
    version: integer('version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    // What the account search `q` matches, lower-cased once at write time: one LIKE over a stored column
    // is ~5× faster than ILIKE over four (UTF-8 case folding per row), and needs no pg_trgm (PGlite).
    searchText: text('search_text').generatedAlwaysAs(
      sql.raw(`lower(coalesce(name, '') || ' ' || coalesce(external_code, '') || ' ' || coalesce(address, '') || ' ' || coalesce(phone, ''))`),
    ),
  },
  (t) => [
    uniqueIndex('accounts_external_code_uq').on(t.externalCode),
    index('accounts_unit_idx').on(t.unitId),
    index('accounts_distributor_idx').on(t.distributorId),
    // Visibility asks "which distributors lie in these units" on every scoped query (access/visibility.ts).
    index('accounts_unit_distributors_idx').on(t.unitId).where(sql`${t.kind} = 'distributor'`),
    index('accounts_name_idx').on(t.name),
    check('accounts_kind_ck', sql`${t.kind} in ('distributor','sub_dealer','end_user')`),
    check('accounts_status_ck', sql`${t.status} in ('active','dormant','closed')`),
    check('accounts_distributor_ck', sql`${t.kind} <> 'distributor' or ${t.distributorId} is null`),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    title: text('title'),
    phone: text('phone'),
    email: text('email'),
    isPrimary: boolean('is_primary').notNull().default(false),
    notes: text('notes'),
    version: integer('version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('contacts_account_idx').on(t.accountId)],
);

export const productLines = pgTable('product_lines', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
});

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    model: text('model').notNull(),
    name: text('name').notNull(),
    lineId: text('line_id').notNull().references(() => productLines.id),
    listPriceFen: bigint('list_price_fen', { mode: 'number' }).notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('products_model_uq').on(t.model)],
);

export const salesLines = pgTable(
  'sales_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Idempotent imports upsert by this reference (invoice + line number in the source system).
    externalRef: text('external_ref'),
    date: date('date', { mode: 'string' }).notNull(),
    accountId: uuid('account_id').notNull().references(() => accounts.id),
    productId: uuid('product_id').notNull().references(() => products.id),
    quantity: integer('quantity').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    grossProfitFen: bigint('gross_profit_fen', { mode: 'number' }).notNull(),
    serialNumbers: text('serial_numbers').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('sales_lines_external_ref_uq').on(t.externalRef),
    index('sales_lines_account_date_idx').on(t.accountId, t.date),
    index('sales_lines_date_idx').on(t.date),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    userId: uuid('user_id').references(() => users.id),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    field: text('field').notNull(),
    oldValue: jsonb('old_value'),
    newValue: jsonb('new_value'),
    source: text('source', { enum: ['manual', 'import', 'visit', 'system', 'demo'] }).notNull(),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId, t.at)],
);

/** Key/value settings of the company (time zone, demo seed, …). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});

/** Replayed writes answer the stored response instead of writing twice. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    key: text('key').notNull(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    statusCode: integer('status_code').notNull(),
    response: jsonb('response'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
