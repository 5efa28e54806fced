import { buildUnitGraph, markArticulationPoints, type UnitGraph } from './graph';
import type { DistrictingProblem } from './types';

/** Immutable per-problem data shared by all search states (internal to the solver). */
export interface DistrictingData {
  n: number;
  k: number;
  mCount: number;
  graph: UnitGraph;
  /** values[i * mCount + m] = measure m of unit i. */
  values: Float64Array;
  mean: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  x: Float64Array;
  y: Float64Array;
  /** Inertia weight per unit: its area, or 1 when areas are missing. */
  w: Float64Array;
  /** District a unit is locked to, or −1. */
  lockTo: Int32Array;
  /** Start assignment in re-alignment mode, else null. */
  start: Int32Array | null;
  maxMoved: number;
  /** Normalisers of the compactness objective (constants, so objective values are comparable across restarts). */
  inertiaScale: number;
  borderScale: number;
  borderWeight: number;
}

/** Precomputes the solver data; the problem must have passed validation. */
export function prepareDistrictingData(problem: DistrictingProblem, borderWeight?: number): DistrictingData {
  const n = problem.units.length;
  const k = problem.k;
  const mCount = problem.units[0]!.measures.length;
  const graph = buildUnitGraph(n, problem.adjacency);
  const values = new Float64Array(n * mCount);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const w = new Float64Array(n);
  const allAreas = problem.units.every((u) => u.areaM2 !== undefined);
  const sums = new Float64Array(mCount);
  problem.units.forEach((u, i) => {
    for (let m = 0; m < mCount; m++) {
      values[i * mCount + m] = u.measures[m]!;
      sums[m] = sums[m]! + u.measures[m]!;
    }
    x[i] = u.xM;
    y[i] = u.yM;
    w[i] = allAreas ? u.areaM2! : 1;
  });
  const mean = sums.map((s) => s / k);
  const tol = (m: number) => problem.tolerances?.[m] ?? 0.05;
  const lower = mean.map((v, m) => v * (1 - tol(m)));
  const upper = mean.map((v, m) => v * (1 + tol(m)));
  const lockTo = new Int32Array(n).fill(-1);
  for (const l of problem.locked ?? []) lockTo[l.unit] = l.district;
  (problem.seeds ?? []).forEach((s, d) => {
    if (s !== null && s !== undefined) lockTo[s] = d;
  });
  let W = 0;
  let Sx = 0;
  let Sy = 0;
  let Sxx = 0;
  for (let i = 0; i < n; i++) {
    W += w[i]!;
    Sx += w[i]! * x[i]!;
    Sy += w[i]! * y[i]!;
    Sxx += w[i]! * (x[i]! * x[i]! + y[i]! * y[i]!);
  }
  const globalInertia = Sxx - (Sx * Sx + Sy * Sy) / W;
  let totalBorder = 0;
  for (let p = 0; p < graph.borderM.length; p++) totalBorder += graph.borderM[p]!;
  totalBorder /= 2;
  return {
    n, k, mCount, graph, values, mean, lower, upper, x, y, w, lockTo,
    start: problem.start ? Int32Array.from(problem.start.assignment) : null,
    maxMoved: problem.start?.maxMoved ?? n,
    // A k-partition of a region has roughly global/k inertia and √k·(border/√n)… scale: these keep both terms O(1).
    inertiaScale: globalInertia > 0 ? globalInertia / k : 1,
    borderScale: totalBorder > 0 ? totalBorder / Math.sqrt(n) * Math.sqrt(k) : 1,
    borderWeight: graph.hasBorders ? (borderWeight ?? 1) : 0,
  };
}

const EPS = 1e-9;

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
  private readonly art: Uint8Array;
  private readonly artValid: Uint8Array;
  private readonly disc: Int32Array;
  private readonly low: Int32Array;
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
    this.art = new Uint8Array(n);
    this.artValid = new Uint8Array(k);
    this.disc = new Int32Array(n);
    this.low = new Int32Array(n);
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
      if (start && start[i] !== d) this.moved++;
    }
    this.cut = 0;
    for (let v = 0; v < n; v++)
      for (let p = graph.start[v]!; p < graph.start[v + 1]!; p++)
        if (graph.neighbours[p]! > v && this.assign[graph.neighbours[p]!] !== this.assign[v]) this.cut += graph.borderM[p]!;
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

  /** Compactness objective: Σ inertia / scale + borderWeight · cut / scale (lower is more compact). */
  compactness(): number {
    let s = 0;
    for (let d = 0; d < this.data.k; d++) s += this.inertia(d);
    return s / this.data.inertiaScale + (this.data.borderWeight * this.cut) / this.data.borderScale;
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
    if (!this.artValid[from]) {
      markArticulationPoints(this.data.graph, this.assign, from, this.members[from]!, this.art, this.disc, this.low);
      this.artValid[from] = 1;
    }
    return this.art[u] === 0;
  }

  /** Sets `dv` and `dc` to the change of violation and compactness objective if u moved to `to`. */
  evaluate(u: number, to: number): void {
    const from = this.assign[u]!;
    this.dv =
      this.districtViolation(from, u, -1) + this.districtViolation(to, u, 1) - this.districtViolation(from) - this.districtViolation(to);
    const dI = this.inertia(from, u, -1) + this.inertia(to, u, 1) - this.inertia(from) - this.inertia(to);
    let dCut = 0;
    const g = this.data.graph;
    for (let p = g.start[u]!; p < g.start[u + 1]!; p++) {
      const a = this.assign[g.neighbours[p]!];
      if (a === from) dCut += g.borderM[p]!;
      else if (a === to) dCut -= g.borderM[p]!;
    }
    this.dc = dI / this.data.inertiaScale + (this.data.borderWeight * dCut) / this.data.borderScale;
  }

  /** Moves u to district `to`, updating every aggregate in O(measures + degree). */
  move(u: number, to: number): void {
    const { mCount, values, x, y, w, graph, start } = this.data;
    const from = this.assign[u]!;
    for (let p = graph.start[u]!; p < graph.start[u + 1]!; p++) {
      const a = this.assign[graph.neighbours[p]!];
      if (a === from) this.cut += graph.borderM[p]!;
      else if (a === to) this.cut -= graph.borderM[p]!;
    }
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
