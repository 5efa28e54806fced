import type { DayState } from './day-state';
import { evalJoin } from './join';
import type { Route } from './route';

let mid = new Int32Array(64);
const found = { cost: Infinity, pos: -1 };

/**
 * Cheapest feasible route obtained from `x` by removing the node at index `pr` and inserting customer `w`
 * anywhere (positions counted in the sequence without the removed node). Positions are filtered by their
 * leg-cost change first, so only promising ones pay for the time-window check. Result in `found`.
 */
function bestReinsertion(x: Route, pr: number, w: number): void {
  const d = x.d, L = d.locationCount, nodes = x.nodes, m = nodes.length;
  if (mid.length < m + 2) mid = new Int32Array(2 * m + 4);
  const lw = d.loc[w]!;
  const prev = x.locAt(pr - 1), self = x.locAt(pr), next = x.locAt(pr + 1);
  const removed = x.cost + d.cost[prev * L + next]! - d.cost[prev * L + self]! - d.cost[self * L + next]!;
  found.cost = Infinity;
  found.pos = -1;
  for (let q = 0; q < m; q++) {
    // Neighbours of the gap before Y[q] in Y = nodes without index pr.
    const a = q === 0 ? x.locAt(-1) : x.locAt(q - 1 < pr ? q - 1 : q);
    const b = x.locAt(q < pr ? q : q + 1);
    const approx = removed + d.cost[a * L + lw]! + d.cost[lw * L + b]! - (m === 1 ? 0 : d.cost[a * L + b]!);
    if (approx >= found.cost - 1e-12) continue;
    let cost: number;
    if (q <= pr) {
      mid[0] = w;
      for (let i = q; i < pr; i++) mid[1 + i - q] = nodes[i]!;
      cost = evalJoin(x, q, mid, 1 + pr - q, x, pr + 1);
    } else {
      for (let i = pr + 1; i <= q; i++) mid[i - pr - 1] = nodes[i]!;
      mid[q - pr] = w;
      cost = evalJoin(x, pr, mid, q - pr + 1, x, q + 1);
    }
    if (cost < found.cost) {
      found.cost = cost;
      found.pos = q;
    }
  }
}

/**
 * SWAP* (Vidal 2022) for customers u and v on different routes: u takes its best position in v's route
 * without v, and v its best position in u's route without u (not necessarily each other's places).
 * Applies the exchange when it lowers the objective; returns the delta applied (negative) or 0.
 */
export function trySwapStar(s: DayState, u: number, v: number): number {
  const ri = s.routeOf[u]!, rj = s.routeOf[v]!;
  const R = s.routes[ri]!, S = s.routes[rj]!;
  const pu = R.nodes.indexOf(u), pv = S.nodes.indexOf(v);
  bestReinsertion(S, pv, u);
  const costS = found.cost, posS = found.pos;
  if (costS === Infinity) return 0;
  bestReinsertion(R, pu, v);
  const costR = found.cost, posR = found.pos;
  const delta = costR + costS - R.cost - S.cost;
  if (!(delta < -1e-9)) return 0;
  const rn = R.nodes.slice(); rn.splice(pu, 1); rn.splice(posR, 0, v);
  const sn = S.nodes.slice(); sn.splice(pv, 1); sn.splice(posS, 0, u);
  R.nodes = rn;
  S.nodes = sn;
  s.routeOf[v] = ri;
  s.routeOf[u] = rj;
  R.update();
  S.update();
  return delta;
}
