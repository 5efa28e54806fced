// `npm run bench:planning` (issue 6 item 7): plans all demo reps for 8 weeks from their home base (overnight
// trips to accounts more than 90 min away) and compares travel with a naive plan (the same visits spread
// evenly over the working days, each day from home in nearest-neighbour order). A/B coverage is reported
// against all A/B visits and against what capacity allows: a rep whose A and B accounts alone need more
// hours than the working time (hours of an A/B-only plan per visit × required visits) is capacity-limited.
// Then 5 % of the accounts change class and the rep is re-planned from the first plan (strict: same days
// and slots where possible) to measure weekday and slot stability.
// Prints a table; `--json FILE` writes {reps, total, capacity, stability}.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { asc, eq } from 'drizzle-orm';
import { solve } from '@qudao/solver';
import { openDatabase } from '../src/db/connect';
import { users } from '../src/db/schema';
import { loadDemo } from '../src/demo/load';
import { periodWeeksOf, type PlanAccountInput, type PlanSettings } from '../src/modules/planning/cyclic';
import { planRep, startPlace, type SolveRunner } from '../src/modules/planning/planner';
import { loadRepAccounts } from '../src/modules/planning/repo';
import { greatCircleMatrix, type LngLat, type TravelMatrix } from '../src/modules/planning/travel';
import { layoutTrips } from '../src/modules/planning/trips';

const { values: args } = parseArgs({ options: { json: { type: 'string' }, 'time-limit-ms': { type: 'string', default: '2000' } } });
const timeLimitMs = Number(args['time-limit-ms']);
/** A slot is kept when the visit still starts within this many minutes of its previous start. */
const slotToleranceMin = 60;
const gc = { roadFactor: 1.3, speedKmh: 45 };
const settings: PlanSettings = { horizonWeeks: 8, workDays: [0, 1, 2, 3, 4], workStartMin: 510, workEndMin: 1050, movePenaltyS: 0, overnight: { dayTripMaxMin: 90 } };
const direct: SolveRunner = (problem, options) => ({ result: Promise.resolve(solve(problem, options)), cancel: () => undefined });
const travel = { matrix: async (p: LngLat[]) => greatCircleMatrix(p, gc) };

/** Day routes in nearest-neighbour order from each day's start to its end (matrix indices); empty days with a drive are charged. */
function routeDays(m: TravelMatrix, days: Map<number, { from: number; to: number; stops: number[] }>): { travelS: number; distanceM: number } {
  let travelS = 0, distanceM = 0;
  const leg = (a: number, b: number) => {
    travelS += m.durationS[a * m.n + b]!;
    distanceM += m.distanceM[a * m.n + b]!;
  };
  for (const { from, to, stops } of days.values()) {
    const left = new Set(stops);
    let at = from;
    while (left.size > 0) {
      let best = -1;
      for (const s of left) if (best < 0 || m.durationS[at * m.n + s]! < m.durationS[at * m.n + best]!) best = s;
      leg(at, best);
      left.delete(best);
      at = best;
    }
    if (at !== to) leg(at, to);
  }
  return { travelS, distanceM };
}

/** Deals accounts round-robin over (weekday, week offset) cells: the naive "spread evenly" of the brief. */
function deal(list: number[], accounts: PlanAccountInput[], weekdays: number[], weeks: number[], periodOf: (a: PlanAccountInput) => number, add: (day: number, loc: number) => void) {
  list.forEach((i, slot) => {
    const r = periodOf(accounts[i]!);
    const off = Math.floor(slot / weekdays.length) % r;
    for (let k = off; k < weeks.length; k += r) add(weeks[k]! * 7 + weekdays[slot % weekdays.length]!, i + 1);
  });
}

/**
 * Naive plans of the same visits (the accounts the plan serves), days in nearest-neighbour order.
 * Old: every day starts and ends at home, even for accounts a day's drive away (handicapped: it cannot
 * use hotel nights). Fair: the far accounts ride the plan's own trips (same hotels, same trip days, the
 * drive out and home charged once per occurrence, as in the plan), dealt round-robin over the trip's days;
 * the rest are dealt round-robin over the weekdays from home. Like the old one it ignores day length.
 */
