import { z } from 'zod';
import { fen, lat, lng, localDate, optionalText, text, timestamp } from './common';

import { jointVisitScoreView } from './visit-rules';

export * from './visit-rules';
export * from './visit-notices';
export * from './visit-downline';

// The standard visit (issue 5: R3.1–R3.5, R4). Objective types and their details are the domain's
// (objectiveTypeSpecs); the contract only fixes the wire shape and lets the domain judge specificity.

/** Kinds of visit. */
export const visitKinds = ['routine', 'ad_hoc', 'downline', 'joint'] as const;
/** Lifecycle of a visit. */
export const visitStatuses = ['planned', 'prepared', 'in_progress', 'done', 'missed', 'cancelled'] as const;
/** Objective types (same list as the domain's objectiveTypes). */
export const visitObjectiveTypes = [
  'new_order', 'complaint', 'policy', 'price_investigation', 'dumping_investigation', 'reconciliation',
  'training', 'downline_visit', 'collection', 'installation_followup', 'other',
] as const;
/** The eight brief questions (R3.1). */
export const briefQuestions = ['objective', 'appointment', 'sales_data', 'sales_tools', 'route', 'promises', 'appearance', 'anything_else'] as const;
/** What the customer was told about a complaint (the domain's complaintOutcomes). */
export const complaintOutcomes = ['resolved', 'escalated', 'pending'] as const;
/** Outcome of an objective. */
export const objectiveOutcomes = ['met', 'partly_met', 'not_met'] as const;

/** One objective with its details (checked by the domain) and, once known, its outcome. */
export const visitObjective = z.object({
  type: z.enum(visitObjectiveTypes),
  details: z.record(z.string().max(40), z.union([z.string().max(500), z.number(), z.null()])),
  outcome: z.enum(objectiveOutcomes).nullable().optional(),
});
export type VisitObjective = z.infer<typeof visitObjective>;

/** A new visit; `id` may be made on the phone (offline). */
export const visitCreate = z.strictObject({
  id: z.uuid().optional(),
  accountId: z.uuid(),
  kind: z.enum(visitKinds),
  plannedOn: localDate,
  objectives: z.array(visitObjective).max(10),
  fixedTime: z.boolean().default(false),
  fixedRoute: z.boolean().default(false),
});
export type VisitCreate = z.input<typeof visitCreate>;

/** The brief answers the rep ticks (R3.1). */
export const visitBriefPatch = z.strictObject({
  /** The whole set of answered questions; left out = unchanged. The phone sends one answer at a time instead (below). */
  answered: z.array(z.enum(briefQuestions)).max(8).optional(),
  notes: optionalText(2000),
  /** Sales tools of the checklist the rep ticked (R3.1 q4); left out = unchanged. */
  toolsChecked: z.array(z.uuid()).max(30).optional(),
});
export type VisitBriefPatch = z.input<typeof visitBriefPatch>;

/**
 * One brief answer set or unset (decision 008, "brief edits are merged"): the server applies it to the
 * brief as stored, so two taps sent one after the other never undo each other.
 */
export const visitBriefAnswer = z.strictObject({ answered: z.boolean() });
export type VisitBriefAnswer = z.input<typeof visitBriefAnswer>;
/** One sales tool ticked or unticked (R3.1 q4), merged on the server like an answer. */
export const visitBriefTool = z.strictObject({ checked: z.boolean() });
export type VisitBriefTool = z.input<typeof visitBriefTool>;
/** The question of a brief answer route. */
export const briefQuestionParam = z.object({ id: z.uuid(), question: z.enum(briefQuestions) });
/** The tool of a sales-tool route. */
export const briefToolParam = z.object({ id: z.uuid(), toolId: z.uuid() });

/** A phone position at check-in or check-out; null when the phone gave none. */
export const phonePosition = z.object({ lng, lat, accuracyM: z.number().min(0).max(100_000).nullable() });

/** Check-in: position and the phone's clock; the server's own time is what counts. */
export const visitCheckIn = z.strictObject({
  position: phonePosition.nullable(),
  clientAt: z.iso.datetime({ offset: true }).optional(),
  /** The rep confirms that this fix becomes the position of an account that has none. */
  adoptAsAccountPosition: z.boolean().default(false),
});
export type VisitCheckIn = z.input<typeof visitCheckIn>;

