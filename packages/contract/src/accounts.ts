import { z } from 'zod';
import { fen, lat, lng, localDate, optionalText, pageQuery, text, timestamp } from './common';

/** Kinds of accounts in the channel. */
export const accountKinds = ['distributor', 'sub_dealer', 'end_user'] as const;
export type AccountKind = (typeof accountKinds)[number];
/** Lifecycle status of an account. */
export const accountStatuses = ['active', 'dormant', 'closed'] as const;
export type AccountStatus = (typeof accountStatuses)[number];

/** An account (distributor, sub-dealer or end user) as the API returns it. */
export const account = z.object({
  id: z.uuid(),
  externalCode: z.string().nullable(),
  name: z.string(),
  kind: z.enum(accountKinds),
  distributorId: z.uuid().nullable(),
  distributorName: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  provinceName: z.string().nullable(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  status: z.enum(accountStatuses),
  repId: z.uuid().nullable(),
  repName: z.string().nullable(),
  version: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Account = z.infer<typeof account>;

const phone = z.string().trim().max(40).regex(/^[0-9+\-() ]*$/, 'digits, spaces, + - ( )');

/** New account. A sub-dealer or end user may name the distributor it buys through. */
export const accountCreate = z
  .strictObject({
    externalCode: optionalText(64),
    name: text(200),
    kind: z.enum(accountKinds),
    distributorId: z.uuid().nullable().optional(),
    unitId: z.string().trim().min(1).max(64),
    lng: lng.nullable().optional(),
    lat: lat.nullable().optional(),
    address: optionalText(300),
    phone: phone.nullable().optional(),
    status: z.enum(accountStatuses).default('active'),
  })
  .refine((a) => (a.lng == null) === (a.lat == null), { message: 'lng and lat go together', path: ['lat'] });
export type AccountCreate = z.infer<typeof accountCreate>;

/** Change of an account; `version` guards against overwriting someone else's change. */
export const accountPatch = z
  .strictObject({
    version: z.number().int().min(0).optional(),
    externalCode: optionalText(64),
    name: text(200).optional(),
    kind: z.enum(accountKinds).optional(),
    distributorId: z.uuid().nullable().optional(),
    unitId: z.string().trim().min(1).max(64).optional(),
    lng: lng.nullable().optional(),
    lat: lat.nullable().optional(),
    address: optionalText(300),
    phone: phone.nullable().optional(),
    status: z.enum(accountStatuses).optional(),
  })
  .refine((a) => (a.lng === undefined) === (a.lat === undefined), { message: 'lng and lat go together', path: ['lat'] });
export type AccountPatch = z.infer<typeof accountPatch>;

/** Sortable fields of the account list. */
export const accountSortFields = ['name', 'kind', 'status', 'unitName', 'externalCode', 'updatedAt'] as const;

/** Account list: search `q` (name, code, address, phone), filters, sorting and paging. */
export const accountListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(accountKinds).optional(),
  status: z.enum(accountStatuses).optional(),
  unitId: z.string().max(64).optional(),
  provinceId: z.string().max(64).optional(),
  distributorId: z.uuid().optional(),
  repId: z.uuid().optional(),
  hasLocation: z.enum(['true', 'false']).optional(),
  /** Only accounts whose archive section is stale (R5 freshness per value class). */
  staleSection: z.enum(['basic', 'contacts', 'region', 'competitors', 'trading', 'deeper']).optional(),
  /** Only accounts of this current value class (R2.2.4) / distributors of this current tier (R6). */
  valueClass: z.enum(['A', 'B', 'C']).optional(),
  tier: z.enum(['A', 'B', 'C', 'needs_review']).optional(),
  sort: z.enum(accountSortFields).default('name'),
});
export type AccountListQuery = z.infer<typeof accountListQuery>;

/** A lightweight point for the map: every visible account with coordinates. */
export const accountPoint = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(accountKinds),
  lng: z.number(),
  lat: z.number(),
});
export type AccountPoint = z.infer<typeof accountPoint>;

/** Every visible account with coordinates (not paged: the map shows them all). */
export const accountPoints = z.object({ items: z.array(accountPoint), total: z.number().int().min(0) });

/** A contact person at an account. */
export const contact = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  isPrimary: z.boolean(),
  notes: z.string().nullable(),
  version: z.number().int(),
  updatedAt: timestamp,
});
export type Contact = z.infer<typeof contact>;

