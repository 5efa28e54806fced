import { Rng } from '../random';

/** Result of the symmetric TSP heuristic: a tour over local node indices starting at node 0, and its length. */
export interface TspTour {
  tour: Int32Array;
  length: number;
  iterations: number;
}

function buildNeighbourLists(n: number, w: Float64Array, k: number): Int32Array {
  const out = new Int32Array(n * k);
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) idx[j] = j;
    const row = i * n;
    const sorted = Array.from(idx).filter((j) => j !== i).sort((a, b) => w[row + a]! - w[row + b]! || a - b);
    for (let t = 0; t < k; t++) out[i * k + t] = sorted[t]!;
  }
  return out;
}

/**
 * Symmetric TSP by iterated local search: nearest-neighbour start, then 2-opt and Or-opt (segments of
 * 1–3, both orientations) over neighbour lists with a work queue ("don't-look bits"), perturbed by double
 * bridges (swaps of two adjacent segments of up to n/3 nodes each) and accepted when not worse. `w` is an n×n symmetric matrix.
 * Stops at `deadline` (performance.now() ms) or after `maxIterations`; deterministic for a seed and cap.
 */
export function solveSymmetricTsp(n: number, w: Float64Array, seed: number, deadline: number, maxIterations = Infinity, shouldStop: () => boolean = () => false, onBest?: (iteration: number, length: number) => void): TspTour {
  if (n <= 3) {
    const tour = Int32Array.from({ length: n }, (_, i) => i);
    let length = 0;
    for (let i = 0; i < n; i++) length += w[tour[i]! * n + tour[(i + 1) % n]!]!;
    return { tour, length, iterations: 0 };
  }
  const rng = new Rng(seed);
  const K = Math.min(n - 1, 10);
  const nb = buildNeighbourLists(n, w, K);
  const tour = new Int32Array(n), pos = new Int32Array(n);
  // Nearest-neighbour construction over neighbour lists, full scan as fallback.
  const used = new Uint8Array(n);
  let cur = 0;
  used[0] = 1;
  for (let i = 1; i < n; i++) {
    let nxt = -1;
    for (let t = 0; t < K; t++) {
      const c = nb[cur * K + t]!;
      if (!used[c]) { nxt = c; break; }
    }
    if (nxt < 0) {
      let bd = Infinity;
      for (let c = 0; c < n; c++) if (!used[c] && w[cur * n + c]! < bd) { bd = w[cur * n + c]!; nxt = c; }
    }
    tour[i] = nxt;
    used[nxt] = 1;
    cur = nxt;
  }
  for (let i = 0; i < n; i++) pos[tour[i]!] = i;
  const ls = new TourSearch(n, w, nb, K, tour, pos);
  for (let i = 0; i < n; i++) ls.push(i);
  ls.run();
  let curLen = ls.length();
  const bestTour = tour.slice();
  let bestLen = curLen;
  const saveTour = tour.slice(), savePos = pos.slice();
  let it = 0;
  // Segments up to n/3: short adjacent swaps are undone by a few improving 2-opt moves (measured).
  const maxSeg = Math.max(1, Math.floor(n / 3));
  while (it < maxIterations && !(it % 16 === 0 && (performance.now() >= deadline || shouldStop()))) {
    it++;
    saveTour.set(tour);
    savePos.set(pos);
    const i = rng.int(n), l1 = 1 + rng.int(maxSeg), l2 = 1 + rng.int(maxSeg);
    const delta = ls.swapSegments(i, l1, l2);
    const gain = ls.run();
    const len = curLen + delta - gain;
    if (len <= curLen + 1e-9) {
      curLen = len;
      if (len < bestLen - 1e-9) {
        bestLen = len;
        bestTour.set(tour);
        onBest?.(it, len);
      }
    } else {
      tour.set(saveTour);
      pos.set(savePos);
    }
  }
  // Rotate so the tour starts at node 0 (the depot) and recompute the length exactly.
  const at = bestTour.indexOf(0);
  const out = new Int32Array(n);
  for (let k = 0; k < n; k++) out[k] = bestTour[(at + k) % n]!;
  let length = 0;
  for (let k = 0; k < n; k++) length += w[out[k]! * n + out[(k + 1) % n]!]!;
  return { tour: out, length, iterations: it };
}

