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
import { greatCircleMatrix, type LngLat } from '../src/modules/planning/travel';

const { values: args } = parseArgs({ options: { json: { type: 'string' }, 'time-limit-ms': { type: 'string', default: '2000' } } });
const timeLimitMs = Number(args['time-limit-ms']);
/** A slot is kept when the visit still starts within this many minutes of its previous start. */
const slotToleranceMin = 60;
const gc = { roadFactor: 1.3, speedKmh: 45 };
const settings: PlanSettings = { horizonWeeks: 8, workDays: [0, 1, 2, 3, 4], workStartMin: 510, workEndMin: 1050, movePenaltyS: 0, overnight: { dayTripMaxMin: 90 } };
const direct: SolveRunner = (problem, options) => ({ result: Promise.resolve(solve(problem, options)), cancel: () => undefined });
const travel = { matrix: async (p: LngLat[]) => greatCircleMatrix(p, gc) };

/** Naive plan of the same visits: accounts dealt round-robin over weekday × week offset, days in nearest-neighbour order. */
function naive(accounts: PlanAccountInput[], plannedIds: Set<string>, start: LngLat): { travelS: number; distanceM: number } {
  const list = accounts.filter((a) => plannedIds.has(a.id));
  const pts = [start, ...list.map((a) => ({ lng: a.lng!, lat: a.lat! }))];
  const m = greatCircleMatrix(pts, gc);
  const days = new Map<number, number[]>();
  let counter = 0;
  for (let i = 0; i < list.length; i++) {
    const P = periodWeeksOf(list[i]!.intervalDays, settings.horizonWeeks);
    const slot = counter++;
    const wd = settings.workDays[slot % settings.workDays.length]!;
    const offset = Math.floor(slot / settings.workDays.length) % P;
    for (let w = offset; w < settings.horizonWeeks; w += P) {
      const d = w * 7 + wd;
      days.set(d, [...(days.get(d) ?? []), i + 1]);
    }
  }
  let travelS = 0, distanceM = 0;
  for (const stops of days.values()) {
    const left = new Set(stops);
    let at = 0;
    while (left.size > 0) {
      let best = -1;
      for (const s of left) if (best < 0 || m.durationS[at * m.n + s]! < m.durationS[at * m.n + best]!) best = s;
      travelS += m.durationS[at * m.n + best]!;
      distanceM += m.distanceM[at * m.n + best]!;
      left.delete(best);
      at = best;
    }
    travelS += m.durationS[at * m.n]!;
    distanceM += m.distanceM[at * m.n]!;
  }
  return { travelS, distanceM };
}

const dir = mkdtempSync(join(tmpdir(), 'qudao-bench-planning-'));
const database = await openDatabase({ dataDir: dir });
await database.migrate();
try {
  await loadDemo(database.db, { seed: 1, password: 'bench-pass', reset: true, referenceDate: '2026-11-20' });
  const reps = await database.db.select({ id: users.id, name: users.username }).from(users).where(eq(users.role, 'rep')).orderBy(asc(users.username));
  const rows = [];
  const capacityRows = [];
  let seconds = 0, abRequired = 0, abPlanned = 0, abAllowed = 0, kept = 0, keptSlot = 0, comparable = 0, changed = 0, total = 0;
  const capH = (settings.workDays.length * settings.horizonWeeks * (settings.workEndMin - settings.workStartMin)) / 60;
  console.log('rep          accounts visits  planH  naiveH  planKm  naiveKm  unplanned  seconds  A/B planned  A/B needH / capH');
  for (const rep of reps) {
    const { inputs } = await loadRepAccounts(database.db, rep.id);
    const start = startPlace(inputs, null, settings.horizonWeeks)!;
    const t0 = performance.now();
    const plan = await planRep(inputs, start, settings, travel, direct, { timeLimitMs });
    const s = (performance.now() - t0) / 1000;
    seconds += s;
    const nv = naive(inputs, new Set(plan.accounts.map((a) => a.id)), start);
    // Capacity of A and B alone: plan only them (same settings) and extrapolate their hours to every
    // required A/B visit (work per planned visit × required visits). Above the rep's working hours = capacity-limited.
    const ab = inputs.filter((x) => x.valueClass === 'A' || x.valueClass === 'B');
    const abOnly = await planRep(ab, start, settings, travel, direct, { timeLimitMs });
    const need = (a: PlanAccountInput) => Math.ceil(settings.horizonWeeks / periodWeeksOf(a.intervalDays, settings.horizonWeeks));
    const repAbRequired = ab.reduce((x, a) => x + need(a), 0);
    const repAbPlanned = plan.accounts.filter((p) => ab.some((a) => a.id === p.id)).reduce((x, p) => x + p.days.length, 0);
    const abOnlyWorkH = abOnly.days.reduce((x, d) => x + d.workS, 0) / 3600;
    const needH = abOnly.visits > 0 ? (abOnlyWorkH / abOnly.visits) * repAbRequired : 0;
    const capacityLimited = needH > capH;
    // Where capacity does not allow every A/B visit, what fits is what the A/B-only plan fitted.
    const allowed = capacityLimited ? Math.min(repAbRequired, abOnly.visits) : repAbRequired;
    abRequired += repAbRequired;
    abPlanned += repAbPlanned;
    abAllowed += allowed;
    // Why A/B accounts stay out (accounts, not visits): DAY_TOO_SHORT includes hotels beyond a day's drive.
    const abUnplannedReasons: Record<string, number> = {};
    for (const u of plan.unplanned) if (ab.some((a) => a.id === u.id)) abUnplannedReasons[u.reason] = (abUnplannedReasons[u.reason] ?? 0) + 1;
    capacityRows.push({ rep: rep.name, abVisitsRequired: repAbRequired, abVisitsPlanned: repAbPlanned, abNeedHours: +needH.toFixed(0), capacityHours: capH, capacityLimited, abVisitsCapacityAllows: allowed, abUnplannedReasons });
    const row = { rep: rep.name, visits: plan.visits, planHours: +(plan.travelS / 3600).toFixed(1), naiveHours: +(nv.travelS / 3600).toFixed(1), planKm: Math.round(plan.distanceM / 1000), naiveKm: Math.round(nv.distanceM / 1000), unplanned: plan.unplanned.length };
    rows.push(row);
    console.log([rep.name.padEnd(12), String(inputs.length).padStart(8), String(row.visits).padStart(6), row.planHours.toFixed(1).padStart(6), row.naiveHours.toFixed(1).padStart(7), String(row.planKm).padStart(7), String(row.naiveKm).padStart(8), String(row.unplanned).padStart(10), s.toFixed(1).padStart(8), `${repAbPlanned}/${repAbRequired}`.padStart(12), `${needH.toFixed(0)} / ${capH}${capacityLimited ? ' capacity-limited' : ''}`.padStart(18)].join(' '));
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
  const out = {
    reps: rows,
    total: {
      planHours: +planHours.toFixed(1), naiveHours: +naiveHours.toFixed(1), reductionPct: +((100 * (naiveHours - planHours)) / naiveHours).toFixed(1), seconds: +seconds.toFixed(1),
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
  console.log(`\ntotal: plan ${out.total.planHours} h vs naive ${out.total.naiveHours} h travel (−${out.total.reductionPct} %), ${out.total.seconds} s for ${rows.length} reps`);
  console.log(`A/B visits: ${abPlanned} planned of ${abRequired} required (${out.total.abPlannedOfAllPct} % of all A/B); ${out.total.abPlannedPct} % of the ${abAllowed} that capacity allows`);
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
