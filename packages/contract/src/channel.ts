import { z } from 'zod';
import { fen, localDate, optionalText, text, timestamp } from './common';

// Channel management (issue 8: R2.3, R4): policies, distributor meetings, minimum prices and violations.

/** Lifecycle of a channel policy: discussed once it is on a meeting's agenda (R2.3). */
export const policyStatuses = ['drafted', 'discussed', 'released'] as const;
/** A policy status. */
export type PolicyStatus = (typeof policyStatuses)[number];

/** A channel policy with its delivery coverage over the distributors the caller sees. */
export const policy = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string().nullable(),
  status: z.enum(policyStatuses),
  releasedAt: timestamp.nullable(),
  overrideReason: z.string().nullable(),
  effectiveOn: localDate.nullable(),
  /** Distributor tiers the policy is for; empty = every tier. */
  targetTiers: z.array(z.enum(['A', 'B', 'C'])),
  /** Regions (units) the policy is for, with their names; empty = everywhere. */
  targetUnits: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Meetings whose agenda carried the policy. */
  meetingIds: z.array(z.uuid()),
  /** Delivered to / number of the targeted distributors the caller sees. */
  deliveredCount: z.number().int(),
  distributorCount: z.number().int(),
});
/** A policy as answered. */
export type Policy = z.infer<typeof policy>;

/** Drafting a policy (HQ). */
export const policyCreate = z.strictObject({
  title: text(200),
  summary: optionalText(2000),
  effectiveOn: localDate.optional(),
  /** Only distributors of these tiers (their current tier); omitted or empty = every tier. */
  targetTiers: z.array(z.enum(['A', 'B', 'C'])).max(3).optional(),
  /** Only distributors in these units (a province or any unit, with the units below it); omitted or empty = everywhere. */
  targetUnitIds: z.array(z.string().trim().min(1).max(40)).max(100).optional(),
});
/** Drafting input. */
export type PolicyCreate = z.infer<typeof policyCreate>;

/** Releasing a policy; the reason is required only when no meeting has discussed it (HQ override). */
export const policyRelease = z.strictObject({ overrideReason: optionalText(500) });
/** Release input. */
export type PolicyRelease = z.infer<typeof policyRelease>;

/** A distributor told of a released policy at a visit, with who acknowledged it. */
export const policyDeliveryCreate = z.strictObject({
  accountId: z.uuid(),
  visitId: z.uuid().optional(),
  deliveredOn: localDate,
  acknowledgedBy: text(100),
});
/** Delivery input. */
export type PolicyDeliveryCreate = z.infer<typeof policyDeliveryCreate>;

/** One distributor in a policy's coverage: delivered (with when and who acknowledged) or not yet. */
export const policyCoverageRow = z.object({
  accountId: z.uuid(),
  name: z.string(),
  deliveredOn: localDate.nullable(),
  acknowledgedBy: z.string().nullable(),
});
/** Coverage of one policy over the visible distributors. */
export const policyCoverage = z.object({ policyId: z.uuid(), delivered: z.array(policyCoverageRow), missing: z.array(policyCoverageRow) });
/** Coverage as answered. */
export type PolicyCoverage = z.infer<typeof policyCoverage>;

/** Released policies an account's distributor has not heard yet (for the visit brief's "announce" objectives). */
export const pendingPolicies = z.object({ items: z.array(z.object({ id: z.uuid(), title: z.string(), releasedAt: timestamp.nullable() })) });

/** Meeting kinds (R2.3). */
export const meetingScopes = ['regional', 'national'] as const;
/** Agenda item kinds. */
export const agendaKinds = ['policy', 'recognition', 'training'] as const;
/** Leaderboards a recognition is proposed from. */
export const leaderboards = ['sales_growth', 'target_achievement', 'share_gain', 'service_evaluation'] as const;
/** A leaderboard name. */
export type Leaderboard = (typeof leaderboards)[number];

/** One agenda item of a meeting. */
export const agendaItem = z.object({
  id: z.uuid(),
  kind: z.enum(agendaKinds),
  title: z.string(),
  policyId: z.uuid().nullable(),
  accountId: z.uuid().nullable(),
  board: z.string().nullable(),
  confirmedAt: timestamp.nullable(),
});
/** An agenda item as answered. */
export type AgendaItem = z.infer<typeof agendaItem>;

