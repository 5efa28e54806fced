import { markArticulationPoints } from './graph';
import type { DistrictingData } from './data';

export type { DistrictingData } from './data';
export { prepareDistrictingData } from './data';

const EPS = 1e-9;
/** Units the local cut-vertex test may visit before falling back to the exact pass. */
const LOCAL_SEARCH_LIMIT = 48;

/** Mutable partition with incrementally maintained totals, violation and compactness (internal). */
export class DistrictState {
  readonly assign: Int32Array;
  readonly totals: Float64Array;
  readonly size: Int32Array;
  readonly members: number[][];
  private readonly pos: Int32Array;
  private readonly W: Float64Array;
  private readonly Sx: Float64Array;
  private readonly Sy: Float64Array;
  private readonly Sxx: Float64Array;
  /** Perimeter of each district's union in metres (when unit perimeters are known). */
  private readonly P: Float64Array;
  private readonly art: Uint8Array;
  private readonly artValid: Uint8Array;
  private readonly disc: Int32Array;
  private readonly low: Int32Array;
  private readonly visited: Int32Array;
  private readonly scratch: Int32Array;
  private visitStamp = 0;
  cut = 0;
  moved = 0;
  /** Result of the last `evaluate`: change of violation and of compactness objective. */
  dv = 0;
  dc = 0;

  constructor(readonly data: DistrictingData, assignment: ArrayLike<number>) {
    const { n, k, mCount } = data;
    this.assign = new Int32Array(n);
    this.totals = new Float64Array(k * mCount);
    this.size = new Int32Array(k);
    this.members = Array.from({ length: k }, () => []);
    this.pos = new Int32Array(n);
    this.W = new Float64Array(k);
    this.Sx = new Float64Array(k);
    this.Sy = new Float64Array(k);
    this.Sxx = new Float64Array(k);
    this.P = new Float64Array(k);
    this.art = new Uint8Array(n);
    this.artValid = new Uint8Array(k);
    this.disc = new Int32Array(n);
    this.low = new Int32Array(n);
    this.visited = new Int32Array(n);
    this.scratch = new Int32Array(LOCAL_SEARCH_LIMIT + 1);
    this.load(assignment);
  }

  /** Replaces the whole partition, recomputing every aggregate. */
  load(assignment: ArrayLike<number>): void {
    const { n, mCount, graph, values, x, y, w, start } = this.data;
    this.totals.fill(0);
    this.size.fill(0);
    this.W.fill(0);
    this.Sx.fill(0);
    this.Sy.fill(0);
    this.Sxx.fill(0);
    this.P.fill(0);
    this.artValid.fill(0);
    for (const list of this.members) list.length = 0;
    this.moved = 0;
    for (let i = 0; i < n; i++) {
      const d = assignment[i]!;
      this.assign[i] = d;
      for (let m = 0; m < mCount; m++) this.totals[d * mCount + m]! += values[i * mCount + m]!;
      this.size[d]!++;
      this.pos[i] = this.members[d]!.length;
      this.members[d]!.push(i);
      this.W[d]! += w[i]!;
      this.Sx[d]! += w[i]! * x[i]!;
      this.Sy[d]! += w[i]! * y[i]!;
      this.Sxx[d]! += w[i]! * (x[i]! * x[i]! + y[i]! * y[i]!);
      this.P[d]! += this.data.perim[i]!;
      if (start && start[i] !== d) this.moved++;
    }
    this.cut = 0;
    for (let v = 0; v < n; v++)
      for (let p = graph.start[v]!; p < graph.start[v + 1]!; p++)
        if (graph.neighbours[p]! > v) {
          if (this.assign[graph.neighbours[p]!] !== this.assign[v]) this.cut += graph.borderM[p]!;
          else this.P[this.assign[v]!]! -= 2 * graph.borderM[p]!;
        }
  }

  /** Balance excess of district d beyond tolerance, as a sum over measures of fractions of the mean. */
  districtViolation(d: number, shift = -1, sign = 0): number {
    const { mCount, mean, lower, upper, values } = this.data;
    let v = 0;
    for (let m = 0; m < mCount; m++) {
      if (mean[m]! <= 0) continue;
      const t = this.totals[d * mCount + m]! + (shift >= 0 ? sign * values[shift * mCount + m]! : 0);
      if (t > upper[m]!) v += (t - upper[m]!) / mean[m]!;
      else if (t < lower[m]!) v += (lower[m]! - t) / mean[m]!;
    }
    return v;
  }

