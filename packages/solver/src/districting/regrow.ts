import { randomInt } from './rng';
import type { DistrictState } from './state';

/**
 * Ruin-and-recreate move: a random district and one of its neighbours are dissolved and regrown from
 * two far-apart seeds inside their union (which is connected), the lighter side taking the free unit
 * closest to its seed each step. Both results are connected; balance is left to the descent that
 * follows. Skipped (returns false) when the pair holds locked units or in re-alignment mode.
 */
export function regrowPair(state: DistrictState, rng: () => number): boolean {
  const { k, graph: g, lockTo, start, x, y, mCount, values, mean } = state.data;
  if (k < 2 || start) return false;
  const d = randomInt(rng, k);
  const around = new Set<number>();
  for (const u of state.members[d]!)
    for (let p = g.start[u]!; p < g.start[u + 1]!; p++) if (state.assign[g.neighbours[p]!] !== d) around.add(state.assign[g.neighbours[p]!]!);
  if (around.size === 0) return false;
  const e = [...around].sort((a, b) => a - b)[randomInt(rng, around.size)]!;
  const region = [...state.members[d]!, ...state.members[e]!].sort((a, b) => a - b);
  if (region.some((u) => lockTo[u]! >= 0) || region.length < 2) return false;
  const farthestFrom = (s: number) => {
    let best = s;
    let bestD = -1;
    for (const u of region) {
      const dd = (x[u]! - x[s]!) ** 2 + (y[u]! - y[s]!) ** 2;
      if (dd > bestD) {
        bestD = dd;
        best = u;
      }
    }
    return best;
  };
  const a = farthestFrom(region[randomInt(rng, region.length)]!);
  const seeds = [a, farthestFrom(a)];
  const side = new Map<number, number>(region.map((u) => [u, -1]));
  const load = [0, 0];
  const frontier: number[][] = [[], []];
  const place = (u: number, s: number) => {
    side.set(u, s);
    for (let m = 0; m < mCount; m++) if (mean[m]! > 0) load[s]! += values[u * mCount + m]! / mean[m]!;
    for (let p = g.start[u]!; p < g.start[u + 1]!; p++) if (side.get(g.neighbours[p]!) === -1) frontier[s]!.push(g.neighbours[p]!);
  };
  place(seeds[0]!, 0);
  place(seeds[1]!, 1);
  for (let left = region.length - 2; left > 0; left--) {
    for (const f of frontier) {
      let write = 0;
      for (const u of f) if (side.get(u) === -1) f[write++] = u;
      f.length = write;
    }
    const s = frontier[1]!.length === 0 || (frontier[0]!.length > 0 && load[0]! <= load[1]!) ? 0 : 1;
    if (frontier[s]!.length === 0) return false;
    const seed = seeds[s]!;
    let best = -1;
    let bestD = Infinity;
    for (const u of frontier[s]!) {
      const dd = (x[u]! - x[seed]!) ** 2 + (y[u]! - y[seed]!) ** 2;
      if (dd < bestD) {
        bestD = dd;
        best = u;
      }
    }
    place(best, s);
  }
  const next = Int32Array.from(state.assign);
  for (const [u, s] of side) next[u] = s === 0 ? d : e;
  state.load(next);
  return true;
}
