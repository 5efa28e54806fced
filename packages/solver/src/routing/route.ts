import type { DayData } from './day-data';
import { concat, EPS, out } from './segment';

/**
 * One vehicle's route on one day with prefix/suffix segment data for O(1) move evaluation.
 * fwd[k] covers [start, nodes[0..k−1]], bwd[k] covers [nodes[k..m−1], end], k = 0…m.
 */
export class Route {
  nodes: number[] = [];
  cost = 0;
  load = 0;
  /** Number of multi-window customers on the route (exact check needed when > 0). */
  multiCount = 0;
  fD: Float64Array; fTW: Float64Array; fE: Float64Array; fL: Float64Array;
  bD: Float64Array; bTW: Float64Array; bE: Float64Array; bL: Float64Array;
  /** Prefix cost: cost of legs from start through nodes[k−1]. */
  fC: Float64Array;
  /** Suffix cost: cost of legs from nodes[k] to the end. */
  bC: Float64Array;
  /** Prefix load: demand of nodes[0..k−1]. */
  fQ: Float64Array;

  constructor(readonly d: DayData, readonly vehicle: number) {
    const size = d.n + 2;
    this.fD = new Float64Array(size); this.fTW = new Float64Array(size); this.fE = new Float64Array(size); this.fL = new Float64Array(size);
    this.bD = new Float64Array(size); this.bTW = new Float64Array(size); this.bE = new Float64Array(size); this.bL = new Float64Array(size);
    this.fC = new Float64Array(size);
    this.bC = new Float64Array(size);
    this.fQ = new Float64Array(size);
    this.update();
  }

  /** Location index of position k in [start, nodes…, end] terms: k = −1 start, k = m end. */
  locAt(k: number): number {
    if (k < 0) return this.d.vStart[this.vehicle]!;
    if (k >= this.nodes.length) return this.d.vEnd[this.vehicle]!;
    return this.d.loc[this.nodes[k]!]!;
  }

  /** Recomputes all segment data, cost and load; O(m). */
  update(): void {
    const d = this.d, v = this.vehicle, nodes = this.nodes, m = nodes.length, L = d.locationCount;
    this.fD[0] = 0; this.fTW[0] = 0; this.fE[0] = d.vE[v]!; this.fL[0] = d.vL[v]!; this.fC[0] = 0; this.fQ[0] = 0;
    let prev = d.vStart[v]!, load = 0, multi = 0;
    for (let k = 0; k < m; k++) {
      const c = nodes[k]!, lc = d.loc[c]!;
      concat(this.fD[k]!, this.fTW[k]!, this.fE[k]!, this.fL[k]!, d.time[prev * L + lc]!, d.serviceS[c]!, 0, d.twE[c]!, d.twL[c]!);
      this.fD[k + 1] = out.D; this.fTW[k + 1] = out.TW; this.fE[k + 1] = out.E; this.fL[k + 1] = out.L;
      this.fC[k + 1] = this.fC[k]! + d.cost[prev * L + lc]!;
      load += d.demand[c]!;
      this.fQ[k + 1] = load;
      multi += d.multi[c]!;
      prev = lc;
    }
    const end = d.vEnd[v]!;
    this.cost = m === 0 ? 0 : this.fC[m]! + d.cost[prev * L + end]!;
    this.load = load;
    this.multiCount = multi;
    this.bD[m] = 0; this.bTW[m] = 0; this.bE[m] = d.vE[v]!; this.bL[m] = d.vL[v]!; this.bC[m] = 0;
    let nxt = end;
    for (let k = m - 1; k >= 0; k--) {
      const c = nodes[k]!, lc = d.loc[c]!;
      concat(d.serviceS[c]!, 0, d.twE[c]!, d.twL[c]!, d.time[lc * L + nxt]!, this.bD[k + 1]!, this.bTW[k + 1]!, this.bE[k + 1]!, this.bL[k + 1]!);
      this.bD[k] = out.D; this.bTW[k] = out.TW; this.bE[k] = out.E; this.bL[k] = out.L;
      this.bC[k] = this.bC[k + 1]! + d.cost[lc * L + nxt]!;
      nxt = lc;
    }
  }