/** A distributor meeting with its invitees (those the caller sees), agenda and minutes. */
export const meeting = z.object({
  id: z.uuid(),
  title: z.string(),
  scope: z.enum(meetingScopes),
  regionUnitId: z.string().nullable(),
  heldOn: localDate,
  status: z.enum(['scheduled', 'held', 'cancelled']),
  minutes: z.string().nullable(),
  place: z.string().nullable(),
  invitees: z.array(z.object({ accountId: z.uuid(), name: z.string(), attended: z.boolean().nullable() })),
  agenda: z.array(agendaItem),
  actions: z.array(z.lazy(() => meetingAction)),
});
/** A meeting as answered. */
export type Meeting = z.infer<typeof meeting>;

/** Scheduling a meeting (HQ): invitees are the distributors of the given tiers within the region. */
export const meetingCreate = z
  .strictObject({
    title: text(200),
    scope: z.enum(meetingScopes),
    regionUnitId: z.string().trim().min(1).max(40).optional(),
    heldOn: localDate,
    place: optionalText(200),
    tiers: z.array(z.enum(['A', 'B', 'C'])).min(1).max(3),
    /** A meeting to discuss this policy invites only the distributors it is for. */
    policyId: z.uuid().optional(),
  })
  .refine((m) => (m.scope === 'regional') === (m.regionUnitId !== undefined), { message: 'a regional meeting names its region; a national one none', path: ['regionUnitId'] });
/** Scheduling input. */
export type MeetingCreate = z.infer<typeof meetingCreate>;

/** Minutes and status of a meeting. */
export const meetingPatch = z.strictObject({ minutes: optionalText(20_000), place: optionalText(200), status: z.enum(['scheduled', 'held', 'cancelled']).optional() });
/** Patch input. */
export type MeetingPatch = z.infer<typeof meetingPatch>;

/** Adding an agenda item: a policy to discuss, a recognition (from a leaderboard) or a training. */
export const agendaCreate = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('policy'), policyId: z.uuid() }),
  z.strictObject({ kind: z.literal('recognition'), accountId: z.uuid(), board: z.enum(leaderboards), title: text(200) }),
  z.strictObject({ kind: z.literal('training'), title: text(200) }),
]);
/** Agenda input. */
export type AgendaCreate = z.infer<typeof agendaCreate>;

/** Attendance of invitees. */
export const attendanceSet = z.strictObject({ items: z.array(z.strictObject({ accountId: z.uuid(), attended: z.boolean() })).min(1).max(500) });
/** Attendance input. */
export type AttendanceSet = z.infer<typeof attendanceSet>;

/** One row of a leaderboard among a meeting's invitees. */
export const leaderboardRow = z.object({ accountId: z.uuid(), name: z.string(), value: z.number(), rank: z.number().int() });
/** A leaderboard query. */
export const leaderboardQuery = z.object({ board: z.enum(leaderboards).default('sales_growth') });

/** A recognition proposed from a leaderboard (a manager for their distributors, or HQ); HQ confirms it. */
export const recognitionProposal = z.strictObject({ accountId: z.uuid(), board: z.enum(leaderboards), title: text(200) });
/** Proposal input. */
export type RecognitionProposal = z.infer<typeof recognitionProposal>;

/** Agenda item path parameters. */
export const agendaItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });

/** A follow-up action of a meeting: what, its owner (a user), due date and when it was done. */
export const meetingAction = z.object({
  id: z.uuid(),
  title: z.string(),
  ownerId: z.uuid(),
  ownerName: z.string(),
  dueOn: localDate,
  doneAt: timestamp.nullable(),
  /** Who marked it done and what they noted. */
  doneByName: z.string().nullable(),
  doneNote: z.string().nullable(),
});
/** A follow-up action as answered. */
export type MeetingAction = z.infer<typeof meetingAction>;
/** Adding a follow-up action. */
export const meetingActionCreate = z.strictObject({ title: text(300), ownerId: z.uuid(), dueOn: localDate });
/** Follow-up action input. */
export type MeetingActionCreate = z.infer<typeof meetingActionCreate>;
/**
 * Marking a follow-up action done (with a note saying what was done, required) or open again — by its owner,
 * the owner's manager or HQ.
 */
export const meetingActionPatch = z.strictObject({ done: z.boolean(), note: optionalText(1000) });
/** Marking input. */
export type MeetingActionPatch = z.infer<typeof meetingActionPatch>;
/** Follow-up action path parameters. */
export const meetingActionParams = z.object({ id: z.uuid(), actionId: z.uuid() });

