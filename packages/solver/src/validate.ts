import type { RoutingProblem, TimeWindow } from './model';

/** Result of `validateProblem`: ok, or the first offending field path with a message. */
export type ValidationResult = { ok: true } | { ok: false; field: string; message: string };

const fail = (field: string, message: string): ValidationResult => ({ ok: false, field, message });
const isNonNegative = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

function checkWindows(windows: TimeWindow[], path: string): ValidationResult | null {
  for (let w = 0; w < windows.length; w++) {
    const tw = windows[w]!;
    if (!Number.isFinite(tw.startS) || !Number.isFinite(tw.endS)) return fail(`${path}[${w}]`, 'bounds must be finite numbers');
    if (tw.startS > tw.endS) return fail(`${path}[${w}]`, 'start after end');
  }
  return null;
}

/**
 * Checks structure and ranges of a problem. Returns the first problem found, naming the field, e.g.
 * `{ ok: false, field: 'customers[17].timeWindows[0]', message: 'start after end' }`. Never throws.
 */
export function validateProblem(p: RoutingProblem): ValidationResult {
  const n = p.locationCount;
  if (!Number.isInteger(n) || n < 1) return fail('locationCount', 'must be a positive integer');
  for (const key of ['durationS', 'distanceM'] as const) {
    const m = p[key];
    if (!m || m.length !== n * n) return fail(key, `must hold locationCount² = ${n * n} entries`);
    for (let i = 0; i < m.length; i++) {
      if (!isNonNegative(m[i])) return fail(`${key}[${i}]`, 'must be a finite non-negative number');
    }
  }
  const inRange = (loc: number) => Number.isInteger(loc) && loc >= 0 && loc < n;
  if (p.vehicles.length === 0) return fail('vehicles', 'at least one vehicle is required');
  for (let v = 0; v < p.vehicles.length; v++) {
    const veh = p.vehicles[v]!;
    const path = `vehicles[${v}]`;
    if (!inRange(veh.startLocation)) return fail(`${path}.startLocation`, 'not a location index');
    if (!inRange(veh.endLocation)) return fail(`${path}.endLocation`, 'not a location index');
    const bad = checkWindows([veh.shift], `${path}.shift`);
    if (bad) return fail(`${path}.shift`, bad.ok ? '' : bad.message);
    if (veh.maxWorkS !== undefined && !isNonNegative(veh.maxWorkS)) return fail(`${path}.maxWorkS`, 'must be ≥ 0');
    if (veh.capacity !== undefined && !isNonNegative(veh.capacity)) return fail(`${path}.capacity`, 'must be ≥ 0');
  }
  const per = p.periodic;
  if (per) {
    if (!Number.isInteger(per.horizonDays) || per.horizonDays < 1) return fail('periodic.horizonDays', 'must be a positive integer');
    if (per.workingDays.length !== per.horizonDays) return fail('periodic.workingDays', 'needs one flag per horizon day');
    if (!Number.isInteger(per.firstWeekday) || per.firstWeekday < 0 || per.firstWeekday > 6) return fail('periodic.firstWeekday', 'must be 0..6');
    if (per.dayDepots) {
      if (per.dayDepots.length !== per.horizonDays) return fail('periodic.dayDepots', 'needs one entry per horizon day');
      for (let t = 0; t < per.horizonDays; t++) {
        const dd = per.dayDepots[t];
        if (dd && !inRange(dd.startLocation)) return fail(`periodic.dayDepots[${t}].startLocation`, 'not a location index');
        if (dd && !inRange(dd.endLocation)) return fail(`periodic.dayDepots[${t}].endLocation`, 'not a location index');
      }
    }
  }
  for (let c = 0; c < p.customers.length; c++) {
    const cu = p.customers[c]!;
    const path = `customers[${c}]`;
    if (!inRange(cu.location)) return fail(`${path}.location`, 'not a location index');
    if (!isNonNegative(cu.serviceS)) return fail(`${path}.serviceS`, 'must be a finite non-negative number');
    if (cu.demand !== undefined && !isNonNegative(cu.demand)) return fail(`${path}.demand`, 'must be ≥ 0');
    if (cu.timeWindows) {
      if (cu.timeWindows.length === 0) return fail(`${path}.timeWindows`, 'empty list: omit it for "always open"');
      const bad = checkWindows(cu.timeWindows, `${path}.timeWindows`);
      if (bad) return bad;
    }
    if (cu.weekdayTimeWindows) {
      if (cu.weekdayTimeWindows.length !== 7) return fail(`${path}.weekdayTimeWindows`, 'needs 7 entries (Monday first)');
      for (let d = 0; d < 7; d++) {
        const bad = checkWindows(cu.weekdayTimeWindows[d]!, `${path}.weekdayTimeWindows[${d}]`);
        if (bad) return bad;
      }
    }
    if (per) {
      const f = cu.frequency;
      if (!f) return fail(`${path}.frequency`, 'required for periodic problems');
      if ('patterns' in f) {
        if (f.patterns.length === 0) return fail(`${path}.frequency.patterns`, 'at least one pattern is required');
        for (let k = 0; k < f.patterns.length; k++) {
          const pat = f.patterns[k]!;
          for (let j = 0; j < pat.length; j++) {
            const d = pat[j]!;
            if (!Number.isInteger(d) || d < 0 || d >= per.horizonDays) return fail(`${path}.frequency.patterns[${k}][${j}]`, 'not a horizon day');
            if (j > 0 && d <= pat[j - 1]!) return fail(`${path}.frequency.patterns[${k}]`, 'days must be strictly increasing');
          }
        }
      } else {
        if (!Number.isInteger(f.visits) || f.visits < 0) return fail(`${path}.frequency.visits`, 'must be a non-negative integer');
        if (!Number.isInteger(f.minGapDays) || f.minGapDays < 1) return fail(`${path}.frequency.minGapDays`, 'must be an integer ≥ 1');
        if (!Number.isInteger(f.maxGapDays) || f.maxGapDays < f.minGapDays) return fail(`${path}.frequency.maxGapDays`, 'must be an integer ≥ minGapDays');
      }
    }
    if (cu.priority !== undefined && !(Number.isFinite(cu.priority) && cu.priority > 0)) return fail(`${path}.priority`, 'must be a finite number > 0');
    if (cu.preferredWeekday !== undefined && !(Number.isInteger(cu.preferredWeekday) && cu.preferredWeekday >= 0 && cu.preferredWeekday <= 6)) {
      return fail(`${path}.preferredWeekday`, 'must be 0..6');
    }
  }
  if (p.objective && (!isNonNegative(p.objective.distanceWeight) || !isNonNegative(p.objective.durationWeight))) {
    return fail('objective', 'weights must be finite and ≥ 0');
  }
  return { ok: true };
}
