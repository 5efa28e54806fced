import { z } from 'zod';
import { lat, lng } from './common';

// Visit planning, the "five fixed" (issue 6, R2.2): requests and answers of the plan API.

/** Minutes of the day, 0 … 1440. */
const minuteOfDay = z.number().int().min(0).max(1440);

/** Generate a cyclic plan for one rep (optionally from a previous plan: stable re-planning). */
export const planGenerate = z.strictObject({
  repId: z.uuid(),
  basePlanId: z.uuid().optional(),
  horizonWeeks: z.number().int().min(1).max(12).default(8),
  workDays: z.array(z.number().int().min(0).max(6)).min(1).max(7).default([0, 1, 2, 3, 4]),
  workStartMin: minuteOfDay.default(510),
  workEndMin: minuteOfDay.default(1050),
  /** Disruption limit: share of previously planned accounts allowed to change weekday. */
  maxMovedPct: z.number().min(0).max(100).default(10),
  timeLimitMs: z.number().int().min(200).max(120_000).default(6000),
  visitMinutes: z
    .strictObject({
      distributor: z.number().int().min(5).max(600),
      sub_dealer: z.number().int().min(5).max(600),
      end_user: z.number().int().min(5).max(600),
    })
    .default({ distributor: 90, sub_dealer: 60, end_user: 45 }),
  start: z.strictObject({ lng, lat }).optional(),
  /**
   * Overnight trips: accounts farther than `dayTripMaxMin` one-way from the start are served on trips of
   * consecutive days with hotel nights (repeating like the visits); null = every day returns home.
   */
  overnight: z.strictObject({ dayTripMaxMin: z.number().int().min(15).max(600) }).nullable().default({ dayTripMaxMin: 90 }),
}).refine((b) => b.workEndMin > b.workStartMin, { message: 'workEndMin must be after workStartMin', path: ['workEndMin'] });
export type PlanGenerate = z.infer<typeof planGenerate>;

/** A started planning job. */
export const planJobStarted = z.object({ jobId: z.uuid() });

/** Opening hours of an account: seven weekdays (Monday first), each a list of [open, close] minutes. */
export const openingHours = z.strictObject({
  hours: z.array(z.array(z.tuple([minuteOfDay, minuteOfDay]).refine(([o, c]) => c > o, 'close must be after open')).max(4)).length(7),
});
export type OpeningHours = z.infer<typeof openingHours>;

/** Why an account is not in a plan. */
export const unplannedReasons = ['NO_LOCATION', 'OPENING_TOO_SHORT', 'DAY_TOO_SHORT', 'NO_CAPACITY'] as const;

/** Plan totals. */
export const planSummary = z.object({
  visits: z.number(),
  travelS: z.number(),
  distanceM: z.number(),
  workS: z.number(),
  accounts: z.number(),
  planned: z.number(),
  unplanned: z.array(z.object({ id: z.string(), reason: z.enum(unplannedReasons) })),
  moved: z.array(z.object({ id: z.string(), from: z.number(), to: z.number() })),
  /** Where the days start and end (given, or where the territory's market is densest). */
  home: z.object({ lng, lat }).optional(),
  /** Overnight trips: hotel at one of the trip's accounts, on these weekdays every `periodWeeks` from `firstWeek`. */
  trips: z.array(z.object({ hotelAccountId: z.string(), accounts: z.number(), weekdays: z.array(z.number()), periodWeeks: z.number(), firstWeek: z.number() })).optional(),
  /** Accounts kept on their previous weekday and slot (±60 min) when re-planned. */
  keptSlots: z.number().optional(),
});

/** A plan in lists. */
export const planListItem = z.object({
  id: z.string(),
  repId: z.string(),
  status: z.enum(['draft', 'approved', 'superseded']),
  startDate: z.string(),
  horizonWeeks: z.number(),
  summary: planSummary,
  createdAt: z.string(),
  approvedAt: z.string().nullable(),
});
export type PlanListItem = z.infer<typeof planListItem>;

/** A plan with its accounts (fixed weekday, slot) and day routes. */
export const planDetail = planListItem.extend({
  accounts: z.array(z.object({
    id: z.string(), name: z.string(), kind: z.string(), valueClass: z.string().nullable(), lng: z.number().nullable(), lat: z.number().nullable(),
    weekday: z.number().nullable(), periodWeeks: z.number().nullable(), firstWeek: z.number().nullable(), slotMin: z.number().nullable(),
  })),
  days: z.array(z.object({
    day: z.number(),
    date: z.string(),
    stops: z.array(z.object({ accountId: z.string(), seq: z.number(), startMin: z.number(), endMin: z.number(), travelS: z.number(), distanceM: z.number() })),
  })),
});
export type PlanDetail = z.infer<typeof planDetail>;

/** The rep's calendar feed address. */
export const icalFeed = z.object({ path: z.string() });

const classCount = z.object({ required: z.number(), effective: z.number() });

/** Coverage per rep and for the team (the caller's reps): required vs effective per class, overdue, backtracking. */
export const planCoverage = z.object({
  month: z.string(),
  team: z.object({ A: classCount, B: classCount, C: classCount }),
  reps: z.array(z.object({
    repId: z.string(),
    repName: z.string(),
    classes: z.object({ A: classCount, B: classCount, C: classCount }),
    overdue: z.array(z.object({ accountId: z.string(), name: z.string(), valueClass: z.string(), overdueDays: z.number(), neverVisited: z.boolean() })),
    backtracking: z.object({ days: z.number(), index: z.number().nullable() }),
  })),
  /** The same counts by region: provinces, or the units right below the chosen `regionId`. */
  regions: z.array(z.object({ unitId: z.string(), name: z.string(), classes: z.object({ A: classCount, B: classCount, C: classCount }) })),
});
export type PlanCoverage = z.infer<typeof planCoverage>;

/** The settings a plan was made with, as the plan page shows them (working day and days, limits). */
export const planSettingsView = z.object({
  horizonWeeks: z.number(),
  workDays: z.array(z.number()),
  workStartMin: z.number(),
  workEndMin: z.number(),
  maxMovedPct: z.number(),
  visitMinutes: z.object({ distributor: z.number(), sub_dealer: z.number(), end_user: z.number() }),
});
export type PlanSettingsView = z.infer<typeof planSettingsView>;

/** A plan with its accounts, day routes and the settings it was made with (the plan page). */
export const planDetailWithSettings = planDetail.extend({ settings: planSettingsView });
export type PlanDetailWithSettings = z.infer<typeof planDetailWithSettings>;

/**
 * Setting a rep's home base: a point (picked on the map or typed), or an account whose location is taken;
 * `label` names it (a city). Exactly one of the point and the account.
 */
export const planHomeBaseSet = z
  .strictObject({ lng: lng.optional(), lat: lat.optional(), accountId: z.uuid().optional(), label: z.string().trim().min(1).max(80).optional() })
  .refine((b) => (b.accountId === undefined) === (b.lng !== undefined && b.lat !== undefined) && (b.lng === undefined) === (b.lat === undefined), { message: 'give either lng and lat, or accountId' });
export type PlanHomeBaseSet = z.infer<typeof planHomeBaseSet>;
/** A rep's stored home base, or null when the planner derives it (densest market). */
export const planHomeBase = z.object({
  home: z.object({ lng: z.number(), lat: z.number(), label: z.string().nullable(), accountId: z.string().nullable(), updatedAt: z.string() }).nullable(),
});
