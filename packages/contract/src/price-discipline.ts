import { z } from 'zod';
import { dumpingCase, minimumPrice, priceViolation } from './channel';
import { fen, localDate, optionalText, text, timestamp } from './common';

// Price discipline, cross-territory dumping and competitor intelligence pages (issue 8 items 3–4, R4).

/** Changing a minimum price (HQ): its price, or the last day it is valid (null = open-ended). */
export const minimumPricePatch = z
  .strictObject({ priceFen: fen.min(1).optional(), validTo: localDate.nullable().optional() })
  .refine((p) => p.priceFen !== undefined || p.validTo !== undefined, { message: 'nothing to change' });
/** Minimum price change input. */
export type MinimumPricePatch = z.infer<typeof minimumPricePatch>;

/** Filters of the violations list: the account's region (a unit or any unit above it), a period, a distributor. */
export const priceViolationQuery = z.object({
  regionUnitId: z.string().trim().min(1).max(40).optional(),
  from: localDate.optional(),
  to: localDate.optional(),
  distributorId: z.uuid().optional(),
});
/** Violations filters. */
export type PriceViolationQuery = z.infer<typeof priceViolationQuery>;

/** A violation as the list shows it: the evidence plus the distributor's name and where the account is. */
export const priceViolationRow = priceViolation.extend({
  distributorName: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string(),
  source: z.string(),
  context: z.string().nullable(),
});
/** A violation row as answered. */
export type PriceViolationRow = z.infer<typeof priceViolationRow>;

/** The minimum prices with the names of their regions (for the list). */
export const minimumPriceRow = minimumPrice.extend({ regionName: z.string().nullable() });
/** A minimum price row. */
export type MinimumPriceRow = z.infer<typeof minimumPriceRow>;

/** Where an observed price came from. */
export const observationSources = ['quote', 'invoice', 'hearsay', 'online'] as const;

/** A price seen outside a visit (manager or rep): our model (no brand) or a competitor's. */
export const priceObservationCreate = z.strictObject({
  accountId: z.uuid(),
  observedOn: localDate,
  competitorBrand: optionalText(60),
  model: text(60),
  priceFen: fen.min(1),
  source: z.enum(observationSources),
  context: optionalText(500),
});
/** Observation input. */
export type PriceObservationCreate = z.infer<typeof priceObservationCreate>;

/** A recorded observation, and the violation it raised if any. */
export const priceObservation = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  observedOn: localDate,
  competitorBrand: z.string().nullable(),
  model: z.string(),
  priceFen: z.number().int(),
  violationId: z.uuid().nullable(),
});
/** An observation as answered. */
export type PriceObservation = z.infer<typeof priceObservation>;

/** One step of a dumping case's trail (from audit_log): who, when, the status it moved to and the note. */
export const dumpingStep = z.object({ at: timestamp, by: z.string().nullable(), field: z.string(), from: z.string().nullable(), to: z.string().nullable() });
/** A case step. */
export type DumpingStep = z.infer<typeof dumpingStep>;

/** How a machine was found away from its territory. */
export const dumpingFoundBy = ['visit', 'installation', 'warranty'] as const;

/** A dumping case with its whole chain of evidence, the alerted managers and the step trail. */
export const dumpingCaseDetail = dumpingCase.extend({
  model: z.string().nullable(),
  soldOn: localDate.nullable(),
  salesRef: z.string().nullable(),
  soldToUnitName: z.string().nullable(),
  foundInUnitName: z.string().nullable(),
  foundBy: z.enum(dumpingFoundBy),
  foundOn: localDate.nullable(),
  reportedBy: z.string().nullable(),
  place: z.string().nullable(),
  visitId: z.uuid().nullable(),
  registrationRef: z.string().nullable(),
  managers: z.array(z.object({ id: z.uuid(), name: z.string() })),
  steps: z.array(dumpingStep),
});
/** A case as its page shows it. */
export type DumpingCaseDetail = z.infer<typeof dumpingCaseDetail>;

/** Filters of competitor intelligence: a region and a period. */
export const competitorIntelQuery = z.object({ regionUnitId: z.string().trim().min(1).max(40).optional(), from: localDate.optional(), to: localDate.optional() });
/** Competitor intelligence filters. */
export type CompetitorIntelQuery = z.infer<typeof competitorIntelQuery>;

/** Share at each account (latest estimate) and the competitors named there, with its province. */
export const competitorShareRow = z.object({
  accountId: z.uuid(),
  name: z.string(),
  regionName: z.string(),
  date: localDate,
  ourSharePct: z.number(),
  competitors: z.array(z.object({ competitor: z.string(), sharePct: z.number() })),
});
/** The share rows per account and the averages per region and brand. */
export const competitorShares = z.object({
  accounts: z.array(competitorShareRow),
  regions: z.array(z.object({ regionName: z.string(), brand: z.string(), avgSharePct: z.number(), accounts: z.number().int() })),
});
/** Shares as answered. */
export type CompetitorShares = z.infer<typeof competitorShares>;
