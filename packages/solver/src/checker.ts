import type { PlannedRoute, RouteInput, RoutingProblem, TimeWindow } from './model';

/** Tolerance for time comparisons (seconds): absorbs double rounding of benchmark distances. */
export const TIME_EPS = 1e-6;

const ALWAYS: TimeWindow[] = [{ startS: -Infinity, endS: Infinity }];

/** Result of `checkSolution`: cost parts recomputed from the raw problem, schedule, and all violations. */
export interface CheckResult {
  /** True when `violations` is empty and every customer is served as required. */
  feasible: boolean;
  /** Human-readable violations naming the route, customer and rule. */
  violations: string[];
  /** Customers not served as required (periodic: visit days not an allowed pattern). */
  unserved: number[];
  distanceM: number;
  travelS: number;
  waitingS: number;
  /** Weighted legs + off-weekday penalties (same definition as the solver's objective). */
  objective: number;
  /** Routes with the schedule rule below applied (empty routes omitted). */
  routes: PlannedRoute[];
}

/**
 * Windows of a customer on a horizon day (weekday-specific when given, else the general list, else open).
 * Exported so that the solver and checker agree on the data, not on the arithmetic.
 */
export function windowsOnDay(p: RoutingProblem, customer: number, day: number): TimeWindow[] {
  const c = p.customers[customer]!;
  if (p.periodic && c.weekdayTimeWindows) return c.weekdayTimeWindows[(p.periodic.firstWeekday + day) % 7]!;
  return c.timeWindows ?? ALWAYS;
}

/** Allowed day patterns of a customer (explicit, or enumerated from the gap rule), each sorted. */
export function allowedPatterns(p: RoutingProblem, customer: number): number[][] {
  const f = p.customers[customer]!.frequency;
  const per = p.periodic;
  if (!per || !f) return [[0]];
  if ('patterns' in f) return f.patterns;
  const out: number[][] = [];
  const cur: number[] = [];
  const extend = (from: number) => {
    if (out.length >= 5000) return;
    if (cur.length === f.visits) {
      out.push(cur.slice());
      return;
    }
    for (let d = from; d < per.horizonDays; d++) {
      if (cur.length > 0) {
        const gap = d - cur[cur.length - 1]!;
        if (gap < f.minGapDays) continue;
        if (gap > f.maxGapDays) break;
      }
      cur.push(d);
      extend(d + 1);
      cur.pop();
    }
  };
  extend(0);
  return out;
}

function lastStartWithin(ws: TimeWindow[], latest: number): number {
  let best = -Infinity;
  for (const w of ws) if (w.startS <= latest + TIME_EPS) best = Math.max(best, Math.min(w.endS, latest));
  return best;
}

function firstStartFrom(ws: TimeWindow[], arrival: number): number {
  let best = Infinity;
  for (const w of ws) if (w.endS >= arrival - TIME_EPS) best = Math.min(best, Math.max(w.startS, arrival));
  return best;
}

/**
 * Independent checker. Schedule rule: the vehicle leaves at the latest departure that keeps the route
 * feasible (found by a backward pass), then serves each stop as early as possible (waiting allowed).
 * With one window per stop this schedule has the minimum working time. Verifies: each route's vehicle
 * and day exist and are working days, a vehicle is used once per day, windows, shift, max working time,
 * capacity, and that every customer is visited exactly once (single-day) or on an allowed pattern
 * (periodic). Never throws on infeasible input; throws only on out-of-range indices.
 */
