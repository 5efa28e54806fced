import { labelComponents } from './graph';
import type { DistrictingData } from './state';

/** Shortest path (unit list, ends excluded) from component `comp` of d to another part of d through unlocked units. */
function bridgePath(data: DistrictingData, assign: Int32Array, d: number, label: Int32Array, comp: number): number[] {
  const { n, graph, lockTo } = data;
  const prev = new Int32Array(n).fill(-2);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (label[i] === comp) {
    prev[i] = -1;
    queue.push(i);
  }
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let p = graph.start[v]!; p < graph.start[v + 1]!; p++) {
      const w = graph.neighbours[p]!;
      if (prev[w] !== -2) continue;
      prev[w] = v;
      if (assign[w] === d) {
        const path: number[] = [];
        for (let u = v; label[u] !== comp; u = prev[u]!) path.push(u);
        return path;
      }
      if (lockTo[w]! < 0) queue.push(w);
    }
  }
  return [];
}

/**
 * Makes districts contiguous where possible: per district the part with the most locked units (else
 * the largest) stays; every other part is either joined to the rest along a shortest path of unlocked
 * units or dissolved into neighbouring districts (lightest first), whichever changes fewer units; parts
 * with locked units are always joined. In re-alignment mode the repair is kept only within the
 * moved-units limit. Returns a repaired copy, or `assign` unchanged.
 */
export function repairContiguity(data: DistrictingData, assign: Int32Array): Int32Array {
  const { n, k, graph, lockTo, start, maxMoved } = data;
  const out = Int32Array.from(assign);
  for (let pass = 0; pass < 3; pass++) {
    let split = false;
    for (let d = 0; d < k; d++) {
      for (let guard = 0; guard < n; guard++) {
        const { label, count } = labelComponents(graph, (v) => out[v] === d);
        if (count <= 1) break;
        split = true;
        const score = new Float64Array(count);
        const locks = new Int32Array(count);
        for (let i = 0; i < n; i++)
          if (label[i]! >= 0) {
            score[label[i]!]! += lockTo[i]! >= 0 ? n : 1;
            if (lockTo[i]! >= 0) locks[label[i]!]!++;
          }
        let keep = 0;
        for (let c = 1; c < count; c++) if (score[c]! > score[keep]!) keep = c;
        const part = keep === 0 ? 1 : 0;
        const path = bridgePath(data, out, d, label, part);
        const dissolveCost = locks[part]! > 0 ? Infinity : score[part]!;
        if (path.length > 0 && path.length < dissolveCost) {
          for (const u of path) out[u] = d;
        } else if (dissolveCost < Infinity) {
          for (let i = 0; i < n; i++) if (label[i] === part) out[i] = -1;
        } else {
          break;
        }
        fillUnassigned(data, out);
      }
    }
    if (!split) break;
  }
  for (let i = 0; i < n; i++) if (out[i] === -1) out[i] = assign[i]!;
  if (start) {
    let moved = 0;
    for (let i = 0; i < n; i++) if (out[i] !== start[i]) moved++;
    if (moved > maxMoved) return assign;
  }
  return out;
}

/** Gives each unassigned (−1) unit next to a district to the neighbouring district with fewest units. */
function fillUnassigned(data: DistrictingData, assign: Int32Array): void {
  const { n, k, graph } = data;
  const weight = new Float64Array(k);
  for (let i = 0; i < n; i++) if (assign[i]! >= 0) weight[assign[i]!]! += 1;
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < n; i++) {
      if (assign[i] !== -1) continue;
      let best = -1;
      for (let p = graph.start[i]!; p < graph.start[i + 1]!; p++) {
        const a = assign[graph.neighbours[p]!]!;
        if (a >= 0 && (best < 0 || weight[a]! < weight[best]!)) best = a;
      }
      if (best >= 0) {
        assign[i] = best;
        weight[best]! += 1;
        changed = true;
      }
    }
  }
}

/**
 * Gives every empty district one unit (re-alignment can empty a district when locks pull its units
 * away): an unlocked unit whose district keeps ≥ 2 units and stays connected without it, preferring a
 * unit that started in the empty district (free to move back), then the largest district. Skips when
 * the moved-units limit forbids it. Mutates and returns `assign`.
 */
export function fillEmptyDistricts(data: DistrictingData, assign: Int32Array): Int32Array {
  const { n, k, graph, lockTo, start, maxMoved } = data;
  const size = new Int32Array(k);
  for (let i = 0; i < n; i++) size[assign[i]!]!++;
  for (let e = 0; e < k; e++) {
    if (size[e]! > 0) continue;
    let moved = 0;
    if (start) for (let i = 0; i < n; i++) if (assign[i] !== start[i]) moved++;
    let best = -1;
    let bestScore = -Infinity;
    for (let u = 0; u < n; u++) {
      const from = assign[u]!;
      if (lockTo[u]! >= 0 || size[from]! < 2) continue;
      const back = start !== null && start[u] === e;
      const cost = start === null || back ? 0 : start[u] === from ? 1 : 0;
      if (moved + cost > maxMoved) continue;
      const score = (back ? n : 0) + size[from]!;
      if (score <= bestScore) continue;
      if (labelComponents(graph, (v) => v !== u && assign[v] === from).count > 1) continue;
      best = u;
      bestScore = score;
    }
    if (best < 0) continue;
    size[assign[best]!]!--;
    assign[best] = e;
    size[e] = 1;
  }
  return assign;
}
