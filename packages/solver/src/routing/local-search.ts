import type { Rng } from '../random';
import type { DayState } from './day-state';
import { evalJoin } from './join';
import { trySwapStar } from './swap-star';

/** A move the local search applied: kind and its evaluated objective change (negative = improving). */
export interface AppliedMove {
  kind: 'relocate' | 'swap' | 'swap-star' | 'two-opt-star' | 'two-opt';
  delta: number;
}

let scratch = new Int32Array(64);

function setMid(nodes: number[], from: number, to: number, reverse: boolean): number {
  const len = to - from;
  if (scratch.length < len + 4) scratch = new Int32Array(2 * len + 8);
  for (let i = 0; i < len; i++) scratch[i] = nodes[reverse ? to - 1 - i : from + i]!;
  return len;
}

/**
 * First-improvement local search over neighbour lists with relocate (chains of 1–3, i.e. Or-opt, inter
 * and intra route), swap, 2-opt* and intra-route 2-opt, until no move improves by more than 1e-9.
 * Every applied move is reported to `trace` with its evaluated delta. Returns the number of moves.
 */
export function localSearch(s: DayState, adj: Int32Array[], rng: Rng, trace?: (m: AppliedMove) => void, deadline = Infinity): number {
  const n = s.d.n;
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  let moves = 0, improved = true;
  const K = Math.min(adj[0]?.length ?? 0, 20);
  while (improved) {
    improved = false;
    if (performance.now() > deadline) break;
    for (const u of order) {
      const ru = s.routeOf[u]!;
      if (ru < 0) continue;
      for (let a = 0; a < K; a++) {
        const v = adj[u]![a]!;
        const kind = tryPair(s, u, v);
        if (kind) {
          moves++;
          improved = true;
          trace?.({ kind, delta: lastDelta });
          break;
        }
      }
    }
  }
  return moves;
}

let lastDelta = 0;
const IMPROVE = -1e-9;

function commit(s: DayState, ri: number, nodes: number[]): void {
  const r = s.routes[ri]!;
  r.nodes = nodes;
  for (const c of nodes) s.routeOf[c] = ri;
  r.update();
}

function tryPair(s: DayState, u: number, v: number): AppliedMove['kind'] | null {
  const ri = s.routeOf[u]!, rj = s.routeOf[v]!;
  if (rj < 0) return null;
  const R = s.routes[ri]!, S = s.routes[rj]!;
  const pu = R.nodes.indexOf(u), pv = S.nodes.indexOf(v);
  if (ri !== rj) {
    // Relocate a chain starting at u (Or-opt) next to v, before or after it.
    for (let len = 1; len <= 3 && pu + len <= R.nodes.length; len++) {
      const newR = evalJoin(R, pu, scratch, 0, R, pu + len);
      if (newR === Infinity) continue;
      const ml = setMid(R.nodes, pu, pu + len, false);
      for (const at of [pv + 1, pv]) {
        const newS = evalJoin(S, at, scratch, ml, S, at);
        const delta = newR + newS - R.cost - S.cost;
        if (delta < IMPROVE) {
          lastDelta = delta;
          const chain = R.nodes.slice(pu, pu + len);
          const rn = R.nodes.slice(); rn.splice(pu, len);
          const sn = S.nodes.slice(); sn.splice(at, 0, ...chain);
          commit(s, ri, rn); commit(s, rj, sn);
          return 'relocate';
        }
      }
    }
    // Swap u and v.
    scratch[0] = v;
    const a = evalJoin(R, pu, scratch, 1, R, pu + 1);
    if (a < Infinity) {
      scratch[0] = u;
      const b = evalJoin(S, pv, scratch, 1, S, pv + 1);
      const delta = a + b - R.cost - S.cost;
      if (delta < IMPROVE) {
        lastDelta = delta;
        const rn = R.nodes.slice(); rn[pu] = v;
        const sn = S.nodes.slice(); sn[pv] = u;
        commit(s, ri, rn); commit(s, rj, sn);
        return 'swap';
      }
    }
    // 2-opt*: tails exchanged so that u is followed by v (same vehicle class keeps end depots valid).
    if (s.d.vClass[R.vehicle] === s.d.vClass[S.vehicle]) {
      const x = evalJoin(R, pu + 1, scratch, 0, S, pv);
      if (x < Infinity) {
        const y = evalJoin(S, pv, scratch, 0, R, pu + 1);
        const delta = x + y - R.cost - S.cost;
        if (delta < IMPROVE) {
          lastDelta = delta;
          const rn = R.nodes.slice(0, pu + 1).concat(S.nodes.slice(pv));
          const sn = S.nodes.slice(0, pv).concat(R.nodes.slice(pu + 1));
          commit(s, ri, rn); commit(s, rj, sn);
          return 'two-opt-star';
        }
      }
    }
    const d = trySwapStar(s, u, v);
    if (d < 0) {
      lastDelta = d;
      return 'swap-star';
    }
    return null;
  }
  // Same route: relocate chain of u to just before/after v, or reverse the path between them (2-opt).
  const nodes = R.nodes, m = nodes.length;
  for (let len = 1; len <= 3 && pu + len <= m; len++) {
    if (pv >= pu && pv < pu + len) break;
    for (const at of [pv + 1, pv]) {
      if (at >= pu && at <= pu + len) continue;
      const seq = nodes.slice();
      const chain = seq.splice(pu, len);
      seq.splice(at > pu ? at - len : at, 0, ...chain);
      const lo = Math.min(pu, at), hi = Math.max(pu + len, at);
      const ml = setMid(seq, lo, hi, false);
      const c = evalJoin(R, lo, scratch, ml, R, hi);
      const delta = c - R.cost;
      if (delta < IMPROVE) {
        lastDelta = delta;
        commit(s, ri, seq);
        return 'relocate';
      }
    }
  }
  if (pu !== pv) {
    // Edge u→v created: reverse nodes between succ(u) and v (or between v and pred(u) when v precedes u).
    const [lo, hi] = pu < pv ? [pu + 1, pv + 1] : [pv, pu];
    if (hi - lo >= 2) {
      const ml = setMid(nodes, lo, hi, true);
      const delta = evalJoin(R, lo, scratch, ml, R, hi) - R.cost;
      if (delta < IMPROVE) {
        lastDelta = delta;
        const seq = nodes.slice();
        const rev = seq.slice(lo, hi).reverse();
        seq.splice(lo, hi - lo, ...rev);
        commit(s, ri, seq);
        return 'two-opt';
      }
    }
  }
  return null;
}
