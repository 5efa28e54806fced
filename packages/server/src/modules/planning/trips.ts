import type { DayDepot, Weekday } from '@qudao/solver';
import { periodWeeksOf, type CyclicPlan, type PlanAccountInput, type PlanSettings } from './cyclic';
import type { LngLat, TravelMatrix } from './travel';

// Overnight trips (issue 6 item 1): in a territory of several prefectures a rep cannot drive out and back
// to every account in one working day. Accounts farther than `dayTripMaxMin` from home are grouped around a
// hotel town; each group gets a trip of consecutive working days that repeats every few weeks (fixed days):
// the first day leaves home and ends at the hotel, middle days start and end there, the last day drives home.
// The solver sees this as per-day start/end places, so every minute of driving stays in the plan.

/** Overnight trip settings; absent in PlanSettings = every day starts and ends at home. */
export interface OvernightOptions {
  /** Accounts farther than this one-way drive from home (minutes) are served on trips with hotel nights. */
  dayTripMaxMin: number;
  /** Longest trip in working days (default: the working days of a week). */
  maxTripDays?: number | undefined;
}

/** A trip of an earlier plan (by its hotel account), for stable re-planning. */
export interface PreviousTrip {
  hotelAccountId: string;
  weekdays: Weekday[];
  periodWeeks: number;
  firstWeek: number;
}

/** One repeating trip: the hotel is the location of one of its accounts (in town, where the accounts are). */
export interface Trip {
  /** Index into the accounts of the hotel's account (its location is the hotel). */
  hotel: number;
  /** Indices into the accounts served on this trip. */
  members: number[];
  periodWeeks: number;
  firstWeek: number;
  weekdays: Weekday[];
  /** Horizon days of every occurrence of the trip. */
  days: number[];
}