/** 2-opt + Or-opt local search on an array tour with a queue of active nodes. */
class TourSearch {
  private queue: Int32Array;
  private inQueue: Uint8Array;
  private qHead = 0;
  private qSize = 0;
  private seg = new Int32Array(64);

  constructor(private n: number, private w: Float64Array, private nb: Int32Array, private K: number, private tour: Int32Array, private pos: Int32Array) {
    this.queue = new Int32Array(n);
    this.inQueue = new Uint8Array(n);
  }

  length(): number {
    let s = 0;
    for (let i = 0; i < this.n; i++) s += this.w[this.tour[i]! * this.n + this.tour[(i + 1) % this.n]!]!;
    return s;
  }

  push(a: number): void {
    if (this.inQueue[a]) return;
    this.inQueue[a] = 1;
    this.queue[(this.qHead + this.qSize) % this.n] = a;
    this.qSize++;
  }

  private next(a: number): number { return this.tour[(this.pos[a]! + 1) % this.n]!; }
  private prev(a: number): number { return this.tour[(this.pos[a]! - 1 + this.n) % this.n]!; }

  /** Reverses the tour path from position i to j (circular), or its complement when shorter. */
  private reverse(i: number, j: number): void {
    const n = this.n, tour = this.tour, pos = this.pos;
    let len = ((j - i + n) % n) + 1;
    if (2 * len > n) {
      const ni = (j + 1) % n;
      j = (i - 1 + n) % n;
      i = ni;
      len = n - len;
    }
    for (let k = 0; k < len >> 1; k++) {
      const a = tour[i]!, b = tour[j]!;
      tour[i] = b; pos[b] = i;
      tour[j] = a; pos[a] = j;
      i = i + 1 === n ? 0 : i + 1;
      j = j === 0 ? n - 1 : j - 1;
    }
  }

  /** Swaps the adjacent segments of lengths l1, l2 after position i; returns the length change. */
  swapSegments(i: number, l1: number, l2: number): number {
    const n = this.n, w = this.w, tour = this.tour;
    if (l1 + l2 + 2 > n) return 0;
    const at = (k: number) => tour[(i + k) % n]!;
    const a = at(0), b0 = at(1), b1 = at(l1), c0 = at(l1 + 1), c1 = at(l1 + l2), d = at(l1 + l2 + 1);
    const delta = w[a * n + c0]! + w[c1 * n + b0]! + w[b1 * n + d]! - w[a * n + b0]! - w[b1 * n + c0]! - w[c1 * n + d]!;
    const tmp = new Int32Array(l1 + l2);
    for (let k = 0; k < l2; k++) tmp[k] = at(l1 + 1 + k);
    for (let k = 0; k < l1; k++) tmp[l2 + k] = at(1 + k);
    for (let k = 0; k < l1 + l2; k++) {
      const p = (i + 1 + k) % n;
      tour[p] = tmp[k]!;
      this.pos[tmp[k]!] = p;
    }
    for (const x of [a, b0, b1, c0, c1, d]) this.push(x);
    return delta;
  }

  /** Runs until the queue is empty; returns the total gain (length decrease). */
  run(): number {
    let total = 0;
    while (this.qSize > 0) {
      const a = this.queue[this.qHead]!;
      this.qHead = (this.qHead + 1) % this.n;
      this.qSize--;
      this.inQueue[a] = 0;
      const g = this.improveTwoOpt(a) || this.improveOrOpt(a);
      if (g > 0) {
        total += g;
        this.push(a);
      }
    }
    return total;
  }