/** Missed or cancelled, always with a reason. */
export const visitCancel = z.strictObject({ status: z.enum(['missed', 'cancelled']), reason: text(500) });

/** Completing a visit: every objective's outcome and the report (R3, item 8). */
export const visitComplete = z.strictObject({
  outcomes: z.array(z.enum(objectiveOutcomes).nullable()).max(10),
  summary: text(4000),
  nextSteps: optionalText(2000),
  /** The phone's clock at check-out (the visit's true length when synced later). */
  clientAt: z.iso.datetime({ offset: true }).optional(),
});
export type VisitComplete = z.input<typeof visitComplete>;

/** The manager's comment on a visit report. */
export const visitReportComment = z.strictObject({ comment: text(2000) });

/** A visit as the API shows it. */
export const visit = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  accountName: z.string(),
  repId: z.uuid(),
  repName: z.string(),
  kind: z.enum(visitKinds),
  status: z.enum(visitStatuses),
  plannedOn: localDate,
  objectives: z.array(visitObjective),
  fixedTime: z.boolean(),
  fixedRoute: z.boolean(),
  brief: z.object({ answered: z.array(z.enum(briefQuestions)), notes: z.string().nullable(), toolsChecked: z.array(z.string()) }),
  statusReason: z.string().nullable(),
  checkIn: z
    .object({
      at: timestamp,
      status: z.enum(['verified', 'out_of_range', 'unverifiable']),
      distanceM: z.number().nullable(),
      reason: z.string().nullable(),
    })
    .nullable(),
  checkOutAt: timestamp.nullable(),
  durationS: z.number().nullable(),
  report: z.object({ summary: z.string(), nextSteps: z.string().nullable(), managerComment: z.string().nullable(), jointScore: jointVisitScoreView.nullable() }).nullable(),
  effective: z.boolean().nullable(),
  effectiveGaps: z.array(z.object({ kind: z.string() }).passthrough()).nullable(),
  version: z.number().int(),
});
export type Visit = z.infer<typeof visit>;

/** Visit list filters. */
export const visitListQuery = z.object({
  accountId: z.uuid().optional(),
  from: localDate.optional(),
  to: localDate.optional(),
  status: z.enum(visitStatuses).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type VisitListQuery = z.input<typeof visitListQuery>;

/** A promise of the ledger (R3.5). */
export const promise = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  visitId: z.uuid().nullable(),
  what: z.string(),
  toWhom: z.string(),
  ownerId: z.uuid(),
  madeOn: localDate,
  dueOn: localDate,
  status: z.enum(['open', 'kept', 'broken', 'withdrawn']),
  closedOn: localDate.nullable(),
  evidence: z.string().nullable(),
  closeReason: z.string().nullable(),
  overdue: z.boolean(),
});
export type VisitPromiseView = z.infer<typeof promise>;

/** A new promise made at a visit; fields may be missing so the domain can say which (PROMISE.INCOMPLETE). */
export const promiseCreate = z.strictObject({
  id: z.uuid().optional(),
  what: z.string().max(1000).nullable().optional(),
  toWhom: z.string().max(200).nullable().optional(),
  dueOn: z.string().max(20).nullable().optional(),
});
export type PromiseCreate = z.input<typeof promiseCreate>;

/** Marks a promise before check-in: kept, not yet (stays open) or broken (R3.1 q6). */
export const promiseMark = z.strictObject({
  mark: z.enum(['kept', 'not_yet', 'broken', 'withdrawn']),
  note: optionalText(1000),
});
export type PromiseMark = z.input<typeof promiseMark>;

