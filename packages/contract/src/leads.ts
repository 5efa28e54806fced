import { z } from 'zod';
import { fen, optionalText, pageQuery, text, timestamp } from './common';

/** How a lead was found (R2.1). */
export const leadSources = ['visit', 'referral', 'exhibition', 'phone', 'web', 'other'] as const;
/** Lead status. */
export const leadStatuses = ['open', 'converted', 'dropped'] as const;

/** Information collected about a prospect. */
export const leadCollected = z.strictObject({
  needs: optionalText(1000),
  machines: optionalText(1000),
  notes: optionalText(2000),
});

/** A possible duplicate: an existing account or another lead. */
export const leadDuplicate = z.object({
  kind: z.enum(['account', 'lead']),
  id: z.uuid(),
  name: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
});
export type LeadDuplicate = z.infer<typeof leadDuplicate>;

/** A prospect. */
export const lead = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(['distributor', 'sub_dealer', 'end_user']),
  unitId: z.string(),
  unitName: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  contactName: z.string().nullable(),
  source: z.enum(leadSources),
  collected: z.object({ needs: z.string().nullable().optional(), machines: z.string().nullable().optional(), notes: z.string().nullable().optional() }),
  ownerId: z.uuid(),
  ownerName: z.string().nullable(),
  status: z.enum(leadStatuses),
  convertedAccountId: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: timestamp,
  duplicates: z.array(leadDuplicate),
  /** Matches the caller may not see (other territories), counted but not named. */
  hiddenMatches: z.number().int(),
});
export type Lead = z.infer<typeof lead>;

/** A lead in a list (without the duplicate check). */
export const leadListItem = lead.omit({ duplicates: true, hiddenMatches: true });

/** What to check for duplicates before creating a lead. */
export const leadDuplicateCheck = z.strictObject({ name: text(200), phone: optionalText(50), address: optionalText(300) });
/** Possible duplicates of a party. */
export const leadDuplicateResult = z.object({ duplicates: z.array(leadDuplicate), hiddenMatches: z.number().int() });

/** New lead. */
export const leadCreate = z.strictObject({
  name: text(200),
  kind: z.enum(['distributor', 'sub_dealer', 'end_user']),
  unitId: z.string().min(1).max(40),
  address: optionalText(300),
  phone: optionalText(50),
  contactName: optionalText(100),
  source: z.enum(leadSources),
  collected: leadCollected.default({}),
});
export type LeadCreate = z.infer<typeof leadCreate>;

/** Change of an open lead: what was collected, contact details, or dropping it. */
export const leadPatch = z.strictObject({
  address: optionalText(300),
  phone: optionalText(50),
  contactName: optionalText(100),
  collected: leadCollected.optional(),
  status: z.literal('dropped').optional(),
  version: z.number().int().min(0).optional(),
});
export type LeadPatch = z.infer<typeof leadPatch>;

/** Lead list filters. */
export const leadListQuery = pageQuery.extend({ status: z.enum(leadStatuses).optional(), q: z.string().max(100).optional() });

/** Conversion of a lead to an account; a sub-dealer or end user may name its distributor. */
export const leadConvert = z.strictObject({ distributorId: z.uuid().optional() });

/** Monthly targets of an account. */
export const salesTargetList = z.object({ items: z.array(z.object({ month: z.string(), amountFen: z.number().int() })) });
/** Sets targets for months (`YYYY-MM`); an amount of null removes the month's target. */
export const salesTargetPut = z.strictObject({
  items: z
    .array(z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM'), amountFen: fen.nullable() }))
    .min(1)
    .max(36),
});
export type SalesTargetPut = z.infer<typeof salesTargetPut>;
