import { windowsOnDay } from '../checker';
import type { RoutingProblem, TimeWindow } from '../model';

/** Flat, typed per-day view of a problem used by the search (customers are nodes 0…n−1). */
export interface DayData {
  n: number;
  locationCount: number;
  loc: Int32Array;
  serviceS: Float64Array;
  demand: Float64Array;
  /** Hull of the day's service-start windows (exact when `multi` is 0). */
  twE: Float64Array;
  twL: Float64Array;
  /** 1 when the customer has several windows that day (exact schedule check needed). */
  multi: Uint8Array;
  /** 1 when the customer can be visited that day at all. */
  open: Uint8Array;
  windows: TimeWindow[][];
  /** Weighted leg cost (objective) and travel time, row-major over locations. */
  cost: Float64Array;
  time: ArrayLike<number>;
  vStart: Int32Array;
  vEnd: Int32Array;
  vE: Float64Array;
  vL: Float64Array;
  vMaxWork: Float64Array;
  vCap: Float64Array;
  /** Vehicles with identical attributes share a class; empty routes of one class are interchangeable. */
  vClass: Int32Array;
}

/** Weighted cost matrix `distanceWeight × distance + durationWeight × time` (objective units). */
export function buildCostMatrix(p: RoutingProblem): Float64Array {
  const w = p.objective ?? { distanceWeight: 1, durationWeight: 0 };
  const c = new Float64Array(p.locationCount * p.locationCount);
  for (let i = 0; i < c.length; i++) c[i] = w.distanceWeight * p.distanceM[i]! + w.durationWeight * p.durationS[i]!;
  return c;
}

/** Builds the search view of `day` (0 for single-day problems); `cost` may be shared between days. */
export function buildDayData(p: RoutingProblem, day: number, cost: Float64Array): DayData {
  const n = p.customers.length;
  const depot = p.periodic?.dayDepots?.[day];
  const d: DayData = {
    n,
    locationCount: p.locationCount,
    loc: Int32Array.from(p.customers, (c) => c.location),
    serviceS: Float64Array.from(p.customers, (c) => c.serviceS),
    demand: Float64Array.from(p.customers, (c) => c.demand ?? 0),
    twE: new Float64Array(n),
    twL: new Float64Array(n),
    multi: new Uint8Array(n),
    open: new Uint8Array(n),
    windows: [],
    cost,
    time: p.durationS,
    vStart: Int32Array.from(p.vehicles, (v) => depot?.startLocation ?? v.startLocation),
    vEnd: Int32Array.from(p.vehicles, (v) => depot?.endLocation ?? v.endLocation),
    vE: Float64Array.from(p.vehicles, (v) => v.shift.startS),
    vL: Float64Array.from(p.vehicles, (v) => v.shift.endS),
    vMaxWork: Float64Array.from(p.vehicles, (v) => v.maxWorkS ?? Infinity),
    vCap: Float64Array.from(p.vehicles, (v) => v.capacity ?? Infinity),
    vClass: new Int32Array(p.vehicles.length),
  };
  for (let c = 0; c < n; c++) {
    const ws = windowsOnDay(p, c, day);
    d.windows.push(ws);
    let e = Infinity, l = -Infinity;
    for (const w of ws) {
      e = Math.min(e, w.startS);
      l = Math.max(l, w.endS);
    }
    d.open[c] = ws.length > 0 ? 1 : 0;
    d.twE[c] = ws.length > 0 ? e : 0;
    d.twL[c] = ws.length > 0 ? l : -1;
    d.multi[c] = ws.length > 1 ? 1 : 0;
  }
  const keys = new Map<string, number>();
  p.vehicles.forEach((v, i) => {
    const key = JSON.stringify(v);
    if (!keys.has(key)) keys.set(key, keys.size);
    d.vClass[i] = keys.get(key)!;
  });
  return d;
}
