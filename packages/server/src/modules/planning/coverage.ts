import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { getVisitDue } from '@qudao/domain';
import { solveSymmetricTsp } from '@qudao/solver';
import type { Db } from '../../db/connect';
import { units, users } from '../../db/schema';
import { visits } from '../../db/schema-visits';
import { loadRepAccounts } from './repo';
import { greatCircleM } from './travel';

// Coverage of the plan (issue 6 item 5): required vs effective visits per class in a month, overdue accounts
// (domain getVisitDue on the last effective visit), and the backtracking index of real days: distance in
// check-in order ÷ distance of the best order of the same stops (1.00 = no detour).

/** Per-class counts. */
export type ClassCounts = Record<'A' | 'B' | 'C', { required: number; effective: number }>;

/** Coverage of one rep in a month. */
export interface RepCoverage {
  repId: string;
  repName: string;
  classes: ClassCounts;
  /** Per account (for grouping by region): class, required visits in the month (unrounded), effective visits. */
  perAccount: { accountId: string; unitId: string; valueClass: 'A' | 'B' | 'C'; required: number; effective: number }[];
  overdue: { accountId: string; name: string; valueClass: string; overdueDays: number; neverVisited: boolean }[];
  backtracking: { days: number; index: number | null };
}

/** Distance of a path through points in the given order, metres. */
function pathM(points: { lng: number; lat: number }[]): number {
  let m = 0;
  for (let i = 1; i < points.length; i++) m += greatCircleM(points[i - 1]!, points[i]!);
  return m;
}

/** Shortest open path through the points (any start and end): a TSP with a zero-cost dummy node. */
export function bestPathM(points: { lng: number; lat: number }[]): number {
  const n = points.length + 1;
  if (points.length < 3) return pathM(points);
  const w = new Float64Array(n * n);
  for (let i = 0; i < points.length; i++) for (let j = 0; j < points.length; j++) w[i * n + j] = greatCircleM(points[i]!, points[j]!);
  return solveSymmetricTsp(n, w, 1, performance.now() + 50, 200).length;
}

/** Units of a region: the unit, its children and grandchildren (province → prefecture → county). */
export async function regionUnitIds(db: Db, regionId: string): Promise<Set<string>> {
  const rows = await db.select({ id: units.id }).from(units)
    .where(sql`${units.id} = ${regionId} or ${units.parentId} = ${regionId} or ${units.parentId} in (select p.id from units p where p.parent_id = ${regionId})`);
  return new Set(rows.map((r) => r.id));
}

