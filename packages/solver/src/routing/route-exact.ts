import type { DayData } from './day-data';
import { exactFeasible } from './route';
import { EPS } from './segment';

/** Largest number of stops solved exactly. */
export const EXACT_MAX_STOPS = 12;

interface Label {
  cost: number;
  /** Service end at the last stop when leaving the start at shift start. */
  time: number;
  last: number;
  prev: Label | null;
}

/**
 * Exact single-route optimum (dynamic programming over subsets with Pareto labels on cost and finish
 * time): visits all `stops` (customer indices, ≤ 12) with vehicle v, respecting windows (several per stop
 * allowed), shift and capacity, minimising the weighted leg cost. With a binding working-time limit the
 * final check may reject the cheapest labels; the result is then feasible but not proven optimal.
 * Returns the best order and its cost, or null when no order is feasible.
 */
export function solveRouteExact(d: DayData, v: number, stops: number[]): { order: number[]; cost: number } | null {
  const k = stops.length;
  if (k > EXACT_MAX_STOPS) throw new Error(`solveRouteExact: ${k} stops > ${EXACT_MAX_STOPS}`);
  const L = d.locationCount, start = d.vStart[v]!, end = d.vEnd[v]!;
  let demand = 0;
  for (const c of stops) demand += d.demand[c]!;
  if (demand > d.vCap[v]! + EPS) return null;
  if (k === 0) return { order: [], cost: 0 };
  const labels: Label[][] = new Array((1 << k) * k);
  const extend = (time: number, from: number, c: number): number => {
    let t = time + d.time[from * L + d.loc[c]!]!, s = Infinity;
    for (const w of d.windows[c]!) if (w.endS >= t - EPS) s = Math.min(s, Math.max(w.startS, t));
    if (s === Infinity) return Infinity;
    t = s + d.serviceS[c]!;
    return t;
  };
  const add = (mask: number, j: number, lab: Label) => {
    const key = mask * k + j;
    const list = labels[key] ?? (labels[key] = []);
    for (let i = list.length - 1; i >= 0; i--) {
      const o = list[i]!;
      if (o.cost <= lab.cost + 1e-12 && o.time <= lab.time + EPS) return;
      if (lab.cost <= o.cost && lab.time <= o.time) list.splice(i, 1);
    }
    list.push(lab);
  };
  for (let j = 0; j < k; j++) {
    const c = stops[j]!;
    const t = extend(d.vE[v]!, start, c);
    if (t <= d.vL[v]!) add(1 << j, j, { cost: d.cost[start * L + d.loc[c]!]!, time: t, last: j, prev: null });
  }
  for (let mask = 1; mask < 1 << k; mask++) {
    for (let j = 0; j < k; j++) {
      const list = labels[mask * k + j];
      if (!list) continue;
      const lj = d.loc[stops[j]!]!;
      for (let x = 0; x < k; x++) {
        if (mask & (1 << x)) continue;
        const c = stops[x]!;
        for (const lab of list) {
          const t = extend(lab.time, lj, c);
          if (t > d.vL[v]! + EPS) continue;
          add(mask | (1 << x), x, { cost: lab.cost + d.cost[lj * L + d.loc[c]!]!, time: t, last: x, prev: lab });
        }
      }
    }
  }
  const finals: { cost: number; lab: Label }[] = [];
  const full = (1 << k) - 1;
  for (let j = 0; j < k; j++) {
    const lj = d.loc[stops[j]!]!;
    for (const lab of labels[full * k + j] ?? []) {
      if (lab.time + d.time[lj * L + end]! > d.vL[v]! + EPS) continue;
      finals.push({ cost: lab.cost + d.cost[lj * L + end]!, lab });
    }
  }
  finals.sort((a, b) => a.cost - b.cost);
  for (const f of finals) {
    const order: number[] = [];
    for (let l: Label | null = f.lab; l; l = l.prev) order.push(stops[l.last]!);
    order.reverse();
    if (exactFeasible(d, v, order, order.length)) return { order, cost: f.cost };
  }
  return null;
}
