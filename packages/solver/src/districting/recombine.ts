import { randomInt, shuffleInPlace } from './rng';
import type { DistrictState } from './state';

/** Random spanning trees tried per recombination before giving up. */
const TREES = 24;

/**
 * Recombination (merge-and-split along a random spanning tree): `parts` neighbouring districts, the first
 * one unbalanced when there is one, are merged and cut again into `parts` connected pieces each within
 * tolerance on every measure, by removing edges of a random spanning tree of their union whose sides
 * carry a whole number of districts' worth. Reaches balanced designs that need several districts to
 * change at once — a dead-end peninsula whose units never add up for one district, say — which
 * single moves and exchanges cannot. Locked units keep their district (a cut that would separate or
 * mix locks is refused); skipped in re-alignment mode. Returns true when the state changed.
 */
export function recombine(state: DistrictState, rng: () => number, parts: number): boolean {
  const { k, graph: g, lockTo, start } = state.data;
  if (k < parts || start) return false;
  const unbalanced = Array.from({ length: k }, (_, d) => d).filter((d) => state.districtViolation(d) > 0);
  const first = unbalanced.length > 0 && rng() < 0.8 ? unbalanced[randomInt(rng, unbalanced.length)]! : randomInt(rng, k);
  const chosen = [first];
  while (chosen.length < parts) {
    const around = new Set<number>();
    for (const d of chosen)
      for (const u of state.members[d]!)
        for (let p = g.start[u]!; p < g.start[u + 1]!; p++) {
          const e = state.assign[g.neighbours[p]!]!;
          if (!chosen.includes(e)) around.add(e);
        }
    if (around.size === 0) return false;
    chosen.push(pickPartner(state, chosen, [...around].sort((a, b) => a - b), rng));
  }
  const region = chosen.flatMap((d) => state.members[d]!);
  const pieces = splitRegion(state, region, parts, rng);
  if (!pieces) return false;
  const labels = labelPieces(pieces, chosen, lockTo);
  if (!labels) return false;
  const next = Int32Array.from(state.assign);
  pieces.forEach((piece, i) => {
    for (const u of piece) next[u] = labels[i]!;
  });
  state.load(next);
  return true;
}

/** The neighbouring district that brings the merged load closest to a whole number of districts (random among near-ties). */
function pickPartner(state: DistrictState, chosen: readonly number[], around: readonly number[], rng: () => number): number {
  const { mCount, mean } = state.data;
  const load = (d: number) => {
    let s = 0;
    for (let m = 0; m < mCount; m++) if (mean[m]! > 0) s += state.totals[d * mCount + m]! / mean[m]! / mCount;
    return s;
  };
  const base = chosen.reduce((s, d) => s + load(d), 0);
  const scored = around.map((e) => ({ e, off: Math.abs(base + load(e) - (chosen.length + 1)) + rng() * 0.05 }));
  scored.sort((a, b) => a.off - b.off);
  return scored[randomInt(rng, Math.min(2, scored.length))]!.e;
}

/** Labels pieces with the merged districts: a piece holding locked units takes their district; refused when locks clash. */
function labelPieces(pieces: readonly number[][], chosen: readonly number[], lockTo: Int32Array): number[] | null {
  const labels = pieces.map(() => -1);
  const used = new Set<number>();
  for (let i = 0; i < pieces.length; i++)
    for (const u of pieces[i]!) {
      const l = lockTo[u]!;
      if (l < 0) continue;
      if (labels[i] === -1 && !used.has(l)) {
        labels[i] = l;
        used.add(l);
      } else if (labels[i] !== l) return null;
    }
  const free = chosen.filter((d) => !used.has(d));
  for (let i = 0; i < labels.length; i++) if (labels[i] === -1) labels[i] = free.shift()!;
  return labels;
}

