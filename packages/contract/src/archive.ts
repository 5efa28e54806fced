import { z } from 'zod';
import { fen, localDate, optionalText, text, timestamp } from './common';

/** Where an archive section's data came from (R5 "true"). */
export const archiveSources = ['visit', 'import', 'manual'] as const;
/** Source of archive data. */
export type ArchiveSource = (typeof archiveSources)[number];

/** Credit scale of the tiers (R6), best first. */
export const creditRatingValues = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'C'] as const;

/** Archive sections (R5). */
export const archiveSectionValues = ['basic', 'contacts', 'region', 'competitors', 'trading', 'deeper'] as const;
/** An archive section id. */
export type ArchiveSectionKey = (typeof archiveSectionValues)[number];

const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });
const sourceField = z.enum(archiveSources).default('manual');

/** Origin, last change and verification of one section. */
export const sectionMeta = z.object({
  section: z.enum(archiveSectionValues),
  source: z.enum(archiveSources).nullable(),
  updatedOn: localDate.nullable(),
  updatedByName: z.string().nullable(),
  verifiedByName: z.string().nullable(),
  verifiedAt: timestamp.nullable(),
  evidenceVisitId: z.uuid().nullable(),
  evidenceRef: z.string().nullable(),
  scorePercent: z.number().int(),
  missing: z.array(z.object({ field: z.string(), contactId: z.string().optional(), label: bilingual })),
  stale: z.boolean(),
  maxAgeDays: z.number().int(),
  daysOverdue: z.number().int().nullable(),
});
export type SectionMeta = z.infer<typeof sectionMeta>;

/** Personal profile of a contact (R5.1). */
export const contactProfile = z.object({
  isKey: z.boolean(),
  personality: z.string().nullable(),
  interests: z.string().nullable(),
  hobbies: z.string().nullable(),
  family: z.string().nullable(),
  education: z.string().nullable(),
  age: z.number().int().nullable(),
  abilities: z.string().nullable(),
  background: z.string().nullable(),
  source: z.enum(archiveSources),
  consentNote: z.string().nullable(),
});
export type ContactProfile = z.infer<typeof contactProfile>;

/** Change of a contact's profile; omitted fields stay. */
export const contactProfilePatch = z.strictObject({
  isKey: z.boolean().optional(),
  personality: optionalText(500),
  interests: optionalText(500),
  hobbies: optionalText(500),
  family: optionalText(500),
  education: optionalText(200),
  age: z.number().int().min(14).max(120).nullable().optional(),
  abilities: optionalText(500),
  background: optionalText(1000),
  consentNote: optionalText(500),
  source: sourceField,
});
export type ContactProfilePatch = z.infer<typeof contactProfilePatch>;

/** Regional characteristics of a unit (R5.2). */
export const unitProfileValues = z.object({
  culture: z.string().nullable(),
  customs: z.string().nullable(),
  developmentPotential: z.string().nullable(),
  exportMarketPolicy: z.string().nullable(),
});

/** Change of a unit's regional characteristics. */
export const unitProfilePatch = z.strictObject({
  culture: optionalText(1000),
  customs: optionalText(1000),
  developmentPotential: optionalText(1000),
  exportMarketPolicy: optionalText(1000),
  source: sourceField,
});
export type UnitProfilePatch = z.infer<typeof unitProfilePatch>;

/** A unit id path parameter. */
export const unitIdParam = z.object({ id: z.string().min(1).max(40) });

/** Archive fields stored per account. */
export const accountProfileValues = z.object({
  businessScope: z.string().nullable(),
  exportOriented: z.boolean(),
  competitorRelations: z.string().nullable(),
  orderFlow: z.string().nullable(),
  salesActivity: z.string().nullable(),
  problems: z.string().nullable(),
  potential: z.string().nullable(),
  financialStatus: z.string().nullable(),
  creditRating: z.enum(creditRatingValues).nullable(),
  creditLimitFen: z.number().int().nullable(),
  businessSpecialty: z.string().nullable(),
  industryPosition: z.string().nullable(),
  distributionCapacity: z.string().nullable(),
  capitalStrength: z.string().nullable(),
  commercialCredit: z.string().nullable(),
  willingnessToCooperate: z.string().nullable(),
  machineToolTurnoverFen: z.number().int().nullable(),
});
export type AccountProfileValues = z.infer<typeof accountProfileValues>;

/** Editable sections stored on the account (the other sections have their own routes). */
export const accountArchiveSections = ['basic', 'competitors', 'trading', 'deeper'] as const;