/** The brief of a visit: the eight questions, sales figures, promises and open tickets. */
export const visitBriefView = z.object({
  visit,
  questions: z.array(z.object({ id: z.enum(briefQuestions), label: z.string(), state: z.enum(['open', 'answered', 'skipped']), skipReason: z.string().nullable() })),
  ready: z.boolean(),
  sales: z.object({
    referenceDate: localDate,
    thisMonthToDateFen: z.number(),
    lastMonthFen: z.number(),
    lastYearSameMonthToDateFen: z.number(),
    lastYearSameMonthFen: z.number(),
    thisMonthTargetFen: z.number().nullable(),
    achievementPercent: z.number().nullable(),
    monthElapsedPercent: z.number(),
    yearOnYearChangePercent: z.number().nullable(),
  }),
  promises: z.array(promise),
  lastVisitOn: localDate.nullable(),
  account: z.object({ id: z.uuid(), name: z.string(), address: z.string().nullable(), phone: z.string().nullable(), lng: z.number().nullable(), lat: z.number().nullable() }),
  /** The account's installed base: serials from its sales lines (R3.2 machine problems). */
  machines: z.array(z.object({ serial: z.string(), model: z.string(), soldOn: localDate })),
  items: z.array(z.lazy(() => visitItem)),
  photos: z.array(z.lazy(() => photo)),
  /** Suggested order lines from the account's purchase history, season and target (R3.2). */
  orderRecommendations: z.array(z.object({
    model: z.string(), quantity: z.number().int(), reasons: z.array(z.enum(['seasonal', 'repurchase_due', 'price_rise', 'behind_target'])), lastBoughtOn: localDate, lastYearFen: z.number(),
  })),
  /** HQ's sales-tools checklist for this account's kind, with what the rep ticked (R3.1 q4). */
  salesTools: z.array(z.object({ id: z.uuid(), name: z.string(), checked: z.boolean() })),
  /** Released policies this distributor has not heard yet (empty for other accounts): objectives and items to deliver (R2.3). */
  pendingPolicies: z.array(z.object({ id: z.uuid(), title: z.string(), releasedAt: timestamp.nullable() })),
});
export type VisitBriefView = z.infer<typeof visitBriefView>;

/** Kinds of photo. */
export const photoKinds = ['storefront', 'statement', 'machine', 'other'] as const;

/** A photo upload: the image bytes base64-encoded in JSON so an offline queue can replay it as is. */
export const photoUpload = z.strictObject({
  id: z.uuid().optional(),
  kind: z.enum(photoKinds),
  dataBase64: z.string().min(1).max(16_000_000),
});
export type PhotoUpload = z.input<typeof photoUpload>;

/** A stored photo. */
export const photo = z.object({ id: z.uuid(), visitId: z.uuid(), kind: z.enum(photoKinds), mime: z.string(), sizeBytes: z.number().int(), createdAt: timestamp });
export type Photo = z.infer<typeof photo>;

const serial = z.string().trim().min(1).max(100);

/** A structured communication item (R3.2–R3.4), by kind. */
export const visitItemCreate = z.discriminatedUnion('kind', [
  z.strictObject({ id: z.uuid().optional(), kind: z.literal('machine_problem'), serial, problem: text(2000) }),
  // policyId: a released policy still pending for this distributor; recording it delivers the policy (R2.3).
  z.strictObject({ id: z.uuid().optional(), kind: z.literal('policy'), policy: text(200), acknowledgedBy: text(100), policyId: z.uuid().optional() }),
  // outcome: what the customer was told — resolved (ticket reported), escalated (back in progress), pending.
  z.strictObject({ id: z.uuid().optional(), kind: z.literal('complaint_outcome'), ticketId: z.uuid(), communicatedTo: text(100), outcome: z.enum(complaintOutcomes), note: optionalText(1000) }),
  z.strictObject({
    id: z.uuid().optional(), kind: z.literal('price_observation'),
    competitorBrand: optionalText(100), model: text(100), priceFen: fen.min(1), context: optionalText(500), source: text(200),
  }),
  z.strictObject({
    id: z.uuid().optional(), kind: z.literal('share_estimate'), ourSharePct: z.number().min(0).max(100),
    competitors: z.array(z.object({ brand: text(100), sharePct: z.number().min(0).max(100) })).max(10),
  }),
  z.strictObject({
    id: z.uuid().optional(), kind: z.literal('reconciliation'), periodFrom: localDate, periodTo: localDate,
    ourBalanceFen: z.number().int(), theirBalanceFen: z.number().int(), photoId: z.uuid(), note: optionalText(1000),
  }),
  z.strictObject({ id: z.uuid().optional(), kind: z.literal('order'), model: text(100), quantity: z.number().int().min(1).max(10_000), amountFen: fen.optional() }),
  z.strictObject({
    id: z.uuid().optional(), kind: z.literal('training'),
    topic: z.enum(['product', 'warehouse', 'staff', 'downline', 'credit']), attendees: z.number().int().min(1).max(1000), material: optionalText(500),
  }),
  z.strictObject({
    id: z.uuid().optional(), kind: z.literal('distributor_evaluation'),
    scores: z.object({ responsiveness: z.number().int().min(1).max(5), technicalSkill: z.number().int().min(1).max(5), spareParts: z.number().int().min(1).max(5), attitude: z.number().int().min(1).max(5) }),
    comment: optionalText(1000),
  }),
  z.strictObject({ id: z.uuid().optional(), kind: z.literal('machine_confirmed'), serial, place: text(200) }),
]);
export type VisitItemCreate = z.input<typeof visitItemCreate>;