/** Cuts `region` into `parts` connected pieces within tolerance, or null when no tree gave a cut. */
function splitRegion(state: DistrictState, region: number[], parts: number, rng: () => number): number[][] | null {
  if (parts === 1) return fits(state, region, 1) ? [region] : null;
  for (let t = 0; t < TREES; t++) {
    const cut = cutTree(state, region, parts, rng);
    if (!cut) continue;
    const rest = splitRegion(state, cut.rest, parts - cut.count, rng);
    if (rest) return [cut.piece, ...rest];
  }
  return null;
}

/** Whether `units` weigh `count` districts' worth on every measure (within count × tolerance). */
function fits(state: DistrictState, units: readonly number[], count: number): boolean {
  const { mCount, values, mean, lower, upper } = state.data;
  for (let m = 0; m < mCount; m++) {
    if (mean[m]! <= 0) continue;
    let s = 0;
    for (const u of units) s += values[u * mCount + m]!;
    if (s < count * lower[m]! - 1e-9 || s > count * upper[m]! + 1e-9) return false;
  }
  return true;
}

/** One random spanning tree (Kruskal over shuffled edges) of `region`, cut at an edge that leaves one district's worth on one side. */
function cutTree(state: DistrictState, region: number[], parts: number, rng: () => number): { piece: number[]; rest: number[]; count: number } | null {
  const { graph: g, mCount, values, mean, lower, upper } = state.data;
  const local = new Map(region.map((u, i) => [u, i]));
  const r = region.length;
  const edges: [number, number][] = [];
  for (let i = 0; i < r; i++) {
    const u = region[i]!;
    for (let p = g.start[u]!; p < g.start[u + 1]!; p++) {
      const j = local.get(g.neighbours[p]!);
      if (j !== undefined && j > i) edges.push([i, j]);
    }
  }
  shuffleInPlace(edges, rng);
  const parent = Int32Array.from({ length: r }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const adj: number[][] = Array.from({ length: r }, () => []);
  let joined = 0;
  for (const [a, b] of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    parent[ra] = rb;
    adj[a]!.push(b);
    adj[b]!.push(a);
    joined++;
  }
  if (joined !== r - 1) return null;
  // Subtree sums by a post-order over a BFS from a random root.
  const root = randomInt(rng, r);
  const order = [root];
  const up = new Int32Array(r).fill(-1);
  up[root] = root;
  for (let h = 0; h < order.length; h++) for (const c of adj[order[h]!]!) if (up[c] === -1) { up[c] = order[h]!; order.push(c); }
  const sub = new Float64Array(r * mCount);
  for (let i = 0; i < r; i++) for (let m = 0; m < mCount; m++) sub[i * mCount + m] = values[region[i]! * mCount + m]!;
  for (let h = r - 1; h > 0; h--) for (let m = 0; m < mCount; m++) sub[up[order[h]!]! * mCount + m]! += sub[order[h]! * mCount + m]!;
  const total = Array.from({ length: mCount }, (_, m) => sub[root * mCount + m]!);
  const within = (i: number, count: number, complement: boolean) => {
    for (let m = 0; m < mCount; m++) {
      if (mean[m]! <= 0) continue;
      const s = complement ? total[m]! - sub[i * mCount + m]! : sub[i * mCount + m]!;
      if (s < count * lower[m]! - 1e-9 || s > count * upper[m]! + 1e-9) return false;
    }
    return true;
  };
  const candidates: { i: number; inside: boolean }[] = [];
  for (let h = 1; h < r; h++) {
    const i = order[h]!;
    if (within(i, 1, false) && within(i, parts - 1, true)) candidates.push({ i, inside: true });
    else if (within(i, parts - 1, false) && within(i, 1, true)) candidates.push({ i, inside: false });
  }
  if (candidates.length === 0) return null;
  const pick = candidates[randomInt(rng, candidates.length)]!;
  const below = new Uint8Array(r);
  below[pick.i] = 1;
  for (let h = 1; h < r; h++) if (below[up[order[h]!]!] && order[h] !== pick.i) below[order[h]!] = 1;
  const a = region.filter((_, i) => below[i]);
  const b = region.filter((_, i) => !below[i]);
  return pick.inside ? { piece: a, rest: b, count: 1 } : { piece: b, rest: a, count: 1 };
}
