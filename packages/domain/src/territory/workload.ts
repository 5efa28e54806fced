import type { AccountKind } from '../shared/account-kind';
import { defaultValueClassConfig, getVisitIntervalDays, type ValueClass, type ValueClassConfig } from '../value-class/config';
import { getVisitsPerMonth } from '../visit/visit-frequency';

/**
 * Parameters of the workload model (R1.2–R1.5), chosen by HQ. Travel inside a unit follows the
 * continuous approximation of a day's tour: `tourK · √(stops · area)` (Beardwood–Halton–Hammersley
 * form) where `area` is the spread of the unit's accounts (`accountSpreadKm2`, capped by the unit's area;
 * the whole unit when fewer than 3 accounts have a position), with `tourK` fitted against the routing solver's TSP on the demo accounts
 * (packages/server/bench/territory-travel.ts prints the fit).
 */
export interface WorkloadConfig {
  /** Hours on site per visit, by kind and value class. */
  visitHours: Record<AccountKind, Record<ValueClass, number>>;
  /** Visits a rep makes on a field day. */
  visitsPerDay: number;
  /** Fitted constant of the day-tour approximation (straight-line metres per √(stops·m²)). */
  tourK: number;
  /** Road distance ÷ straight-line distance. */
  roadFactor: number;
  /** Mean driving speed, km/h. */
  speedKmh: number;
  /** Cap on the daily drive from the rep's base to the day's unit and back, hours (beyond it reps stay overnight). */
  maxCommuteHoursPerDay: number;
  /** Working days per month. */
  daysPerMonth: number;
  /** Working hours per day. */
  hoursPerDay: number;
  /** Share of working time available for visits and their travel (0–1]. */
  utilisation: number;
}

/** Defaults: 2.5/2/1.5 h per distributor visit (A/B/C), less for sub-dealers and end users; 21 days × 8 h × 85 %. */
export const defaultWorkloadConfig: WorkloadConfig = {
  visitHours: {
    distributor: { A: 2.5, B: 2, C: 1.5 },
    sub_dealer: { A: 2, B: 1.5, C: 1 },
    end_user: { A: 1.5, B: 1, C: 1 },
  },
  visitsPerDay: 4,
  // Fitted on the demo accounts: R² 0.94, mean |error| 11 % per unit, −2 % on the total (bench/territory-travel.ts).
  tourK: 0.945,
  roadFactor: 1.3,
  speedKmh: 50,
  maxCommuteHoursPerDay: 2,
  daysPerMonth: 21,
  hoursPerDay: 8,
  utilisation: 0.85,
};

/** One account as the workload model sees it. */
export interface WorkloadAccount {
  kind: AccountKind;
  /** Current value class, or null: then the kind's provisional class counts. */
  valueClass: ValueClass | null;
  /** Effective visits in the last period (R1.5). */
  effectiveVisits: number;
  /** Position (WGS84), when known: the travel estimate uses the area the accounts spread over. */
  lng?: number | null;
  lat?: number | null;
}

/** Workload of one unit per month. */
export interface UnitWorkload {
  accounts: number;
  /** Accounts per class (after the provisional rule). */
  byClass: Record<ValueClass, number>;
  /** Regular visits needed per month (R1.4). */
  visitsPerMonth: number;
  visitHours: number;
  travelHours: number;
  /** visitHours + travelHours. */
  hours: number;
  effectiveVisits: number;
  areaKm2: number;
}

