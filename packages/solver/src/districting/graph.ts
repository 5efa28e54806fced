import type { AdjacencyEdge } from './types';

/** Compressed adjacency (CSR) of an undirected graph on n vertices, duplicates and self-loops removed. */
export interface UnitGraph {
  /** Number of vertices. */
  n: number;
  /** Neighbours of v are `neighbours[start[v]] … neighbours[start[v + 1] − 1]`. */
  start: Int32Array;
  /** Concatenated neighbour lists, ascending per vertex. */
  neighbours: Int32Array;
  /** Shared border in metres per neighbour slot (0 when unknown). */
  borderM: Float64Array;
  /** True when every input edge carried `borderM`. */
  hasBorders: boolean;
}

/** Builds the CSR graph; for duplicate edges the largest border length is kept. Indices must be valid. */
export function buildUnitGraph(n: number, edges: readonly AdjacencyEdge[]): UnitGraph {
  const maps: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  let hasBorders = edges.length > 0;
  for (const e of edges) {
    if (e.a === e.b) continue;
    if (e.borderM === undefined) hasBorders = false;
    const len = e.borderM ?? 0;
    const ma = maps[e.a]!;
    const mb = maps[e.b]!;
    ma.set(e.b, Math.max(ma.get(e.b) ?? 0, len));
    mb.set(e.a, Math.max(mb.get(e.a) ?? 0, len));
  }
  const start = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) start[v + 1] = start[v]! + maps[v]!.size;
  const neighbours = new Int32Array(start[n]!);
  const borderM = new Float64Array(start[n]!);
  for (let v = 0; v < n; v++) {
    const sorted = [...maps[v]!.entries()].sort((p, q) => p[0] - q[0]);
    let at = start[v]!;
    for (const [w, len] of sorted) {
      neighbours[at] = w;
      borderM[at] = len;
      at++;
    }
  }
  return { n, start, neighbours, borderM, hasBorders };
}

/**
 * Labels connected components of the subgraph induced by vertices with `member(v)` true.
 * Returns the label per vertex (−1 for non-members) and the number of components.
 */
export function labelComponents(g: UnitGraph, member: (v: number) => boolean): { label: Int32Array; count: number } {
  const label = new Int32Array(g.n).fill(-1);
  const stack: number[] = [];
  let count = 0;
  for (let s = 0; s < g.n; s++) {
    if (label[s] !== -1 || !member(s)) continue;
    label[s] = count;
    stack.push(s);
    while (stack.length > 0) {
      const v = stack.pop()!;
      for (let p = g.start[v]!; p < g.start[v + 1]!; p++) {
        const w = g.neighbours[p]!;
        if (label[w] === -1 && member(w)) {
          label[w] = count;
          stack.push(w);
        }
      }
    }
    count++;
  }
  return { label, count };
}

/**
 * Marks the cut vertices (articulation points) of the subgraph induced by `members` (all of which
 * satisfy `assign[v] === district`): removing a marked vertex increases the number of components.
 * Iterative Tarjan, O(size + edges). Writes 1/0 into `out` for every member.
 */
export function markArticulationPoints(
  g: UnitGraph,
  assign: Int32Array,
  district: number,
  members: readonly number[],
  out: Uint8Array,
  disc: Int32Array,
  low: Int32Array,
): void {
  for (const v of members) {
    disc[v] = -1;
    out[v] = 0;
  }
  let time = 0;
  const stackV: number[] = [];
  const stackP: number[] = [];
  const parent: number[] = [];
  for (const root of members) {
    if (disc[root] !== -1) continue;
    let rootChildren = 0;
    disc[root] = low[root] = time++;
    stackV.push(root);
    stackP.push(g.start[root]!);
    parent.push(-1);
    while (stackV.length > 0) {
      const top = stackV.length - 1;
      const v = stackV[top]!;
      const p = stackP[top]!;
      if (p < g.start[v + 1]!) {
        stackP[top] = p + 1;
        const w = g.neighbours[p]!;
        if (assign[w] !== district) continue;
        if (disc[w] === -1) {
          if (v === root) rootChildren++;
          disc[w] = low[w] = time++;
          stackV.push(w);
          stackP.push(g.start[w]!);
          parent.push(v);
        } else if (w !== parent[top]) {
          low[v] = Math.min(low[v]!, disc[w]!);
        }
      } else {
        stackV.pop();
        stackP.pop();
        const pv = parent.pop()!;
        if (pv !== -1) {
          low[pv] = Math.min(low[pv]!, low[v]!);
          if (pv !== root && low[v]! >= disc[pv]!) out[pv] = 1;
        }
      }
    }
    if (rootChildren > 1) out[root] = 1;
  }
}