  /** Total balance violation (0 = every district within tolerance on every measure). */
  violation(): number {
    let v = 0;
    for (let d = 0; d < this.data.k; d++) v += this.districtViolation(d);
    return v;
  }

  /** Moment of inertia of district d (area·m²), optionally with unit u added (+1) or removed (−1). */
  inertia(d: number, u = -1, sign = 0): number {
    const { x, y, w } = this.data;
    let W = this.W[d]!;
    let Sx = this.Sx[d]!;
    let Sy = this.Sy[d]!;
    let Sxx = this.Sxx[d]!;
    if (u >= 0) {
      W += sign * w[u]!;
      Sx += sign * w[u]! * x[u]!;
      Sy += sign * w[u]! * y[u]!;
      Sxx += sign * w[u]! * (x[u]! * x[u]! + y[u]! * y[u]!);
    }
    return W > EPS ? Math.max(0, Sxx - (Sx * Sx + Sy * Sy) / W) : 0;
  }

  /** P²/(4πA) of a district (1/Polsby–Popper, ≥ 1 for real shapes), 0 when empty. */
  private inversePolsby(perimeterM: number, areaM2: number): number {
    return areaM2 > EPS ? (perimeterM * perimeterM) / (4 * Math.PI * areaM2) : 0;
  }

  /**
   * Compactness objective (lower is more compact): Σ inertia / scale + borderWeight · cut / scale
   * + polsbyWeight · mean over districts of 1/Polsby–Popper.
   */
  compactness(): number {
    const { k, inertiaScale, borderWeight, borderScale, polsbyWeight } = this.data;
    let s = 0;
    let inv = 0;
    for (let d = 0; d < k; d++) {
      s += this.inertia(d);
      if (polsbyWeight > 0) inv += this.inversePolsby(this.P[d]!, this.W[d]!);
    }
    return s / inertiaScale + (borderWeight * this.cut) / borderScale + (polsbyWeight * inv) / k;
  }

  /**
   * Whether moving u to district `to` keeps the structural rules: u not locked, its district keeps ≥ 1 unit
   * and stays as connected as before (u is no cut vertex), the moved-units limit holds. The caller ensures
   * u touches `to`, so `to` stays connected too.
   */
  canMove(u: number, to: number): boolean {
    const from = this.assign[u]!;
    if (from === to || this.data.lockTo[u]! >= 0 || this.size[from]! <= 1) return false;
    const start = this.data.start;
    if (start && start[u] === from && this.moved >= this.data.maxMoved) return false;
    if (this.artValid[from]) return this.art[u] === 0;
    const local = this.localCutTest(u, from);
    if (local !== 'unknown') return local === 'safe';
    markArticulationPoints(this.data.graph, this.assign, from, this.members[from]!, this.art, this.disc, this.low);
    this.artValid[from] = 1;
    return this.art[u] === 0;
  }

