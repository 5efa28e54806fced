import { exactFeasible, type Route } from './route';
import { concat, EPS, out } from './segment';

let seqBuf = new Int32Array(64);

/**
 * Objective of the route driven by `pre`'s vehicle through pre.fwd[k] ⊕ mid[0..len) ⊕ suf.bwd[j];
 * Infinity when capacity, windows, shift or working time fail. O(len) (O(route) with multi-window stops).
 */
export function evalJoin(pre: Route, k: number, mid: Int32Array, len: number, suf: Route, j: number): number {
  const d = pre.d, L = d.locationCount, v = pre.vehicle, sm = suf.nodes.length;
  if (k === 0 && len === 0 && j === sm) return 0;
  let load = pre.fQ[k]! + suf.load - suf.fQ[j]!;
  for (let i = 0; i < len; i++) load += d.demand[mid[i]!]!;
  if (load > d.vCap[v]! + EPS) return Infinity;
  let D = pre.fD[k]!, TW = pre.fTW[k]!, E = pre.fE[k]!, Lt = pre.fL[k]!, cost = pre.fC[k]!;
  let prev = pre.locAt(k - 1), multi = pre.multiCount + suf.multiCount;
  for (let i = 0; i < len; i++) {
    const c = mid[i]!, lc = d.loc[c]!;
    if (!d.open[c]) return Infinity;
    concat(D, TW, E, Lt, d.time[prev * L + lc]!, d.serviceS[c]!, 0, d.twE[c]!, d.twL[c]!);
    if (out.TW > EPS) return Infinity;
    D = out.D; TW = out.TW; E = out.E; Lt = out.L;
    cost += d.cost[prev * L + lc]!;
    multi += d.multi[c]!;
    prev = lc;
  }
  const first = suf.locAt(j);
  concat(D, TW, E, Lt, d.time[prev * L + first]!, suf.bD[j]!, suf.bTW[j]!, suf.bE[j]!, suf.bL[j]!);
  if (out.TW > EPS || out.D > d.vMaxWork[v]! + EPS) return Infinity;
  cost += d.cost[prev * L + first]! + suf.bC[j]!;
  if (multi > 0) {
    const total = k + len + (sm - j);
    if (seqBuf.length < total) seqBuf = new Int32Array(total * 2);
    let t = 0;
    for (let i = 0; i < k; i++) seqBuf[t++] = pre.nodes[i]!;
    for (let i = 0; i < len; i++) seqBuf[t++] = mid[i]!;
    for (let i = j; i < sm; i++) seqBuf[t++] = suf.nodes[i]!;
    if (!exactFeasible(d, v, seqBuf, total)) return Infinity;
  }
  return cost;
}