/** Monthly workload of the accounts of one unit of `areaKm2` (R1.2–R1.4). */
export function computeUnitWorkload(
  accounts: readonly WorkloadAccount[],
  areaKm2: number,
  config: WorkloadConfig = defaultWorkloadConfig,
  classes: ValueClassConfig = defaultValueClassConfig,
): UnitWorkload {
  const byClass: Record<ValueClass, number> = { A: 0, B: 0, C: 0 };
  let visitsPerMonth = 0;
  let visitHours = 0;
  let effectiveVisits = 0;
  for (const a of accounts) {
    const cls = a.valueClass ?? classes.provisionalClass[a.kind];
    byClass[cls]++;
    const v = getVisitsPerMonth(getVisitIntervalDays(a.kind, cls, classes));
    visitsPerMonth += v;
    visitHours += v * config.visitHours[a.kind][cls];
    effectiveVisits += a.effectiveVisits;
  }
  const days = visitsPerMonth / config.visitsPerDay;
  const stops = Math.min(config.visitsPerDay, accounts.length);
  // Where the accounts actually are (≥ 3 with a position), else the whole unit (conservative).
  const located = accounts.filter((a): a is WorkloadAccount & { lng: number; lat: number } => typeof a.lng === 'number' && typeof a.lat === 'number');
  const spread = accountSpreadKm2(located);
  const travelAreaKm2 = spread === null ? areaKm2 : Math.min(areaKm2 > 0 ? areaKm2 : spread, spread);
  const dayTourKm = (config.tourK * Math.sqrt(stops * travelAreaKm2 * 1e6) * config.roadFactor) / 1000;
  const travelHours = accounts.length === 0 ? 0 : (days * dayTourKm) / config.speedKmh;
  return { accounts: accounts.length, byClass, visitsPerMonth, visitHours, travelHours, hours: visitHours + travelHours, effectiveVisits, areaKm2 };
}

/** Hours a rep has per month for visits and travel: days × hours × utilisation. */
export function repCapacityHours(config: WorkloadConfig = defaultWorkloadConfig): number {
  return config.daysPerMonth * config.hoursPerDay * config.utilisation;
}

/**
 * Daily drive from a rep's base to the day's unit and back for a territory of `areaKm2`: twice the mean
 * distance from the centre of a disc of that area to a point in it (≈ 0.376·√area), on roads, capped.
 */
export function commuteHoursPerDay(areaKm2: number, config: WorkloadConfig = defaultWorkloadConfig): number {
  const km = 2 * 0.376 * Math.sqrt(Math.max(0, areaKm2)) * config.roadFactor;
  return Math.min(config.maxCommuteHoursPerDay, km / config.speedKmh);
}

/** Workload of a territory (or a rep's territories) per month. */
export interface TerritoryWorkload {
  accounts: number;
  visitsPerMonth: number;
  visitHours: number;
  /** Travel inside the units plus the daily commute. */
  travelHours: number;
  hours: number;
  effectiveVisits: number;
  areaKm2: number;
  /** hours ÷ capacity × 100. */
  utilisationPct: number;
}

/** Sums unit workloads into a territory's and adds the commute of its visit days. */
export function sumTerritoryWorkload(units: readonly UnitWorkload[], config: WorkloadConfig = defaultWorkloadConfig): TerritoryWorkload {
  const t = units.reduce(
    (s, u) => ({
      accounts: s.accounts + u.accounts, visitsPerMonth: s.visitsPerMonth + u.visitsPerMonth, visitHours: s.visitHours + u.visitHours,
      travelHours: s.travelHours + u.travelHours, effectiveVisits: s.effectiveVisits + u.effectiveVisits, areaKm2: s.areaKm2 + u.areaKm2,
    }),
    { accounts: 0, visitsPerMonth: 0, visitHours: 0, travelHours: 0, effectiveVisits: 0, areaKm2: 0 },
  );
  const travelHours = t.travelHours + (t.visitsPerMonth / config.visitsPerDay) * commuteHoursPerDay(t.areaKm2, config);
  const hours = t.visitHours + travelHours;
  return { ...t, travelHours, hours, utilisationPct: (hours / repCapacityHours(config)) * 100 };
}

/**
 * Area over which a unit's accounts spread, km²: the ellipse of two standard deviations of their
 * positions (π·2σx·2σy, local plane), which is where a rep actually drives; null for fewer than 3 accounts.
 */
export function accountSpreadKm2(points: readonly { lng: number; lat: number }[]): number | null {
  if (points.length < 3) return null;
  const lng0 = points.reduce((s, p) => s + p.lng, 0) / points.length;
  const lat0 = points.reduce((s, p) => s + p.lat, 0) / points.length;
  const kmPerDeg = 111.195;
  const xs = points.map((p) => (p.lng - lng0) * kmPerDeg * Math.cos((lat0 * Math.PI) / 180));
  const ys = points.map((p) => (p.lat - lat0) * kmPerDeg);
  const sd = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0) / v.length);
  return Math.PI * 2 * sd(xs) * 2 * sd(ys);
}
