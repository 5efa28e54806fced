import { shuffleInPlace } from './rng';
import { isLexBetter } from './search';
import type { DistrictState } from './state';

function touches(state: DistrictState, v: number, district: number): boolean {
  const g = state.data.graph;
  for (let p = g.start[v]!; p < g.start[v + 1]!; p++) if (state.assign[g.neighbours[p]!] === district) return true;
  return false;
}

/**
 * Exchange descent for balance: a unit u of district A goes to a neighbouring district B while a unit
 * v of B within two steps of u goes to A. Such pairs fix one measure without shifting another much,
 * which single moves cannot do once several measures are tight. Every intermediate move passes
 * `canMove`, so contiguity, locks and the moved limit hold. Runs only while violation > 0; returns true
 * when at least one exchange was made.
 */
export function descendSwaps(state: DistrictState, rng: () => number, shouldStop: () => boolean): boolean {
  const { n, lockTo, graph: g } = state.data;
  const order = shuffleInPlace(Array.from({ length: n }, (_, i) => i), rng);
  const candidates: number[] = [];
  const seen = new Int32Array(n).fill(-1);
  let any = false;
  for (const u of order) {
    if (state.violation() <= 0 || shouldStop()) break;
    if (lockTo[u]! >= 0) continue;
    const a = state.assign[u]!;
    for (let p = g.start[u]!; p < g.start[u + 1]!; p++) {
      const b = state.assign[g.neighbours[p]!]!;
      if (b === a || state.assign[u] !== a || !state.canMove(u, b)) continue;
      state.evaluate(u, b);
      const dv1 = state.dv;
      const dc1 = state.dc;
      state.move(u, b);
      candidates.length = 0;
      for (let q = g.start[u]!; q < g.start[u + 1]!; q++) {
        const w = g.neighbours[q]!;
        if (state.assign[w] !== b || seen[w] === u) continue;
        seen[w] = u;
        candidates.push(w);
        for (let r = g.start[w]!; r < g.start[w + 1]!; r++) {
          const z = g.neighbours[r]!;
          if (z !== u && state.assign[z] === b && seen[z] !== u) {
            seen[z] = u;
            candidates.push(z);
          }
        }
      }
      let done = false;
      for (const v of candidates) {
        if (lockTo[v]! >= 0 || !touches(state, v, a) || !state.canMove(v, a)) continue;
        state.evaluate(v, a);
        if (isLexBetter(dv1 + state.dv, dc1 + state.dc, 0, 0)) {
          state.move(v, a);
          done = true;
          break;
        }
      }
      if (done) {
        any = true;
        break;
      }
      state.move(u, a);
    }
  }
  return any;
}
