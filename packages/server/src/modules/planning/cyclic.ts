import type { Customer, RoutingProblem, Solution, TimeWindow, Weekday } from '@qudao/solver';
import type { TravelMatrix } from './travel';
import type { OvernightOptions, PreviousTrip, TripLayout } from './trips';

// Cyclic visit plans (issue 6 item 1, R2.2 "five fixed"): every account gets one weekday and a repeat period
// in whole weeks, so customers learn when their rep comes. The horizon starts on a Monday; a pattern is
// "weekday w of week o, then every P weeks", P = interval rounded to weeks. Pure: no I/O.

/** Value class of an account, or null when it has none yet (planned like C). */
export type PlanClass = 'A' | 'B' | 'C' | null;

/** One account to plan. Opening windows are minutes of the day per weekday (0 = Monday). */
export interface PlanAccountInput {
  id: string;
  valueClass: PlanClass;
  lng: number | null;
  lat: number | null;
  intervalDays: number;
  serviceS: number;
  openingMin: [number, number][][];
  /** Weekday in the previous plan, for stable re-planning. */
  previousWeekday?: Weekday | undefined;
  /** Slot (start minute) in the previous plan: stable re-planning keeps the visit near it where it can. */
  previousSlotMin?: number | undefined;
  /** First week of the previous rhythm: strict re-planning keeps the very same days where it can. */
  previousFirstWeek?: number | undefined;
}

/** Rep and horizon settings. */
export interface PlanSettings {
  horizonWeeks: number;
  workDays: Weekday[];
  workStartMin: number;
  workEndMin: number;
  /** Objective seconds added per visit moved off the previous weekday (0 = free to move). */
  movePenaltyS: number;
  /** Stable re-planning, strict: accounts with a previous weekday may only use patterns on that weekday. */
  fixWeekdays?: boolean;
  /** Overnight trips to far accounts; absent = every day starts and ends at home. */
  overnight?: OvernightOptions | undefined;
  /** Stable re-planning: the trips of the previous plan, kept on their days where they still fit. */
  previousTrips?: PreviousTrip[] | undefined;
  /** Stable re-planning: accounts with a previous slot start within this many minutes of it where open. */
  slotToleranceMin?: number | undefined;
}

/** Why an account is not in the plan. */
export type UnplannedReason = 'NO_LOCATION' | 'OPENING_TOO_SHORT' | 'DAY_TOO_SHORT' | 'NO_CAPACITY';

/** The cyclic assignment of one account. */
export interface PlannedAccount {
  id: string;
  weekday: Weekday;
  periodWeeks: number;
  firstWeek: number;
  slotMin: number;
  days: number[];
}

/** One stop of a day route. */
export interface PlanStop {
  accountId: string;
  seq: number;
  arriveMin: number;
  startMin: number;
  endMin: number;
  travelS: number;
  distanceM: number;
}

/** A day of the plan (day index from the Monday the plan starts). */
export interface PlanDay {
  day: number;
  stops: PlanStop[];
  travelS: number;
  distanceM: number;
  workS: number;
}

/** The result of planning one rep. */
export interface CyclicPlan {
  accounts: PlannedAccount[];
  days: PlanDay[];
  unplanned: { id: string; reason: UnplannedReason }[];
  travelS: number;
  distanceM: number;
  visits: number;
  /** Where the days start and end (the rep's home base). */
  home?: { lng: number; lat: number };
  /** Overnight trips: the hotel is at one of the trip's accounts; repeats every `periodWeeks` from `firstWeek`. */
  trips?: (PreviousTrip & { accounts: number })[];
}

/** The problem for the solver plus the mapping back to accounts. */
export interface BuiltProblem {
  problem: RoutingProblem;
  /** Customer index → account id. */
  customerIds: string[];
  /** Customer index → allowed patterns' meta (weekday, first week, period). */
  meta: { periodWeeks: number }[];
  precheck: { id: string; reason: UnplannedReason }[];
}

/** Repeat period in weeks for a visit interval in days, within the horizon. */
export function periodWeeksOf(intervalDays: number, horizonWeeks: number): number {
  return Math.min(horizonWeeks, Math.max(1, Math.round(intervalDays / 7)));
}