/** A stored item with what it caused (a ticket, an alert). */
export const visitItem = z.object({
  id: z.uuid(),
  visitId: z.uuid(),
  kind: z.string(),
  data: z.record(z.string(), z.unknown()),
  ticketId: z.uuid().nullable(),
  alertId: z.uuid().nullable(),
  createdAt: timestamp,
});
export type VisitItem = z.infer<typeof visitItem>;

/** A service ticket. */
export const ticket = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  accountName: z.string(),
  visitId: z.uuid().nullable(),
  kind: z.enum(['machine', 'reconciliation']),
  serial: z.string().nullable(),
  problem: z.string(),
  status: z.enum(['open', 'in_progress', 'resolved', 'reported']),
  resolution: z.string().nullable(),
  createdAt: timestamp,
});
export type Ticket = z.infer<typeof ticket>;

/** Ticket list filters. */
export const ticketListQuery = z.object({ accountId: z.uuid().optional(), status: z.enum(['open', 'in_progress', 'resolved', 'reported']).optional() });

/** Promise ledger filters. */
export const promiseListQuery = z.object({ status: z.enum(['open', 'kept', 'broken', 'withdrawn']).optional() });

/** Promise-keeping rate of one rep over promises due in a period (R3.5). */
export const promiseKeepingRate = z.object({
  ownerId: z.uuid(), ownerName: z.string(), kept: z.number().int(), keptLate: z.number().int(), broken: z.number().int(),
  overdueOpen: z.number().int(), openNotDue: z.number().int(), withdrawn: z.number().int(), keepingRatePercent: z.number().nullable(),
});
export type PromiseKeepingRate = z.infer<typeof promiseKeepingRate>;

/** A change of a ticket's status and resolution. */
export const ticketPatch = z.strictObject({ status: z.enum(['open', 'in_progress', 'resolved', 'reported']), resolution: optionalText(2000) });

/** A cross-territory (窜货) alert. */
export const crossTerritoryAlert = z.object({
  id: z.uuid(),
  serial: z.string(),
  soldToAccountId: z.uuid(),
  foundAtAccountId: z.uuid(),
  visitId: z.uuid().nullable(),
  evidence: z.record(z.string(), z.unknown()),
  status: z.enum(['open', 'closed']),
  createdAt: timestamp,
});
export type CrossTerritoryAlert = z.infer<typeof crossTerritoryAlert>;

/** A rep's day (issue 5 item 10): today's visits in route order with positions, promises falling due, open tickets. */
export const todayView = z.object({
  date: localDate,
  visits: z.array(z.object({ visit, order: z.number().int(), lng: z.number().nullable(), lat: z.number().nullable() })),
  promisesDue: z.array(promise),
  openTickets: z.array(ticket),
});
export type TodayView = z.infer<typeof todayView>;

/** The weekly report of one rep (issue 5 item 8): what the week's visits came to. */
export const weeklyReport = z.object({
  repId: z.uuid(),
  repName: z.string(),
  weekFrom: localDate,
  weekTo: localDate,
  planned: z.number().int(),
  done: z.number().int(),
  missedOrCancelled: z.number().int(),
  effective: z.number().int(),
  outOfRange: z.number().int(),
  items: z.record(z.string(), z.number().int()),
  promisesMade: z.number().int(),
  promisesKept: z.number().int(),
  promisesBroken: z.number().int(),
  ticketsOpened: z.number().int(),
});
export type WeeklyReport = z.infer<typeof weeklyReport>;