/** New contact at an account. */
export const contactCreate = z.strictObject({
  name: text(100),
  title: optionalText(100),
  phone: phone.nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  isPrimary: z.boolean().default(false),
  notes: optionalText(2000),
});
export type ContactCreate = z.infer<typeof contactCreate>;

/** Change of a contact. */
export const contactPatch = z.strictObject({
  version: z.number().int().min(0).optional(),
  name: text(100).optional(),
  title: optionalText(100),
  phone: phone.nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  isPrimary: z.boolean().optional(),
  notes: optionalText(2000),
});
export type ContactPatch = z.infer<typeof contactPatch>;

/** A product line (e.g. lathes) and a machine model with its list price. */
export const productLine = z.object({ id: z.string(), name: z.string(), nameEn: z.string() });
/** A product line as the API returns it. */
export type ProductLine = z.infer<typeof productLine>;
export const product = z.object({
  id: z.uuid(),
  model: z.string(),
  name: z.string(),
  lineId: z.string(),
  lineName: z.string().nullable(),
  listPriceFen: fen,
  active: z.boolean(),
});
export type Product = z.infer<typeof product>;

/** New product (HQ). */
export const productCreate = z.strictObject({
  model: text(64),
  name: text(200),
  lineId: z.string().trim().min(1).max(64),
  listPriceFen: fen,
  active: z.boolean().default(true),
});
/** A new product (HQ). */
export type ProductCreate = z.infer<typeof productCreate>;
/** Change of a product (HQ). */
export const productPatch = z.strictObject({
  name: text(200).optional(),
  lineId: z.string().trim().min(1).max(64).optional(),
  listPriceFen: fen.optional(),
  active: z.boolean().optional(),
});
/** A change of a product (HQ). */
export type ProductPatch = z.infer<typeof productPatch>;
/** Product list: search `q` over model and name, filter by line. */
export const productListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  lineId: z.string().max(64).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).default(200),
  sort: z.enum(['model', 'name', 'listPriceFen']).default('model'),
});

/** A sales line: one model sold to an account on a date, with serial numbers. */
export const salesLine = z.object({
  id: z.uuid(),
  date: localDate,
  accountId: z.uuid(),
  productId: z.uuid(),
  model: z.string(),
  quantity: z.number().int(),
  amountFen: z.number().int(),
  grossProfitFen: z.number().int(),
  serialNumbers: z.array(z.string()),
});
export type SalesLine = z.infer<typeof salesLine>;

/** Sales lines of one account, newest first by default, optionally within `from`–`to` (inclusive). */
export const salesLineListQuery = pageQuery.extend({
  from: localDate.optional(),
  to: localDate.optional(),
  sort: z.enum(['date', 'amountFen']).default('date'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

/** Monthly sales query: the `months` months (default 24) ending with the current month. */
export const monthlySalesQuery = z.object({ months: z.coerce.number().int().min(1).max(120).default(24) });

/** Sales of one account summed by month `YYYY-MM`, oldest first, months without sales included as zero. */
export const monthlySales = z.object({
  months: z.array(z.object({ month: z.string(), amountFen: z.number().int(), grossProfitFen: z.number().int(), quantity: z.number().int() })),
});
export type MonthlySales = z.infer<typeof monthlySales>;

/** Sources of a change recorded in the audit log. */
export const auditSources = ['manual', 'import', 'visit', 'system', 'demo'] as const;
/** One changed field in the audit history of an entity. */
export const auditEntry = z.object({
  id: z.number().int(),
  at: timestamp,
  userId: z.uuid().nullable(),
  userName: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  field: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  source: z.enum(auditSources),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** Entities with an audit history. */
export const auditEntities = ['account', 'contact', 'user', 'product', 'unit', 'lead', 'territory', 'visit_settings'] as const;
/** The one id of HQ's visit settings in the audit history (`/api/audit/visit_settings/<this>`): they are one record. */
export const visitSettingsAuditId = '00000000-0000-4000-8000-000000000005';
/** An entity with an audit history. */
export type AuditEntity = (typeof auditEntities)[number];
export const auditParams = z.object({ entity: z.enum(auditEntities), id: z.uuid() });
/** Audit history paging; newest first by default. */
export const auditListQuery = pageQuery.extend({
  order: z.enum(['asc', 'desc']).default('desc'),
  sort: z.enum(['at']).default('at'),
});