/** Trips of a rep and what the solver needs from them. */
export interface TripLayout {
  trips: Trip[];
  /** Per horizon day: start and end location (matrix index) when it is a trip day, else null. */
  dayDepots: (DayDepot | null)[];
  /** Account id → the matrix location the account is reached from (0 = home, else its hotel). */
  baseOf: Map<string, number>;
  /** Account id → days it may be visited on (trip members only). */
  allowedDays: Map<string, Set<number>>;
  /** Far accounts whose trip found no room in the calendar (unplanned for capacity). */
  unplaced: Set<string>;
  /** Far accounts whose hotel is more than a working day's drive from home. */
  unreachable: Set<string>;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const isAb = (a: PlanAccountInput) => a.valueClass === 'A' || a.valueClass === 'B';
const visitsOf = (a: PlanAccountInput, s: PlanSettings) => Math.ceil(s.horizonWeeks / periodWeeksOf(a.intervalDays, s.horizonWeeks));

/**
 * The default home of a rep when none is set: the account location with the most required visit time
 * within 40 km (where the market, and so the rep, is densest); ties go to the more central one.
 */
export function derivedHome(accounts: PlanAccountInput[], s: PlanSettings, distanceKm: (a: LngLat, b: LngLat) => number): LngLat | null {
  const located = accounts.filter((a) => a.lng !== null && a.lat !== null);
  let best: LngLat | null = null, bestW = -1, bestSum = Infinity;
  for (const c of located) {
    const p = { lng: c.lng!, lat: c.lat! };
    let w = 0, sum = 0;
    for (const a of located) {
      const d = distanceKm(p, { lng: a.lng!, lat: a.lat! });
      sum += d;
      if (d <= 40) w += visitsOf(a, s) * a.serviceS * (isAb(a) ? 2 : 1);
    }
    if (w > bestW || (w === bestW && sum < bestSum)) [best, bestW, bestSum] = [p, w, sum];
  }
  return best;
}

/** Groups far accounts around hotels and places their trips on the cyclic calendar. */
export function layoutTrips(accounts: PlanAccountInput[], s: PlanSettings, matrix: TravelMatrix): TripLayout {
  const n = matrix.n;
  const horizonDays = s.horizonWeeks * 7;
  const dayDepots: (DayDepot | null)[] = Array.from({ length: horizonDays }, () => null);
  const baseOf = new Map<string, number>();
  const allowedDays = new Map<string, Set<number>>();
  const o = s.overnight;
  const dayS = (s.workEndMin - s.workStartMin) * 60;
  if (!o) return { trips: [], dayDepots, baseOf, allowedDays, unplaced: new Set(), unreachable: new Set() };
  const drive = (a: number, b: number) => Math.max(matrix.durationS[a * n + b]!, matrix.durationS[b * n + a]!);
  const limitS = o.dayTripMaxMin * 60;
  const far = accounts.map((a, i) => i).filter((i) => accounts[i]!.lng !== null && accounts[i]!.lat !== null && drive(0, i + 1) > limitS);
  // Groups: repeatedly take the far account with the most required visit time around it as the hotel.
  const radiusS = limitS;
  const left = new Set(far);
  const groups: { hotel: number; members: number[] }[] = [];
  // Stable re-planning: the previous hotels first, so the trips stay where customers know them.
  const idx = new Map(accounts.map((a, i) => [a.id, i]));
  const seeds = (s.previousTrips ?? []).map((t) => idx.get(t.hotelAccountId)).filter((i): i is number => i !== undefined);
  while (left.size > 0) {
    let hotel = -1, bestW = -1;
    const seed = seeds.shift();
    for (const h of seed !== undefined && left.has(seed) ? [seed] : left) {
      let w = 0;
      for (const m of left) if (drive(h + 1, m + 1) <= radiusS) w += visitsOf(accounts[m]!, s) * accounts[m]!.serviceS * (isAb(accounts[m]!) ? 4 : 1);
      if (w > bestW) [hotel, bestW] = [h, w];
    }
    const members = [...left].filter((m) => drive(hotel + 1, m + 1) <= radiusS);
    for (const m of members) left.delete(m);
    groups.push({ hotel, members });
  }
  // Trip length from the work per occurrence (visits, hops from the hotel, the drive there and back), +10 %.
  const wd = s.workDays.length;
  const maxDays = Math.max(1, Math.min(o.maxTripDays ?? wd, wd));
  const sized = groups.map((g) => {
    const P = g.members.map((m) => periodWeeksOf(accounts[m]!.intervalDays, s.horizonWeeks)).reduce(gcd);
    const occurrences = Math.ceil(s.horizonWeeks / P);
    const workOf = (only: (a: PlanAccountInput) => boolean) => {
      let w = 0;
      for (const m of g.members) {
        const a = accounts[m]!;
        if (only(a)) w += (visitsOf(a, s) / occurrences) * (a.serviceS + Math.max(600, 0.8 * drive(g.hotel + 1, m + 1)));
      }
      return w > 0 ? w + 2 * drive(0, g.hotel + 1) : 0;
    };
    const days = (w: number) => (w === 0 ? 0 : Math.min(maxDays, Math.ceil((1.1 * w) / dayS)));
    const abServiceS = g.members.reduce((x, m) => x + (isAb(accounts[m]!) ? visitsOf(accounts[m]!, s) * accounts[m]!.serviceS : 0), 0);
    const all = days(workOf(() => true)), ab = days(workOf(isAb));
    // Visit time per calendar day the trip takes: the most useful trips get the calendar first.
    return { ...g, P, occurrences, all, ab, abP: ab > 0, yield: abServiceS / Math.max(1, (ab || all) * occurrences), extraS: 0 };
  });
  // Calendar cells (week, working-day index). Days for the A and B accounts near home are kept free first,
  // then trips sized for their A and B accounts are placed by yield; last, trips grow a day at a time for
  // their C accounts while days remain after the C accounts near home.
  const occ = Array.from({ length: s.horizonWeeks }, () => new Uint8Array(wd));
  const weekLoad = (w: number) => occ[w]!.reduce((x, y) => x + y, 0);
  const farSet = new Set(far);
  const homeDays = (only: (a: PlanAccountInput) => boolean) => accounts.reduce((sum, a, i) => (a.lng === null || farSet.has(i) || !only(a) ? sum : sum + (visitsOf(a, s) * (a.serviceS + Math.max(300, 0.35 * drive(0, i + 1)))) / dayS), 0);
  let budget = s.horizonWeeks * wd - homeDays(isAb);
  const homeC = homeDays((a) => !isAb(a));
  // Stable re-planning: the trips of the previous plan are put back first, on their days.
  const wasTrip = (g: (typeof sized)[number]) => Number((s.previousTrips ?? []).some((t) => t.hotelAccountId === accounts[g.hotel]!.id));
  const order = sized.sort((x, y) => wasTrip(y) - wasTrip(x) || Number(y.abP) - Number(x.abP) || y.yield - x.yield);
  const unplaced = new Set<string>();
  const unreachable = new Set<string>();
  const weeksOf = (P: number, off: number) => Array.from({ length: Math.ceil((s.horizonWeeks - off) / P) }, (_, k) => off + k * P);
  const free = (weeks: number[], st: number, L: number) => st >= 0 && st + L <= wd && s.workDays[st + L - 1]! - s.workDays[st]! === L - 1 && weeks.every((w) => occ[w]!.subarray(st, st + L).every((x) => x === 0));
  const mark = (weeks: number[], st: number, L: number) => weeks.forEach((w) => occ[w]!.fill(1, st, st + L));
  const placedTrips: { g: (typeof sized)[number]; weeks: number[]; start: number; L: number }[] = [];
  const leftOut: (typeof sized)[number][] = [];
  for (const g of order) {
    // A hotel more than a working day's drive away cannot be reached on this model (no flights or trains).
    if (drive(0, g.hotel + 1) > dayS) {
      for (const m of g.members) unreachable.add(accounts[m]!.id);
      continue;
    }
    const room = g.abP ? budget : budget - homeC;
    let best: { weeks: number[]; start: number; L: number; score: number } | null = null;
    const before = s.previousTrips?.find((t) => t.hotelAccountId === accounts[g.hotel]!.id && t.periodWeeks === g.P);
    if (before) {
      const weeks = weeksOf(g.P, before.firstWeek), st = s.workDays.indexOf(before.weekdays[0]!), L = before.weekdays.length;
      if (st >= 0 && free(weeks, st, L)) best = { weeks, start: st, L, score: 0 };
    }
    for (let L = g.abP ? g.ab : g.all; L >= 1 && !best; L--) {
      if (L * g.occurrences > room) continue;
      for (let off = 0; off < g.P; off++) {
        const weeks = weeksOf(g.P, off);
        const score = Math.max(...weeks.map(weekLoad));
        for (let st = 0; st + L <= wd; st++) if (free(weeks, st, L) && (!best || score < best.score)) best = { weeks, start: st, L, score };
      }
    }
    if (!best) {
      leftOut.push(g);
      continue;
    }
    mark(best.weeks, best.start, best.L);
    budget -= best.L * best.weeks.length;
    placedTrips.push({ g, ...best });
  }
  // Repair: a group whose trip found no room in the calendar is not given up yet. Each of its accounts goes
  // to the nearest base that can serve it within a working day — home (a long day trip) or the hotel of a
  // placed trip whose rhythm its own repeats (its period a multiple of the trip's) — and only then is it
  // unplanned for capacity. The receiving trip may grow for the work it gains.
  for (const g of leftOut) {
    for (const m of g.members) {
      const a = accounts[m]!;
      const fits = (base: number) => a.serviceS + 2 * drive(base, m + 1) <= 0.9 * dayS;
      const P = periodWeeksOf(a.intervalDays, s.horizonWeeks);
      let to: (typeof placedTrips)[number] | null = null, best = fits(0) ? drive(0, m + 1) : Infinity;
      for (const t of placedTrips) {
        const d = drive(t.g.hotel + 1, m + 1);
        if (d < best && P % t.g.P === 0 && fits(t.g.hotel + 1)) [to, best] = [t, d];
      }
      // Served from home: no trip, so no base and no day restriction.
      if (best === Infinity) unplaced.add(a.id);
      else if (to) {
        to.g.members.push(m);
        to.g.extraS += (visitsOf(a, s) / to.g.occurrences) * (a.serviceS + 2 * best);
      }
    }
  }
  for (const t of placedTrips) if (t.g.extraS > 0) t.g.all = Math.min(maxDays, t.g.all + Math.ceil(t.g.extraS / dayS));
  for (let grown = true; grown;) {
    grown = false;
    for (const t of placedTrips) {
      if (t.L >= t.g.all || t.weeks.length > budget - (t.g.extraS > 0 ? 0 : homeC)) continue;
      const st = free(t.weeks, t.start + t.L, 1) ? t.start : free(t.weeks, t.start - 1, 1) ? t.start - 1 : -1;
      if (st < 0) continue;
      mark(t.weeks, st === t.start ? t.start + t.L : st, 1);
      [t.start, t.L] = [st, t.L + 1];
      budget -= t.weeks.length;
      grown = true;
    }
  }
  const trips: Trip[] = [];
  for (const { g, weeks, start, L } of placedTrips) {
    const weekdays = s.workDays.slice(start, start + L);
    const days: number[] = [];
    const hotel = g.hotel + 1;
    for (const w of weeks) {
      weekdays.forEach((d, j) => {
        days.push(w * 7 + d);
        dayDepots[w * 7 + d] = { startLocation: j === 0 ? 0 : hotel, endLocation: j === L - 1 ? 0 : hotel };
      });
    }
    trips.push({ hotel: g.hotel, members: g.members, periodWeeks: g.P, firstWeek: weeks[0]!, weekdays, days });
    const daySet = new Set(days);
    for (const m of g.members) {
      baseOf.set(accounts[m]!.id, hotel);
      allowedDays.set(accounts[m]!.id, daySet);
    }
  }
  return { trips, dayDepots, baseOf, allowedDays, unplaced, unreachable };
}

/**
 * The solver leaves a day without visits out, but on a trip the rep still drives home → hotel on its first
 * day and back on its last, whenever any day of that occurrence has visits: those drives are added here so
 * the plan's travel is what the rep really drives.
 */
export function chargeTripDrives(plan: CyclicPlan, layout: TripLayout, matrix: TravelMatrix): void {
  const used = new Set(plan.days.filter((d) => d.stops.length > 0).map((d) => d.day));
  for (const t of layout.trips) {
    const byWeek = new Map<number, number[]>();
    for (const day of t.days) byWeek.set(Math.floor(day / 7), [...(byWeek.get(Math.floor(day / 7)) ?? []), day]);
    for (const days of byWeek.values()) {
      if (!days.some((d) => used.has(d))) continue;
      for (const day of days) {
        const dd = layout.dayDepots[day];
        if (used.has(day) || !dd || dd.startLocation === dd.endLocation) continue;
        const k = dd.startLocation * matrix.n + dd.endLocation;
        plan.days.push({ day, stops: [], travelS: matrix.durationS[k]!, distanceM: matrix.distanceM[k]!, workS: matrix.durationS[k]! });
        plan.travelS += matrix.durationS[k]!;
        plan.distanceM += matrix.distanceM[k]!;
      }
    }
  }
  plan.days.sort((a, b) => a.day - b.day);
}
