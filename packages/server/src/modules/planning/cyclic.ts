import type { Customer, RoutingProblem, Solution, TimeWindow, Weekday } from '@qudao/solver';
import type { TravelMatrix } from './travel';

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
  return out;
}

/**
 * Builds the periodic problem. Location 0 is the rep's start; account i (with a location) is location i+1
 * of `matrix` in the order of `located`. Accounts that can never be visited are pre-checked out with a reason,
 * so impossible data ends in the unplanned list, never in an error.
 */
export function buildProblem(accounts: PlanAccountInput[], s: PlanSettings, matrix: TravelMatrix, only?: (a: PlanAccountInput) => boolean, fixed?: Map<string, number[]>): BuiltProblem {
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
    const loc = i + 1;
    const back = matrix.durationS[loc] ?? 0;
    const out = matrix.durationS[loc * matrix.n] ?? 0;
    if (a.serviceS + back + out > dayS) return void precheck.push({ id: a.id, reason: 'DAY_TOO_SHORT' });
    const weekdayTimeWindows = Array.from({ length: 7 }, (_, wd) => (s.workDays.includes(wd as Weekday) ? windowsOn(a, wd, s) : []));
    if (weekdayTimeWindows.every((w) => w.length === 0)) return void precheck.push({ id: a.id, reason: 'OPENING_TOO_SHORT' });
    const P = periodWeeksOf(a.intervalDays, s.horizonWeeks);
    const patterns: number[][] = [];
    const pinned = fixed?.get(a.id);
    if (pinned) patterns.push(pinned);
    else {
      const keep = s.fixWeekdays && a.previousWeekday !== undefined && weekdayTimeWindows[a.previousWeekday]!.length > 0 ? a.previousWeekday : undefined;
      for (const wd of s.workDays) {
        if (weekdayTimeWindows[wd]!.length === 0 || (keep !== undefined && wd !== keep)) continue;
        for (let o = 0; o < P; o++) {
          const days: number[] = [];
          for (let w = o; w < s.horizonWeeks; w += P) days.push(w * 7 + wd);
          patterns.push(days);
        }
      }
    }
    customers.push({
      location: loc,
      serviceS: a.serviceS,
      weekdayTimeWindows,
      frequency: { patterns },
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
    periodic: { horizonDays, workingDays, firstWeekday: 0, offWeekdayPenalty: s.movePenaltyS },
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
    let prev = problem.vehicles[0]!.startLocation;
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