export function checkSolution(p: RoutingProblem, input: RouteInput[]): CheckResult {
  const n = p.locationCount;
  const w = p.objective ?? { distanceWeight: 1, durationWeight: 0 };
  const violations: string[] = [];
  const visits: number[][] = p.customers.map(() => []);
  const used = new Set<string>();
  const routes: PlannedRoute[] = [];
  let distanceM = 0, travelS = 0, waitingS = 0, objective = 0;
  for (const r of input) {
    const name = `route(day ${r.day}, vehicle ${r.vehicle})`;
    const veh = p.vehicles[r.vehicle];
    if (!veh) throw new Error(`${name}: no such vehicle`);
    const horizon = p.periodic?.horizonDays ?? 1;
    if (!Number.isInteger(r.day) || r.day < 0 || r.day >= horizon) throw new Error(`${name}: no such day`);
    if (r.customers.length === 0) continue;
    if (p.periodic && !p.periodic.workingDays[r.day]) violations.push(`${name}: day ${r.day} is not a working day`);
    const key = `${r.day}:${r.vehicle}`;
    if (used.has(key)) violations.push(`${name}: vehicle used twice on the same day`);
    used.add(key);
    const depot = p.periodic?.dayDepots?.[r.day];
    const locs = [depot?.startLocation ?? veh.startLocation, ...r.customers.map((c) => {
      const cu = p.customers[c];
      if (!cu) throw new Error(`${name}: no such customer ${c}`);
      return cu.location;
    }), depot?.endLocation ?? veh.endLocation];
    const m = r.customers.length;
    // Backward pass: latest service start at each stop so that the rest of the route stays feasible.
    let latest = veh.shift.endS;
    for (let k = m - 1; k >= 0; k--) {
      const c = r.customers[k]!;
      const leg = p.durationS[locs[k + 1]! * n + locs[k + 2]!]!;
      latest = lastStartWithin(windowsOnDay(p, c, r.day), latest - leg - p.customers[c]!.serviceS);
    }
    const latestDeparture = Math.min(veh.shift.endS, latest - p.durationS[locs[0]! * n + locs[1]!]!);
    const departureS = Number.isFinite(latestDeparture) && latestDeparture >= veh.shift.startS ? latestDeparture : veh.shift.startS;
    let t = departureS, load = 0, rDist = 0, rTravel = 0, rWait = 0;
    const stops = [];
    for (let k = 0; k <= m; k++) {
      const a = locs[k]!, b = locs[k + 1]!;
      rDist += p.distanceM[a * n + b]!;
      rTravel += p.durationS[a * n + b]!;
      objective += w.distanceWeight * p.distanceM[a * n + b]! + w.durationWeight * p.durationS[a * n + b]!;
      t += p.durationS[a * n + b]!;
      if (k === m) break;
      const c = r.customers[k]!;
      const cu = p.customers[c]!;
      visits[c]!.push(r.day);
      load += cu.demand ?? 0;
      let start = firstStartFrom(windowsOnDay(p, c, r.day), t);
      if (!Number.isFinite(start)) {
        violations.push(`${name}: customer ${c} reached at ${t.toFixed(3)} after its last window closes`);
        start = t;
      }
      rWait += start - t;
      stops.push({ customer: c, arrivalS: t, startS: start, departureS: start + cu.serviceS });
      t = start + cu.serviceS;
      const pref = cu.preferredWeekday;
      if (p.periodic && pref !== undefined && (p.periodic.firstWeekday + r.day) % 7 !== pref) objective += p.periodic.offWeekdayPenalty ?? 0;
    }
    if (t > veh.shift.endS + TIME_EPS) violations.push(`${name}: returns at ${t.toFixed(3)} after shift end ${veh.shift.endS}`);
    if (veh.maxWorkS !== undefined && t - departureS > veh.maxWorkS + TIME_EPS) {
      violations.push(`${name}: working time ${(t - departureS).toFixed(3)} exceeds ${veh.maxWorkS}`);
    }
    if (veh.capacity !== undefined && load > veh.capacity + 1e-9) violations.push(`${name}: load ${load} exceeds capacity ${veh.capacity}`);
    distanceM += rDist; travelS += rTravel; waitingS += rWait;
    routes.push({ ...r, customers: r.customers.slice(), departureS, arrivalS: t, stops, distanceM: rDist, travelS: rTravel, waitingS: rWait, load });
  }
  const unserved: number[] = [];
  for (let c = 0; c < p.customers.length; c++) {
    const days = visits[c]!.slice().sort((a, b) => a - b);
    if (!p.periodic) {
      if (days.length === 0) unserved.push(c);
      else if (days.length > 1) violations.push(`customer ${c} visited ${days.length} times`);
      continue;
    }
    const ok = allowedPatterns(p, c).some((pat) => pat.length === days.length && pat.every((d, i) => d === days[i]));
    if (!ok) {
      if (days.length === 0) unserved.push(c);
      else violations.push(`customer ${c} visited on days [${days.join(',')}], not an allowed pattern`);
    }
  }
  return { feasible: violations.length === 0 && unserved.length === 0, violations, unserved, distanceM, travelS, waitingS, objective, routes };
}