/** Coverage of the given reps for `month` (YYYY-MM), overdue as of `today`; only accounts in `region` when given. */
export async function coverageOf(db: Db, repIds: string[], month: string, today: string, region?: Set<string>): Promise<RepCoverage[]> {
  if (repIds.length === 0) return [];
  const reps = await db.select({ id: users.id, name: users.displayName }).from(users).where(and(inArray(users.id, repIds), eq(users.role, 'rep'))).orderBy(asc(users.displayName));
  const from = `${month}-01`;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const to = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const out: RepCoverage[] = [];
  for (const rep of reps) {
    const loaded = await loadRepAccounts(db, rep.id);
    const keep = loaded.info.map((a, i) => (!region || region.has(loaded.unitIds[i]!) ? i : -1)).filter((i) => i >= 0);
    const inputs = keep.map((i) => loaded.inputs[i]!), info = keep.map((i) => loaded.info[i]!), unitOf = keep.map((i) => loaded.unitIds[i]!);
    const classOf = new Map(info.map((a) => [a.id, a.valueClass ?? 'C']));
    const classes: ClassCounts = { A: { required: 0, effective: 0 }, B: { required: 0, effective: 0 }, C: { required: 0, effective: 0 } };
    const perAccount: RepCoverage['perAccount'] = inputs.map((a, i) => ({ accountId: a.id, unitId: unitOf[i]!, valueClass: a.valueClass ?? 'C', required: daysInMonth / a.intervalDays, effective: 0 }));
    const byId = new Map(perAccount.map((x) => [x.accountId, x]));
    for (const a of perAccount) classes[a.valueClass].required += a.required;
    for (const c of ['A', 'B', 'C'] as const) classes[c].required = Math.round(classes[c].required * 10) / 10;
    const done = await db.select({ accountId: visits.accountId, day: visits.plannedOn, at: visits.checkInAt, lng: visits.checkInLng, lat: visits.checkInLat, effective: visits.effective })
      .from(visits).where(and(eq(visits.repId, rep.id), gte(visits.plannedOn, from), lt(visits.plannedOn, to), eq(visits.status, 'done'))).orderBy(asc(visits.plannedOn), asc(visits.checkInAt));
    for (const v of done) {
      if (!v.effective || !classOf.has(v.accountId)) continue;
      classes[classOf.get(v.accountId) as 'A'].effective++;
      byId.get(v.accountId)!.effective++;
    }
    // Backtracking: days with at least three checked-in stops (in the region when filtered).
    const byDay = new Map<string, { lng: number; lat: number }[]>();
    for (const v of done) if (v.lng !== null && v.lat !== null && (!region || classOf.has(v.accountId))) byDay.set(v.day, [...(byDay.get(v.day) ?? []), { lng: v.lng, lat: v.lat }]);
    let actual = 0, best = 0, days = 0;
    for (const pts of byDay.values()) {
      if (pts.length < 3) continue;
      actual += pathM(pts);
      best += bestPathM(pts);
      days++;
    }
    const last = await db.select({ accountId: visits.accountId, last: sql<string>`max(${visits.plannedOn})` }).from(visits)
      .where(and(eq(visits.effective, true), inArray(visits.accountId, inputs.map((a) => a.id).concat(['00000000-0000-4000-8000-000000000000'])))).groupBy(visits.accountId);
    const lastOf = new Map(last.map((l) => [l.accountId, l.last]));
    const overdue: RepCoverage['overdue'] = [];
    inputs.forEach((a, i) => {
      const due = getVisitDue(lastOf.get(a.id) ?? null, a.intervalDays, today);
      if (due.status === 'overdue' || due.status === 'never_visited') overdue.push({ accountId: a.id, name: info[i]!.name, valueClass: a.valueClass ?? 'C', overdueDays: due.overdueDays, neverVisited: due.status === 'never_visited' });
    });
    overdue.sort((x, y2) => x.valueClass.localeCompare(y2.valueClass) || y2.overdueDays - x.overdueDays);
    out.push({ repId: rep.id, repName: rep.name, classes, perAccount, overdue, backtracking: { days, index: best > 0 ? Math.round((actual / best) * 100) / 100 : null } });
  }
  return out;
}

/** Coverage of one region: required vs effective visits per class over its accounts. */
export interface RegionCoverage {
  unitId: string;
  name: string;
  classes: ClassCounts;
}

/**
 * Groups the reps' accounts by region: the provinces (top units) when no region is chosen, else the units
 * directly below the chosen region (the region itself for accounts in it directly).
 */
export async function coverageByRegion(db: Db, reps: RepCoverage[], regionId?: string): Promise<RegionCoverage[]> {
  const all = await db.select({ id: units.id, parentId: units.parentId, name: units.name }).from(units);
  const unit = new Map(all.map((u) => [u.id, u]));
  const groupOf = (id: string): string => {
    let cur = unit.get(id);
    for (let guard = 0; cur && guard < 10; guard++) {
      if (regionId ? cur.id === regionId || cur.parentId === regionId : cur.parentId === null) return cur.id;
      cur = cur.parentId ? unit.get(cur.parentId) : undefined;
    }
    return id;
  };
  const out = new Map<string, RegionCoverage>();
  for (const rep of reps) {
    for (const a of rep.perAccount) {
      const g = groupOf(a.unitId);
      if (!out.has(g)) out.set(g, { unitId: g, name: unit.get(g)?.name ?? g, classes: { A: { required: 0, effective: 0 }, B: { required: 0, effective: 0 }, C: { required: 0, effective: 0 } } });
      const c = out.get(g)!.classes[a.valueClass];
      c.required += a.required;
      c.effective += a.effective;
    }
  }
  const list = [...out.values()].sort((x, y) => x.unitId.localeCompare(y.unitId));
  for (const r of list) for (const c of ['A', 'B', 'C'] as const) r.classes[c].required = Math.round(r.classes[c].required * 10) / 10;
  return list;
}
