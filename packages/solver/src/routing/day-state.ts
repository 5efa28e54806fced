import type { Rng } from '../random';
import type { DayData } from './day-data';
import { Route } from './route';

/** The routes of one day plus where each customer sits (route index or −1). */
export class DayState {
  readonly routes: Route[];
  readonly routeOf: Int32Array;

  constructor(readonly d: DayData) {
    this.routes = Array.from(d.vStart, (_, v) => new Route(d, v));
    this.routeOf = new Int32Array(d.n).fill(-1);
    this.mark = new Int32Array(d.n);
  }

  /** Objective of the day's routes (sum of route costs). */
  cost(): number {
    let s = 0;
    for (const r of this.routes) s += r.cost;
    return s;
  }

  /** Replaces all routes' customer lists (used to restore snapshots) and recomputes everything. */
  load(nodes: number[][]): void {
    this.routeOf.fill(-1);
    nodes.forEach((ns, i) => {
      const r = this.routes[i]!;
      r.nodes = ns.slice();
      for (const c of ns) this.routeOf[c] = i;
      r.update();
    });
  }

  /** Copy of every route's customer list. */
  snapshot(): number[][] {
    return this.routes.map((r) => r.nodes.slice());
  }

  /** Removes customer c from its route (no-op if absent); recomputes that route. Returns the route index. */
  remove(c: number): number {
    const ri = this.routeOf[c]!;
    if (ri < 0) return -1;
    const r = this.routes[ri]!;
    r.nodes.splice(r.nodes.indexOf(c), 1);
    this.routeOf[c] = -1;
    r.update();
    return ri;
  }

  /**
   * Best insertion of c over all routes (one empty route per vehicle class), skipping each position with
   * probability `blink`. Returns { route, pos, delta } in the scratch object; delta = Infinity if none.
   */
  bestInsertion(c: number, rng: Rng | null, blink: number): { route: number; pos: number; delta: number } {
    const near = this.granular;
    if (near) {
      // Granular pass: only positions next to one of c's nearest customers; full scan if none is feasible.
      markStamp++;
      const list = near[c]!;
      for (let i = 0; i < list.length; i++) this.mark[list[i]!] = markStamp;
      this.scan(c, rng, blink, true);
      if (bestScratch.route >= 0) return bestScratch;
    }
    this.scan(c, rng, blink, false);
    return bestScratch;
  }

  /**
   * Restricts insertions to positions adjacent to the given neighbours (one list per customer), which
   * makes recreate much cheaper on large instances; null = every position.
   */
  setGranular(neighbours: Int32Array[] | null): void {
    this.granular = neighbours;
  }

  private granular: Int32Array[] | null = null;
  private readonly mark: Int32Array;

  private scan(c: number, rng: Rng | null, blink: number, granular: boolean): void {
    const best = bestScratch;
    best.route = -1; best.pos = -1; best.delta = Infinity;
    const mark = this.mark;
    const seenEmpty = emptyClassSeen(this.d);
    for (let ri = 0; ri < this.routes.length; ri++) {
      const r = this.routes[ri]!;
      const m = r.nodes.length;
      if (m === 0) {
        const cls = this.d.vClass[ri]!;
        if (seenEmpty[cls] === stamp) continue;
        seenEmpty[cls] = stamp;
      }
      const nodes = r.nodes;
      for (let p = 0; p <= m; p++) {
        if (granular && m > 0 && !((p > 0 && mark[nodes[p - 1]!] === markStamp) || (p < m && mark[nodes[p]!] === markStamp))) continue;
        if (rng && blink > 0 && rng.next() < blink) continue;
        const delta = r.insertDelta(c, p, best.delta);
        if (delta < best.delta) {
          best.delta = delta; best.route = ri; best.pos = p;
        }
      }
    }
    stamp++;
  }

  /** Inserts c into route ri before position pos and recomputes the route. */
  insert(c: number, ri: number, pos: number): void {
    const r = this.routes[ri]!;
    r.nodes.splice(pos, 0, c);
    this.routeOf[c] = ri;
    r.update();
  }
}

const bestScratch = { route: -1, pos: -1, delta: Infinity };
let stamp = 1;
let markStamp = 1;
const seenByData = new WeakMap<DayData, Int32Array>();
function emptyClassSeen(d: DayData): Int32Array {
  let s = seenByData.get(d);
  if (!s) {
    s = new Int32Array(d.vClass.length);
    seenByData.set(d, s);
  }
  return s;
}

/** Neighbour lists: for each customer, the other customers by increasing symmetric leg cost (at most k). */
export function buildNeighbours(d: DayData, k: number): Int32Array[] {
  const out: Int32Array[] = [];
  const L = d.locationCount;
  const idx = Array.from({ length: d.n }, (_, i) => i);
  for (let i = 0; i < d.n; i++) {
    const li = d.loc[i]!;
    const key = (j: number) => d.cost[li * L + d.loc[j]!]! + d.cost[d.loc[j]! * L + li]!;
    const others = idx.filter((j) => j !== i).sort((a, b) => key(a) - key(b) || a - b);
    out.push(Int32Array.from(others.slice(0, k)));
  }
  return out;
}