function naive(accounts: PlanAccountInput[], plannedIds: Set<string>, start: LngLat): { old: { travelS: number; distanceM: number }; fair: { travelS: number; distanceM: number } } {
  const m = greatCircleMatrix([start, ...accounts.map((a) => ({ lng: a.lng ?? start.lng, lat: a.lat ?? start.lat }))], gc);
  const layout = layoutTrips(accounts, settings, m);
  const P = (a: PlanAccountInput) => periodWeeksOf(a.intervalDays, settings.horizonWeeks);
  const planned = accounts.map((_, i) => i).filter((i) => plannedIds.has(accounts[i]!.id));
  const allWeeks = Array.from({ length: settings.horizonWeeks }, (_, w) => w);
  const homeDays = (list: number[]) => {
    const days = new Map<number, { from: number; to: number; stops: number[] }>();
    deal(list, accounts, settings.workDays, allWeeks, P, (d, loc) => days.set(d, { from: 0, to: 0, stops: [...(days.get(d)?.stops ?? []), loc] }));
    return days;
  };
  const old = routeDays(m, homeDays(planned));
  const onTrip = new Set(layout.trips.flatMap((t) => t.members));
  const fair = routeDays(m, homeDays(planned.filter((i) => !onTrip.has(i))));
  for (const t of layout.trips) {
    const members = planned.filter((i) => t.members.includes(i));
    const weeks = [...new Set(t.days.map((d) => Math.floor(d / 7)))].sort((a, b) => a - b);
    const days = new Map<number, { from: number; to: number; stops: number[] }>();
    for (const d of t.days) days.set(d, { from: layout.dayDepots[d]!.startLocation, to: layout.dayDepots[d]!.endLocation, stops: [] });
    deal(members, accounts, t.weekdays, weeks, (a) => P(a) / t.periodWeeks, (d, loc) => days.get(d)!.stops.push(loc));
    // An occurrence without any visit is not driven at all.
    for (const w of weeks) if (![...days].some(([d, x]) => Math.floor(d / 7) === w && x.stops.length > 0)) for (const d of t.days) if (Math.floor(d / 7) === w) days.delete(d);
    const r = routeDays(m, days);
    fair.travelS += r.travelS;
    fair.distanceM += r.distanceM;
  }
  return { old, fair };
}