/** Which distributors a meeting of these tiers in this region would invite (preview before scheduling). */
export const inviteePreviewQuery = z.object({
  tiers: z.string().regex(/^[ABC](,[ABC]){0,2}$/),
  regionUnitId: z.string().trim().min(1).max(40).optional(),
  /** Only the distributors this policy is for (a meeting to discuss it). */
  policyId: z.uuid().optional(),
});
/** The preview answer. */
export const inviteePreview = z.object({ items: z.array(z.object({ accountId: z.uuid(), name: z.string(), tier: z.enum(['A', 'B', 'C']), unitId: z.string() })) });

/** A recognition HQ confirmed for a distributor, as its archive shows it. */
export const accountRecognition = z.object({
  id: z.uuid(),
  title: z.string(),
  board: z.string().nullable(),
  meetingId: z.uuid(),
  meetingTitle: z.string(),
  heldOn: localDate,
  confirmedAt: timestamp,
});
/** The recognitions of one account. */
export const accountRecognitions = z.object({ items: z.array(accountRecognition) });

/** A minimum selling price (R4). */
export const minimumPrice = z.object({
  id: z.uuid(),
  model: z.string(),
  tier: z.enum(['A', 'B', 'C']).nullable(),
  regionUnitId: z.string().nullable(),
  priceFen: z.number().int(),
  validFrom: localDate,
  validTo: localDate.nullable(),
});
/** A minimum price as answered. */
export type MinimumPrice = z.infer<typeof minimumPrice>;

/** Setting a minimum price (HQ). */
export const minimumPriceCreate = z
  .strictObject({
    model: text(60),
    tier: z.enum(['A', 'B', 'C']).optional(),
    regionUnitId: z.string().trim().min(1).max(40).optional(),
    priceFen: fen.min(1),
    validFrom: localDate,
    validTo: localDate.optional(),
  })
  .refine((p) => p.validTo === undefined || p.validTo >= p.validFrom, { message: 'validTo before validFrom', path: ['validTo'] });
/** Minimum price input. */
export type MinimumPriceCreate = z.infer<typeof minimumPriceCreate>;

/** A price seen below its minimum, with its evidence; `pattern` marks a distributor undercutting repeatedly. */
export const priceViolation = z.object({
  id: z.uuid(),
  observationId: z.uuid(),
  accountId: z.uuid(),
  accountName: z.string(),
  distributorId: z.uuid().nullable(),
  model: z.string(),
  observedOn: localDate,
  priceFen: z.number().int(),
  minimumFen: z.number().int(),
  shortfallFen: z.number().int(),
  observedBy: z.string().nullable(),
  visitId: z.uuid().nullable(),
  photoIds: z.array(z.uuid()),
  pattern: z.boolean(),
});
/** A violation as answered. */
export type PriceViolation = z.infer<typeof priceViolation>;

/** A cross-territory dumping (窜货) case (R4) with the alert's chain of evidence. */
export const dumpingCase = z.object({
  id: z.uuid(),
  alertId: z.uuid(),
  status: z.enum(['investigating', 'confirmed', 'dismissed', 'actioned']),
  serial: z.string(),
  soldToAccountId: z.uuid(),
  soldToName: z.string(),
  foundAtAccountId: z.uuid(),
  foundAtName: z.string(),
  evidence: z.unknown(),
  managerIds: z.array(z.uuid()),
  decisionNote: z.string().nullable(),
  action: z.string().nullable(),
  createdAt: timestamp,
});
/** A case as answered. */
export type DumpingCase = z.infer<typeof dumpingCase>;

/** The next step of a case: confirm or dismiss an investigated case, or record the action on a confirmed one. */
export const dumpingDecision = z.strictObject({ step: z.enum(['confirmed', 'dismissed', 'action']), note: text(2000) });
/** Step input. */
export type DumpingDecision = z.infer<typeof dumpingDecision>;

/** Competitor intelligence: competitors' observed prices per month, won/lost orders per competitor, our models' list against observed prices. */
export const competitorIntel = z.object({
  competitorPrices: z.array(z.object({ brand: z.string(), model: z.string(), month: z.string(), observations: z.number().int(), avgPriceFen: z.number().int(), minPriceFen: z.number().int() })),
  orders: z.array(z.object({ brand: z.string().nullable(), won: z.number().int(), lost: z.number().int(), reasons: z.array(z.string()) })),
  ourModels: z.array(z.object({ model: z.string(), listPriceFen: z.number().int(), observations: z.number().int(), avgObservedFen: z.number().int().nullable() })),
});
/** Competitor intelligence as answered. */
export type CompetitorIntel = z.infer<typeof competitorIntel>;
