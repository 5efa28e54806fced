import { randomInt, shuffleInPlace } from './rng';
import type { DistrictState } from './state';

const EPS = 1e-9;

/** Lexicographic order of designs: balance violation first, then the compactness objective. */
export function isLexBetter(v: number, c: number, bestV: number, bestC: number): boolean {
  return v < bestV - EPS || (v <= bestV + EPS && c < bestC - EPS);
}

/** Distinct districts other than `from` among u's neighbours, written into `out`; returns how many. */
function neighbourDistricts(state: DistrictState, u: number, from: number, out: Int32Array): number {
  const g = state.data.graph;
  let count = 0;
  for (let p = g.start[u]!; p < g.start[u + 1]!; p++) {
    const d = state.assign[g.neighbours[p]!]!;
    if (d === from) continue;
    let seen = false;
    for (let q = 0; q < count; q++) if (out[q] === d) seen = true;
    if (!seen) out[count++] = d;
  }
  return count;
}

/**
 * Best-improvement-per-unit descent over single boundary moves (unit → neighbouring district) that keep
 * every district connected and non-empty, locks and the moved limit. A move is taken when it lowers the
 * violation, or keeps it and lowers compactness. Ends at a local optimum or when `shouldStop()` is true.
 */
export function descend(state: DistrictState, rng: () => number, shouldStop: () => boolean): void {
  const { n, lockTo } = state.data;
  const order = Array.from({ length: n }, (_, i) => i);
  const targets = new Int32Array(64);
  let improved = true;
  while (improved && !shouldStop()) {
    improved = false;
    shuffleInPlace(order, rng);
    for (const u of order) {
      if (lockTo[u]! >= 0) continue;
      const from = state.assign[u]!;
      const count = neighbourDistricts(state, u, from, targets);
      let bestTo = -1;
      let bestDv = 0;
      let bestDc = 0;
      for (let t = 0; t < count; t++) {
        const to = targets[t]!;
        if (!state.canMove(u, to)) continue;
        state.evaluate(u, to);
        if (isLexBetter(state.dv, state.dc, bestDv, bestDc)) {
          bestTo = to;
          bestDv = state.dv;
          bestDc = state.dc;
        }
      }
      if (bestTo >= 0) {
        state.move(u, bestTo);
        improved = true;
      }
    }
  }
}

/**
 * Random shift of a border: a random unit moves to a neighbouring district and up to `strength − 1`
 * units of its old district next to it follow, each move checked for contiguity, locks and limits.
 */
export function perturb(state: DistrictState, rng: () => number, strength: number): void {
  const { n, lockTo, graph: g } = state.data;
  const targets = new Int32Array(64);
  for (let attempt = 0; attempt < 50; attempt++) {
    const u = randomInt(rng, n);
    if (lockTo[u]! >= 0) continue;
    const from = state.assign[u]!;
    const count = neighbourDistricts(state, u, from, targets);
    if (count === 0) continue;
    const to = targets[randomInt(rng, count)]!;
    if (!state.canMove(u, to)) continue;
    state.move(u, to);
    const queue = [u];
    let moved = 1;
    for (let head = 0; head < queue.length && moved < strength; head++) {
      const v = queue[head]!;
      for (let p = g.start[v]!; p < g.start[v + 1]!; p++) {
        const w = g.neighbours[p]!;
        if (moved >= strength || state.assign[w] !== from || rng() < 0.3) continue;
        if (!state.canMove(w, to)) continue;
        state.move(w, to);
        queue.push(w);
        moved++;
      }
    }
    return;
  }
}