const dir = mkdtempSync(join(tmpdir(), 'qudao-bench-planning-'));
const database = await openDatabase({ dataDir: dir });
await database.migrate();
try {
  await loadDemo(database.db, { seed: 1, password: 'bench-pass', reset: true, referenceDate: '2026-11-20' });
  const reps = await database.db.select({ id: users.id, name: users.username }).from(users).where(eq(users.role, 'rep')).orderBy(asc(users.username));
  const rows = [];
  const capacityRows = [];
  let seconds = 0, abRequired = 0, abPlanned = 0, abAllowed = 0, abUnreachable = 0, kept = 0, keptSlot = 0, comparable = 0, changed = 0, total = 0;
  const capH = (settings.workDays.length * settings.horizonWeeks * (settings.workEndMin - settings.workStartMin)) / 60;
  console.log('rep          accounts visits  planH  naiveH oldNaiveH  planKm  naiveKm  unplanned  seconds  A/B planned/allowed/required  A/B needH / capH');
  for (const rep of reps) {
    const { inputs } = await loadRepAccounts(database.db, rep.id);
    const start = startPlace(inputs, null, settings.horizonWeeks)!;
    const t0 = performance.now();
    const plan = await planRep(inputs, start, settings, travel, direct, { timeLimitMs });
    const s = (performance.now() - t0) / 1000;
    seconds += s;
    const nv = naive(inputs, new Set(plan.accounts.map((a) => a.id)), start);
    // "Capacity allows", per rep: (1) only A/B accounts that can be served within a working day at all —
    // not those without a location, open less than a visit, or (even from a hotel) farther than a working
    // day's drive (the planner's pre-check reasons); (2) their visits need hours = the working time (visits +
    // every drive, trip drives included) of an A/B-only plan per visit it placed × the reachable required
    // visits. Within the rep's working hours, every reachable A/B visit is allowed; beyond them, what the
    // A/B-only plan fitted.
    const ab = inputs.filter((x) => x.valueClass === 'A' || x.valueClass === 'B');
    const abOnly = await planRep(ab, start, settings, travel, direct, { timeLimitMs });
    const need = (a: PlanAccountInput) => Math.ceil(settings.horizonWeeks / periodWeeksOf(a.intervalDays, settings.horizonWeeks));
    const never = new Set(plan.unplanned.filter((u) => u.reason !== 'NO_CAPACITY').map((u) => u.id));
    const repAbRequired = ab.reduce((x, a) => x + need(a), 0);
    const repAbReachable = ab.filter((a) => !never.has(a.id)).reduce((x, a) => x + need(a), 0);
    const repAbPlanned = plan.accounts.filter((p) => ab.some((a) => a.id === p.id)).reduce((x, p) => x + p.days.length, 0);
    const abOnlyWorkH = abOnly.days.reduce((x, d) => x + d.workS, 0) / 3600;
    const needH = abOnly.visits > 0 ? (abOnlyWorkH / abOnly.visits) * repAbReachable : 0;
    const capacityLimited = needH > capH;
    const allowed = capacityLimited ? Math.min(repAbReachable, abOnly.visits) : repAbReachable;
    abUnreachable += repAbRequired - repAbReachable;
    abRequired += repAbRequired;
    abPlanned += repAbPlanned;
    abAllowed += allowed;
    // Why A/B accounts stay out (accounts, not visits): DAY_TOO_SHORT includes hotels beyond a day's drive.
    const abUnplannedReasons: Record<string, number> = {};
    for (const u of plan.unplanned) if (ab.some((a) => a.id === u.id)) abUnplannedReasons[u.reason] = (abUnplannedReasons[u.reason] ?? 0) + 1;
    capacityRows.push({ rep: rep.name, abVisitsRequired: repAbRequired, abVisitsReachable: repAbReachable, abVisitsPlanned: repAbPlanned, abNeedHours: +needH.toFixed(0), capacityHours: capH, capacityLimited, abVisitsCapacityAllows: allowed, abUnplannedReasons });
    const row = { rep: rep.name, visits: plan.visits, planHours: +(plan.travelS / 3600).toFixed(1), naiveHours: +(nv.fair.travelS / 3600).toFixed(1), oldNaiveHours: +(nv.old.travelS / 3600).toFixed(1), planKm: Math.round(plan.distanceM / 1000), naiveKm: Math.round(nv.fair.distanceM / 1000), unplanned: plan.unplanned.length };
    rows.push(row);
    console.log([rep.name.padEnd(12), String(inputs.length).padStart(8), String(row.visits).padStart(6), row.planHours.toFixed(1).padStart(6), row.naiveHours.toFixed(1).padStart(7), row.oldNaiveHours.toFixed(1).padStart(9), String(row.planKm).padStart(7), String(row.naiveKm).padStart(8), String(row.unplanned).padStart(10), s.toFixed(1).padStart(8), `${repAbPlanned}/${allowed}/${repAbRequired}`.padStart(28), `${needH.toFixed(0)} / ${capH}${capacityLimited ? ' capacity-limited' : ''}`.padStart(18)].join(' '));
    // Stability: change the class of every 20th account (5 %), re-plan keeping the previous weekdays and slots.
    const prev = new Map(plan.accounts.map((a) => [a.id, a]));
    const changedIds = new Set(inputs.filter((_, i) => i % 20 === 0).map((a) => a.id));
    const next = inputs.map((a) => {
      const cls = changedIds.has(a.id) ? (a.valueClass === 'C' || a.valueClass === null ? 'B' : 'C') : a.valueClass;
      return { ...a, valueClass: cls, intervalDays: cls === 'B' ? 30 : cls === 'C' ? 60 : a.intervalDays, previousWeekday: prev.get(a.id)?.weekday, previousFirstWeek: prev.get(a.id)?.firstWeek, previousSlotMin: prev.get(a.id)?.slotMin };
    });
    const again = await planRep(next, start, { ...settings, movePenaltyS: 2 * 3600, fixWeekdays: true, previousTrips: plan.trips, slotToleranceMin }, travel, direct, { timeLimitMs });
    for (const a of again.accounts) {
      const p = prev.get(a.id);
      if (changedIds.has(a.id) || !p) continue;
      comparable++;
      if (p.weekday === a.weekday) kept++;
      if (p.weekday === a.weekday && Math.abs(p.slotMin - a.slotMin) <= slotToleranceMin) keptSlot++;
    }
    // Unchanged accounts planned before but dropped now count as not kept.
    const dropped = [...prev.keys()].filter((id) => !changedIds.has(id) && !again.accounts.some((a) => a.id === id));
    comparable += dropped.length;
    changed += changedIds.size;
    total += inputs.length;
  }
  const planHours = rows.reduce((s, r) => s + r.planHours, 0);
  const naiveHours = rows.reduce((s, r) => s + r.naiveHours, 0);
  const oldNaiveHours = rows.reduce((s, r) => s + r.oldNaiveHours, 0);
  const out = {
    reps: rows,
    total: {
      planHours: +planHours.toFixed(1), naiveHours: +naiveHours.toFixed(1), reductionPct: +((100 * (naiveHours - planHours)) / naiveHours).toFixed(1),
      oldNaiveHours: +oldNaiveHours.toFixed(1), oldReductionPct: +((100 * (oldNaiveHours - planHours)) / oldNaiveHours).toFixed(1), seconds: +seconds.toFixed(1),
      abPlannedPct: +((100 * abPlanned) / Math.max(1, abAllowed)).toFixed(1),
      abPlannedOfAllPct: +((100 * abPlanned) / Math.max(1, abRequired)).toFixed(1),
    },
    capacity: capacityRows,
    stability: {
      changedPct: +((100 * changed) / Math.max(1, total)).toFixed(1), keptWeekdayPct: +((100 * kept) / Math.max(1, comparable)).toFixed(1),
      keptSlotPct: +((100 * keptSlot) / Math.max(1, comparable)).toFixed(1), slotToleranceMin,
    },
  };
  const limited = capacityRows.filter((c) => c.capacityLimited);
  console.log(`\ntotal: plan ${out.total.planHours} h vs fair naive ${out.total.naiveHours} h travel (−${out.total.reductionPct} %; same trips and hotels), ${out.total.seconds} s for ${rows.length} reps`);
  console.log(`       vs old naive ${out.total.oldNaiveHours} h (−${out.total.oldReductionPct} %; every day from home, no hotel nights — not a fair comparison)`);
  console.log(`A/B visits: ${abPlanned} planned of ${abRequired} required (${out.total.abPlannedOfAllPct} % of all A/B); ${abUnreachable} can never be served within a working day; ${out.total.abPlannedPct} % of the ${abAllowed} that capacity allows`);
  const why: Record<string, number> = {};
  for (const c of capacityRows) for (const [k, v] of Object.entries(c.abUnplannedReasons)) why[k] = (why[k] ?? 0) + v;
  console.log(`A/B accounts left out by reason: ${Object.entries(why).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  console.log(`capacity-limited (A/B alone need more than ${capH} h): ${limited.length ? limited.map((c) => `${c.rep} ${c.abNeedHours} h, fits ${c.abVisitsCapacityAllows}/${c.abVisitsRequired}`).join('; ') : 'none'}`);
  console.log(`stability: ${out.stability.changedPct} % of accounts changed, ${out.stability.keptWeekdayPct} % of the others kept their weekday, ${out.stability.keptSlotPct} % weekday and slot (±${slotToleranceMin} min)`);
  if (args.json) writeFileSync(args.json, `${JSON.stringify(out, null, 2)}\n`);
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