  /**
   * Bounded search around u: 'safe' when u's neighbours in its district reach each other without u
   * (so u is no cut vertex), 'cut' when the search exhausts a part without reaching them all, else
   * 'unknown'. Cheap for the usual case; the exact Tarjan pass is the fallback.
   */
  private localCutTest(u: number, d: number): 'safe' | 'cut' | 'unknown' {
    const g = this.data.graph;
    const stamp = ++this.visitStamp;
    let targets = 0;
    let first = -1;
    for (let p = g.start[u]!; p < g.start[u + 1]!; p++) {
      const w = g.neighbours[p]!;
      if (this.assign[w] !== d) continue;
      targets++;
      if (first < 0) first = w;
    }
    if (targets <= 1) return 'safe';
    // Neighbours of u found so far; the search starts from one of them.
    let found = 1;
    const queue = this.scratch;
    queue[0] = first;
    this.visited[first] = stamp;
    this.visited[u] = stamp;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      for (let p = g.start[v]!; p < g.start[v + 1]!; p++) {
        const w = g.neighbours[p]!;
        if (this.visited[w] === stamp || this.assign[w] !== d) continue;
        this.visited[w] = stamp;
        if (this.isNeighbour(u, w) && ++found === targets) return 'safe';
        if (tail >= LOCAL_SEARCH_LIMIT) return 'unknown';
        queue[tail++] = w;
      }
    }
    return 'cut';
  }

  private isNeighbour(u: number, w: number): boolean {
    const g = this.data.graph;
    for (let p = g.start[u]!; p < g.start[u + 1]!; p++) if (g.neighbours[p] === w) return true;
    return false;
  }

  /** Sets `dv` and `dc` to the change of violation and compactness objective if u moved to `to`. */
  evaluate(u: number, to: number): void {
    const from = this.assign[u]!;
    this.dv =
      this.districtViolation(from, u, -1) + this.districtViolation(to, u, 1) - this.districtViolation(from) - this.districtViolation(to);
    const dI = this.inertia(from, u, -1) + this.inertia(to, u, 1) - this.inertia(from) - this.inertia(to);
    let toFrom = 0;
    let toTo = 0;
    const { graph: g, inertiaScale, borderWeight, borderScale, polsbyWeight, perim, w, k } = this.data;
    for (let p = g.start[u]!; p < g.start[u + 1]!; p++) {
      const a = this.assign[g.neighbours[p]!];
      if (a === from) toFrom += g.borderM[p]!;
      else if (a === to) toTo += g.borderM[p]!;
    }
    this.dc = dI / inertiaScale + (borderWeight * (toFrom - toTo)) / borderScale;
    if (polsbyWeight > 0) {
      const pf = this.P[from]!;
      const pt = this.P[to]!;
      const af = this.W[from]!;
      const at = this.W[to]!;
      const dInv =
        this.inversePolsby(pf - perim[u]! + 2 * toFrom, af - w[u]!) +
        this.inversePolsby(pt + perim[u]! - 2 * toTo, at + w[u]!) -
        this.inversePolsby(pf, af) -
        this.inversePolsby(pt, at);
      this.dc += (polsbyWeight * dInv) / k;
    }
  }

  /** Moves u to district `to`, updating every aggregate in O(measures + degree). */
  move(u: number, to: number): void {
    const { mCount, values, x, y, w, graph, start } = this.data;
    const from = this.assign[u]!;
    for (let p = graph.start[u]!; p < graph.start[u + 1]!; p++) {
      const a = this.assign[graph.neighbours[p]!];
      if (a === from) {
        this.cut += graph.borderM[p]!;
        this.P[from]! += 2 * graph.borderM[p]!;
      } else if (a === to) {
        this.cut -= graph.borderM[p]!;
        this.P[to]! -= 2 * graph.borderM[p]!;
      }
    }
    this.P[from]! -= this.data.perim[u]!;
    this.P[to]! += this.data.perim[u]!;
    for (let m = 0; m < mCount; m++) {
      this.totals[from * mCount + m]! -= values[u * mCount + m]!;
      this.totals[to * mCount + m]! += values[u * mCount + m]!;
    }
    const wx = w[u]! * x[u]!;
    const wy = w[u]! * y[u]!;
    const wxx = w[u]! * (x[u]! * x[u]! + y[u]! * y[u]!);
    this.W[from]! -= w[u]!;
    this.Sx[from]! -= wx;
    this.Sy[from]! -= wy;
    this.Sxx[from]! -= wxx;
    this.W[to]! += w[u]!;
    this.Sx[to]! += wx;
    this.Sy[to]! += wy;
    this.Sxx[to]! += wxx;
    const list = this.members[from]!;
    const last = list.pop()!;
    if (last !== u) {
      list[this.pos[u]!] = last;
      this.pos[last] = this.pos[u]!;
    }
    this.pos[u] = this.members[to]!.length;
    this.members[to]!.push(u);
    this.size[from]!--;
    this.size[to]!++;
    if (start) {
      if (start[u] === from) this.moved++;
      else if (start[u] === to) this.moved--;
    }
    this.assign[u] = to;
    this.artValid[from] = 0;
    this.artValid[to] = 0;
  }
}
