import type { Rng } from '../random';
import type { DayState } from './day-state';

/** Parameters of SISR ruin-and-recreate (Christiaens & Vanden Berghe 2020). */
export interface SisrParams {
  /** Average number of removed customers per ruin. */
  cBar: number;
  /** Maximum string length. */
  lMax: number;
  /** Probability of growing the preserved part of a split string. */
  splitGrow: number;
  /** Probability of skipping a position during recreate ("blinks"). */
  blink: number;
}

/** Defaults that work on 100-customer instances. */
export const DEFAULT_SISR: SisrParams = { cBar: 10, lMax: 10, splitGrow: 0.01, blink: 0.01 };

/**
 * Adjacent string removal: removes strings (or split strings) from routes near a random seed customer.
 * Removed customers are appended to `removed`; indices of changed routes are flagged in `touched`.
 */
export function ruinStrings(s: DayState, adj: Int32Array[], rng: Rng, prm: SisrParams, removed: number[], touched: Uint8Array, candidates: number[]): void {
  if (candidates.length === 0) return;
  let used = 0, nonEmpty = 0;
  for (const r of s.routes) if (r.nodes.length > 0) { used += r.nodes.length; nonEmpty++; }
  if (nonEmpty === 0) return;
  const lsMax = Math.min(prm.lMax, used / nonEmpty);
  const ksMax = (4 * prm.cBar) / (1 + lsMax) - 1;
  const ks = Math.floor(rng.next() * ksMax) + 1;
  const seed = candidates[rng.int(candidates.length)]!;
  const ruined: number[] = [];
  const list = adj[seed]!;
  for (let i = -1; i < list.length && ruined.length < ks; i++) {
    const c = i < 0 ? seed : list[i]!;
    const ri = s.routeOf[c]!;
    if (ri < 0 || ruined.includes(ri)) continue;
    ruined.push(ri);
    const route = s.routes[ri]!;
    const nodes = route.nodes;
    const m = nodes.length;
    const lMaxT = Math.min(m, lsMax);
    const l = Math.max(1, Math.floor(rng.next() * lMaxT) + 1);
    const pos = nodes.indexOf(c);
    if (l >= m || rng.next() < 0.5) {
      const lo = Math.max(0, pos - l + 1), hi = Math.min(pos, m - l);
      const start = lo + rng.int(hi - lo + 1);
      for (const x of nodes.splice(start, l)) { removed.push(x); s.routeOf[x] = -1; }
    } else {
      let keep = 1;
      while (l + keep < m && rng.next() < prm.splitGrow) keep++;
      const total = l + keep;
      const lo = Math.max(0, pos - total + 1), hi = Math.min(pos, m - total);
      const start = lo + rng.int(hi - lo + 1);
      const keepAt = rng.int(l + 1);
      const block = nodes.splice(start, total);
      const kept = block.splice(keepAt, keep);
      nodes.splice(start, 0, ...kept);
      for (const x of block) { removed.push(x); s.routeOf[x] = -1; }
    }
    route.update();
    touched[ri] = 1;
  }
}

/**
 * Sorts removed customers by one of SISR's orders (random 4, demand 4, far 2, close 1) and inserts each
 * at its best position with blinks. Customers without a feasible position are returned.
 */
export function recreateGreedy(s: DayState, removed: number[], rng: Rng, prm: SisrParams, touched: Uint8Array, far: Float64Array): number[] {
  const pick = rng.int(11);
  rng.shuffle(removed);
  const dem = s.d.demand;
  if (pick < 4) {
    // random order, already shuffled
  } else if (pick < 8) removed.sort((a, b) => dem[b]! - dem[a]!);
  else if (pick < 10) removed.sort((a, b) => far[b]! - far[a]!);
  else removed.sort((a, b) => far[a]! - far[b]!);
  const failed: number[] = [];
  for (const c of removed) {
    const b = s.bestInsertion(c, rng, prm.blink);
    if (b.route < 0) {
      failed.push(c);
      continue;
    }
    touched[b.route] = 1;
    s.insert(c, b.route, b.pos);
  }
  return failed;
}