/** Service-start windows (seconds of the day) of an account on a weekday within working hours. */
function windowsOn(a: PlanAccountInput, wd: number, s: PlanSettings): TimeWindow[] {
  const out: TimeWindow[] = [];
  for (const [o, c] of a.openingMin[wd] ?? []) {
    const open = Math.max(o, s.workStartMin) * 60;
    const close = Math.min(c, s.workEndMin) * 60 - a.serviceS;
    if (close >= open) out.push({ startS: open, endS: close });
  }
  // Fixed time: near the previous slot when that is possible on this weekday.
  const prev = a.previousSlotMin, tol = s.slotToleranceMin;
  if (prev === undefined || tol === undefined) return out;
  const near = out.map((w) => ({ startS: Math.max(w.startS, (prev - tol) * 60), endS: Math.min(w.endS, (prev + tol) * 60) })).filter((w) => w.endS >= w.startS);
  return near.length > 0 ? near : out;
}

/**
 * Builds the periodic problem. Location 0 is the rep's start; account i (with a location) is location i+1
 * of `matrix` in the order of `located`. Accounts that can never be visited are pre-checked out with a reason,
 * so impossible data ends in the unplanned list, never in an error.
 */
export function buildProblem(accounts: PlanAccountInput[], s: PlanSettings, matrix: TravelMatrix, only?: (a: PlanAccountInput) => boolean, fixed?: Map<string, number[]>, layout?: TripLayout): BuiltProblem {
  const horizonDays = s.horizonWeeks * 7;
  const workingDays = Array.from({ length: horizonDays }, (_, t) => s.workDays.includes((t % 7) as Weekday));
  const precheck: BuiltProblem['precheck'] = [];
  const customers: Customer[] = [];
  const customerIds: string[] = [];
  const meta: BuiltProblem['meta'] = [];
  const dayS = (s.workEndMin - s.workStartMin) * 60;
  accounts.forEach((a, i) => {
    if (only && !only(a)) return;
    if (a.lng === null || a.lat === null) return void precheck.push({ id: a.id, reason: 'NO_LOCATION' });
    if (layout?.unplaced.has(a.id)) return void precheck.push({ id: a.id, reason: 'NO_CAPACITY' });
    if (layout?.unreachable.has(a.id)) return void precheck.push({ id: a.id, reason: 'DAY_TOO_SHORT' });
    const loc = i + 1;
    // Reached from home, or from its trip's hotel.
    const base = layout?.baseOf.get(a.id) ?? 0;
    const back = matrix.durationS[base * matrix.n + loc] ?? 0;
    const out = matrix.durationS[loc * matrix.n + base] ?? 0;
    if (a.serviceS + back + out > dayS) return void precheck.push({ id: a.id, reason: 'DAY_TOO_SHORT' });
    const weekdayTimeWindows = Array.from({ length: 7 }, (_, wd) => (s.workDays.includes(wd as Weekday) ? windowsOn(a, wd, s) : []));
    if (weekdayTimeWindows.every((w) => w.length === 0)) return void precheck.push({ id: a.id, reason: 'OPENING_TOO_SHORT' });
    const P = periodWeeksOf(a.intervalDays, s.horizonWeeks);
    const patterns: number[][] = [];
    // Off its trip's days (or its previous weekday when fixed) an account may have no pattern left: no capacity.
    const pinned = fixed?.get(a.id);
    const allowed = layout?.allowedDays.get(a.id);
    const patternsOn = (keep: number | undefined, week?: number) => {
      for (const wd of s.workDays) {
        if (weekdayTimeWindows[wd]!.length === 0 || (keep !== undefined && wd !== keep)) continue;
        for (let o = 0; o < P; o++) {
          if (week !== undefined && o !== week % P) continue;
          const days: number[] = [];
          for (let w = o; w < s.horizonWeeks; w += P) days.push(w * 7 + wd);
          if (!allowed || days.every((t) => allowed.has(t))) patterns.push(days);
        }
      }
    };
    if (pinned) patterns.push(pinned);
    else {
      const keep = s.fixWeekdays && a.previousWeekday !== undefined && weekdayTimeWindows[a.previousWeekday]!.length > 0 ? a.previousWeekday : undefined;
      // Strict: the same days as before first (a subset of a feasible plan stays feasible), else the weekday.
      if (keep !== undefined && a.previousFirstWeek !== undefined) patternsOn(keep, a.previousFirstWeek);
      if (patterns.length === 0) patternsOn(keep);
      // The previous weekday may no longer be a day of the account's trip: then any weekday of the trip.
      if (patterns.length === 0 && keep !== undefined) patternsOn(undefined);
    }
    if (patterns.length === 0) return void precheck.push({ id: a.id, reason: 'NO_CAPACITY' });
    customers.push({
      location: loc,
      serviceS: a.serviceS,
      weekdayTimeWindows,
      frequency: { patterns },
      // Accounts pinned by an earlier tier (A/B before C, kept before new) are never dropped for later ones.
      // Within a tier, accounts kept from the previous plan go before new or changed ones (stability).
      ...(pinned ? { priority: 1000 } : s.fixWeekdays && a.previousWeekday !== undefined ? { priority: 10 } : {}),
      ...(a.previousWeekday !== undefined ? { preferredWeekday: a.previousWeekday } : {}),
    });
    customerIds.push(a.id);
    meta.push({ periodWeeks: P });
  });
  const problem: RoutingProblem = {
    locationCount: matrix.n,
    durationS: matrix.durationS,
    distanceM: matrix.distanceM,
    customers,
    vehicles: [{ startLocation: 0, endLocation: 0, shift: { startS: s.workStartMin * 60, endS: s.workEndMin * 60 } }],
    periodic: { horizonDays, workingDays, firstWeekday: 0, offWeekdayPenalty: s.movePenaltyS, ...(layout?.trips.length ? { dayDepots: layout.dayDepots } : {}) },
    objective: { distanceWeight: 0, durationWeight: 1 },
  };
  return { problem, customerIds, meta, precheck };
}