  private improveTwoOpt(a: number): number {
    const n = this.n, w = this.w, K = this.K, nb = this.nb;
    for (let dir = 0; dir < 2; dir++) {
      const b = dir === 0 ? this.next(a) : this.prev(a);
      const dab = w[a * n + b]!;
      for (let t = 0; t < K; t++) {
        const c = nb[a * K + t]!;
        const dac = w[a * n + c]!;
        if (dac >= dab) break;
        const d = dir === 0 ? this.next(c) : this.prev(c);
        if (c === b || d === a) continue;
        const gain = dab + w[c * n + d]! - dac - w[b * n + d]!;
        if (gain > 1e-10) {
          if (dir === 0) this.reverse(this.pos[b]!, this.pos[c]!);
          else this.reverse(this.pos[a]!, this.pos[d]!);
          this.push(b); this.push(c); this.push(d);
          return gain;
        }
      }
    }
    return 0;
  }

  private improveOrOpt(s1: number): number {
    const n = this.n, w = this.w, K = this.K, nb = this.nb, tour = this.tour, pos = this.pos;
    for (let len = 1; len <= 3 && len + 2 < n; len++) {
      const i = pos[s1]!;
      const s2 = tour[(i + len - 1) % n]!;
      const p = this.prev(s1), nx = this.next(s2);
      const g1 = w[p * n + s1]! + w[s2 * n + nx]! - w[p * n + nx]!;
      if (g1 <= 1e-10) continue;
      for (let end = 0; end < 2; end++) {
        const s = end === 0 ? s1 : s2;
        for (let t = 0; t < K; t++) {
          const c = nb[s * K + t]!;
          if (w[s * n + c]! >= g1) break;
          const off = (pos[c]! - i + n) % n;
          if (off < len) continue;
          for (let side = 0; side < 2; side++) {
            // Insert between (c, e) where e follows c (side 0) or precedes it (side 1).
            const e = side === 0 ? this.next(c) : this.prev(c);
            const offE = (pos[e]! - i + n) % n;
            if (offE < len) continue;
            // s attaches to c; the other end attaches to e.
            const o = s === s1 ? s2 : s1;
            const add = w[c * n + s]! + w[o * n + e]! - w[c * n + e]!;
            const gain = g1 - add;
            if (gain > 1e-10) {
              const x = side === 0 ? c : e;
              // Segment goes between x → y; first element after x must be the end attached to x.
              const firstIsS1 = (x === c) === (s === s1);
              this.moveSegment(i, len, x, firstIsS1);
              this.push(p); this.push(nx); this.push(c); this.push(e); this.push(s1); this.push(s2);
              return gain;
            }
          }
        }
      }
    }
    return 0;
  }

  /** Moves the segment at positions i…i+len−1 to just after node x, in original or reversed order. */
  private moveSegment(i: number, len: number, x: number, forward: boolean): void {
    const n = this.n, tour = this.tour, pos = this.pos, seg = this.seg;
    for (let k = 0; k < len; k++) seg[k] = tour[(i + k) % n]!;
    const fwdDist = (pos[x]! - (i + len - 1) + n) % n; // elements after the segment up to x
    if (fwdDist <= n - len - fwdDist) {
      for (let k = 0; k < fwdDist; k++) {
        const v = tour[(i + len + k) % n]!;
        const p = (i + k) % n;
        tour[p] = v; pos[v] = p;
      }
      const base = i + fwdDist;
      for (let k = 0; k < len; k++) {
        const v = seg[forward ? k : len - 1 - k]!;
        const p = (base + k) % n;
        tour[p] = v; pos[v] = p;
      }
    } else {
      // Shift the elements between x's successor and the segment start to the right instead.
      const back = n - len - fwdDist;
      for (let k = back - 1; k >= 0; k--) {
        const from = (i - back + k + n) % n;
        const v = tour[from]!;
        const p = (from + len) % n;
        tour[p] = v; pos[v] = p;
      }
      const base = i - back + n;
      for (let k = 0; k < len; k++) {
        const v = seg[forward ? k : len - 1 - k]!;
        const p = (base + k) % n;
        tour[p] = v; pos[v] = p;
      }
    }
  }
}