  /** True when the whole route (as stored) is feasible. */
  feasible(): boolean {
    const d = this.d, v = this.vehicle, m = this.nodes.length;
    if (this.load > d.vCap[v]! + EPS) return false;
    const t = d.time[this.locAt(m - 1) * d.locationCount + d.vEnd[v]!]!;
    concat(this.fD[m]!, this.fTW[m]!, this.fE[m]!, this.fL[m]!, m === 0 ? 0 : t, 0, 0, d.vE[v]!, d.vL[v]!);
    if (out.TW > EPS || out.D > d.vMaxWork[v]! + EPS) return false;
    return this.multiCount === 0 || exactFeasible(d, v, this.nodes, this.nodes.length);
  }

  /**
   * Cost delta of inserting customer c before position p (0…m), or Infinity when infeasible or not
   * below `bound` (checked first, so rejected positions cost no time-window work).
   * O(1) unless multi-window customers are involved (then O(m) exact check).
   */
  insertDelta(c: number, p: number, bound = Infinity): number {
    const d = this.d, v = this.vehicle, L = d.locationCount, m = this.nodes.length;
    const a = p === 0 ? d.vStart[v]! : d.loc[this.nodes[p - 1]!]!;
    const b = p === m ? d.vEnd[v]! : d.loc[this.nodes[p]!]!;
    const lc = d.loc[c]!;
    const delta = d.cost[a * L + lc]! + d.cost[lc * L + b]! - (m === 0 ? 0 : d.cost[a * L + b]!);
    if (delta >= bound) return Infinity;
    if (!d.open[c] || this.load + d.demand[c]! > d.vCap[v]! + EPS) return Infinity;
    const ta = d.time[a * L + lc]!;
    // Cheap reject: earliest arrival already after the window closes.
    if (this.fE[p]! + this.fD[p]! - this.fTW[p]! + ta > d.twL[c]! + EPS) return Infinity;
    concat(this.fD[p]!, this.fTW[p]!, this.fE[p]!, this.fL[p]!, ta, d.serviceS[c]!, 0, d.twE[c]!, d.twL[c]!);
    if (out.TW > EPS) return Infinity;
    concat(out.D, out.TW, out.E, out.L, d.time[lc * L + b]!, this.bD[p]!, this.bTW[p]!, this.bE[p]!, this.bL[p]!);
    if (out.TW > EPS || out.D > d.vMaxWork[v]! + EPS) return Infinity;
    if (this.multiCount > 0 || d.multi[c]) {
      this.nodes.splice(p, 0, c);
      const ok = exactFeasible(d, v, this.nodes, m + 1);
      this.nodes.splice(p, 1);
      if (!ok) return Infinity;
    }
    return delta;
  }
}

/**
 * Exact feasibility with several windows per stop (same schedule rule as the checker: latest feasible
 * departure by a backward pass, then earliest service). O(len).
 */
export function exactFeasible(d: DayData, v: number, seq: ArrayLike<number>, len: number): boolean {
  const L = d.locationCount;
  let latest = d.vL[v]!, nxt = d.vEnd[v]!;
  for (let k = len - 1; k >= 0; k--) {
    const c = seq[k]!, lc = d.loc[c]!;
    const bound = latest - d.time[lc * L + nxt]! - d.serviceS[c]!;
    let best = -Infinity;
    for (const w of d.windows[c]!) if (w.startS <= bound + EPS) best = Math.max(best, Math.min(w.endS, bound));
    if (best === -Infinity) return false;
    latest = best;
    nxt = lc;
  }
  const dep = Math.min(d.vL[v]!, latest - d.time[d.vStart[v]! * L + nxt]!);
  if (dep < d.vE[v]! - EPS) return false;
  let t = dep, prev = d.vStart[v]!;
  for (let k = 0; k < len; k++) {
    const c = seq[k]!, lc = d.loc[c]!;
    t += d.time[prev * L + lc]!;
    let start = Infinity;
    for (const w of d.windows[c]!) if (w.endS >= t - EPS) start = Math.min(start, Math.max(w.startS, t));
    if (start === Infinity) return false;
    t = start + d.serviceS[c]!;
    prev = lc;
  }
  t += d.time[prev * L + d.vEnd[v]!]!;
  return t <= d.vL[v]! + EPS && t - dep <= d.vMaxWork[v]! + EPS;
}