/** Reads the solver's answer back into a cyclic plan (weekday, first week, slot = earliest start). */
export function readPlan(built: BuiltProblem, sol: Solution): CyclicPlan {
  const { problem, customerIds } = built;
  const n = problem.locationCount;
  const days: PlanDay[] = [];
  const slot = new Map<number, number>();
  let travelS = 0, distanceM = 0, visits = 0;
  for (const r of [...sol.routes].sort((x, y) => x.day - y.day)) {
    if (r.stops.length === 0) continue;
    let prev = problem.periodic?.dayDepots?.[r.day]?.startLocation ?? problem.vehicles[0]!.startLocation;
    let t = r.departureS;
    const stops: PlanStop[] = r.stops.map((st, k) => {
      const loc = problem.customers[st.customer]!.location;
      const leg = { travelS: problem.durationS[prev * n + loc]!, distanceM: problem.distanceM[prev * n + loc]! };
      prev = loc;
      t = st.departureS;
      slot.set(st.customer, Math.min(slot.get(st.customer) ?? Infinity, Math.round(st.startS / 60)));
      return { accountId: customerIds[st.customer]!, seq: k + 1, arriveMin: Math.round(st.arrivalS / 60), startMin: Math.round(st.startS / 60), endMin: Math.round(st.departureS / 60), ...leg };
    });
    void t;
    days.push({ day: r.day, stops, travelS: r.travelS, distanceM: r.distanceM, workS: r.arrivalS - r.departureS });
    travelS += r.travelS;
    distanceM += r.distanceM;
    visits += stops.length;
  }
  const missing = new Set(sol.unassigned.map((u) => u.customer));
  const accounts: PlannedAccount[] = [];
  const unplanned: CyclicPlan['unplanned'] = [...built.precheck];
  customerIds.forEach((id, c) => {
    const vd = sol.visitDays?.[c] ?? [];
    if (missing.has(c) || vd.length === 0) return void unplanned.push({ id, reason: 'NO_CAPACITY' });
    accounts.push({ id, weekday: (vd[0]! % 7) as Weekday, firstWeek: Math.floor(vd[0]! / 7), periodWeeks: built.meta[c]!.periodWeeks, slotMin: slot.get(c) ?? 0, days: vd });
  });
  return { accounts, days, unplanned, travelS, distanceM, visits };
}