/** Change of archive fields of an account; omitted fields stay. `section` says which section is being written. */
export const accountArchivePatch = z.strictObject({
  section: z.enum(accountArchiveSections),
  source: sourceField,
  businessScope: optionalText(1000),
  exportOriented: z.boolean().optional(),
  competitorRelations: optionalText(1000),
  orderFlow: optionalText(1000),
  salesActivity: optionalText(1000),
  problems: optionalText(1000),
  potential: optionalText(1000),
  financialStatus: optionalText(1000),
  creditRating: z.enum(creditRatingValues).nullable().optional(),
  creditLimitFen: fen.nullable().optional(),
  businessSpecialty: optionalText(1000),
  industryPosition: optionalText(1000),
  distributionCapacity: optionalText(1000),
  capitalStrength: optionalText(1000),
  commercialCredit: optionalText(1000),
  willingnessToCooperate: optionalText(1000),
  machineToolTurnoverFen: fen.nullable().optional(),
});
export type AccountArchivePatch = z.infer<typeof accountArchivePatch>;

/** Verification of a section: evidence is a visit or an attachment reference (at least one). */
export const sectionVerify = z
  .strictObject({
    section: z.enum(archiveSectionValues),
    evidenceVisitId: z.uuid().optional(),
    evidenceRef: optionalText(300),
  })
  .refine((v) => v.evidenceVisitId !== undefined || (v.evidenceRef !== undefined && v.evidenceRef !== null), { message: 'evidenceVisitId or evidenceRef required' });
export type SectionVerify = z.infer<typeof sectionVerify>;

/** A competitor brand the customer deals with. */
export const competitor = z.object({ id: z.uuid(), brand: z.string(), models: z.string().nullable(), priceNote: z.string().nullable(), relation: z.string().nullable() });
export type Competitor = z.infer<typeof competitor>;
/** New competitor entry. */
export const competitorCreate = z.strictObject({ brand: text(100), models: optionalText(300), priceNote: optionalText(300), relation: optionalText(500) });
export type CompetitorCreate = z.infer<typeof competitorCreate>;

/** Where an order went. */
export const orderOutcome = z.object({
  id: z.uuid(),
  date: localDate,
  outcome: z.enum(['won', 'lost']),
  competitorBrand: z.string().nullable(),
  model: z.string().nullable(),
  priceFen: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type OrderOutcome = z.infer<typeof orderOutcome>;
/** New order outcome; a lost order names the competitor it went to. */
export const orderOutcomeCreate = z
  .strictObject({ date: localDate, outcome: z.enum(['won', 'lost']), competitorBrand: optionalText(100), model: optionalText(100), priceFen: fen.nullable().optional(), reason: optionalText(500) })
  .refine((v) => v.outcome === 'won' || Boolean(v.competitorBrand), { message: 'a lost order names the competitor', path: ['competitorBrand'] });
export type OrderOutcomeCreate = z.infer<typeof orderOutcomeCreate>;

/** A contact with its personal profile (only in the archive view, which is scoped). */
export const archiveContact = z.object({ id: z.uuid(), name: z.string(), title: z.string().nullable(), phone: z.string().nullable(), isPrimary: z.boolean(), profile: contactProfile });

/** The whole archive of an account with completeness and freshness (R5). */
export const accountArchive = z.object({
  accountId: z.uuid(),
  kind: z.enum(['distributor', 'sub_dealer', 'end_user']),
  unitId: z.string(),
  unitName: z.string(),
  valueClass: z.enum(['A', 'B', 'C']),
  valueClassAssumed: z.boolean(),
  overallPercent: z.number().int(),
  staleSections: z.number().int(),
  profile: accountProfileValues,
  region: unitProfileValues,
  contacts: z.array(archiveContact),
  competitors: z.array(competitor),
  orderOutcomes: z.array(orderOutcome),
  sections: z.array(sectionMeta),
});
export type AccountArchive = z.infer<typeof accountArchive>;

/** Freshness limits per value class in days (A ≤ B ≤ C). */
export const freshnessRules = z.strictObject({ A: z.number().int().min(1).max(3650), B: z.number().int().min(1).max(3650), C: z.number().int().min(1).max(3650) });
export type FreshnessRulesBody = z.infer<typeof freshnessRules>;

/** Archive status of up to 200 accounts by id (comma-separated uuids); invisible ids are left out. */
export const archiveStatusQuery = z.object({
  ids: z.string().max(200 * 37).regex(/^[\w,-]*$/, 'comma-separated uuids'),
});
/** Completeness and stale sections of accounts, for the account list. */
export const archiveStatusList = z.object({
  items: z.array(z.object({ accountId: z.uuid(), overallPercent: z.number().int(), valueClass: z.enum(['A', 'B', 'C']), staleSections: z.array(z.enum(archiveSectionValues)) })),
});
export type ArchiveStatusList = z.infer<typeof archiveStatusList>;
