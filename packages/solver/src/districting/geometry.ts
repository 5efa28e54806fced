import type { AdjacencyEdge } from './types';

/** A point on a local plane, metres east (x) and north (y) of an origin. */
export interface PointM {
  xM: number;
  yM: number;
}

/** A polygon ring as [x, y] pairs in metres; closed or open (the last edge back to the first is implied). */
export type RingM = readonly (readonly [number, number])[];

const EARTH_RADIUS_M = 6_371_008.8;

/**
 * Projects WGS84 [longitude, latitude] in degrees to metres on a plane tangent at `origin` (default:
 * the mean of the points), equirectangular with the origin's latitude scale. Distances within 100 km of
 * the origin are off by well under 1 % — fine for a city or a prefecture, not for a whole country.
 */
export function projectLngLatToLocalM(
  lngLat: readonly (readonly [number, number])[],
  origin?: readonly [number, number],
): PointM[] {
  const o = origin ?? [lngLat.reduce((s, p) => s + p[0], 0) / lngLat.length, lngLat.reduce((s, p) => s + p[1], 0) / lngLat.length];
  const rad = Math.PI / 180;
  const cosLat = Math.cos(o[1] * rad);
  return lngLat.map(([lng, lat]) => ({ xM: (lng - o[0]) * rad * cosLat * EARTH_RADIUS_M, yM: (lat - o[1]) * rad * EARTH_RADIUS_M }));
}

function closedLength(ring: RingM): number {
  const n = ring.length;
  return n > 1 && ring[0]![0] === ring[n - 1]![0] && ring[0]![1] === ring[n - 1]![1] ? n - 1 : n;
}

/** Area (m², ≥ 0), perimeter (m) and area centroid (m) of a simple polygon ring (shoelace formula). */
export function measureRing(ring: RingM): { areaM2: number; perimeterM: number; centroid: PointM } {
  const n = closedLength(ring);
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  let perimeterM = 0;
  for (let i = 0; i < n; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % n]!;
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
    perimeterM += Math.hypot(x1 - x0, y1 - y0);
  }
  if (Math.abs(twiceArea) < 1e-12) {
    const mx = ring.slice(0, n).reduce((s, p) => s + p[0], 0) / Math.max(1, n);
    const my = ring.slice(0, n).reduce((s, p) => s + p[1], 0) / Math.max(1, n);
    return { areaM2: 0, perimeterM, centroid: { xM: mx, yM: my } };
  }
  return { areaM2: Math.abs(twiceArea) / 2, perimeterM, centroid: { xM: cx / (3 * twiceArea), yM: cy / (3 * twiceArea) } };
}

/** Distance in metres from point (px, py) to the segment (ax, ay)–(bx, by). */
function distanceToSegmentM(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/**
 * Adjacency of polygons (one outer ring each, metres) from shared boundaries: two polygons are
 * neighbours when at least `minSharedVertices` vertices of one lie within `toleranceM` of the other's
 * boundary (default 2 vertices, 50 m), so maps whose neighbours do not share exact vertices still match
 * and corner-only contact does not count. `borderM` is the length of polygon edges whose two ends both
 * lie on the other polygon (each edge counted for its closest neighbour only), averaged over the two
 * sides (or the one side that sees any). A grid index keeps it near O(vertices) for ordinary maps. Each edge once, a < b.
 */
export function computeAdjacencyFromPolygons(
  rings: readonly RingM[],
  options: { toleranceM?: number; minSharedVertices?: number } = {},
): AdjacencyEdge[] {
  const tol = options.toleranceM ?? 50;
  const minShared = options.minSharedVertices ?? 2;
  const segs: { poly: number; ax: number; ay: number; bx: number; by: number }[] = [];
  rings.forEach((ring, poly) => {
    const n = closedLength(ring);
    for (let i = 0; i < n; i++) {
      const [ax, ay] = ring[i]!;
      const [bx, by] = ring[(i + 1) % n]!;
      segs.push({ poly, ax, ay, bx, by });
    }
  });
  const lengths = segs.map((s) => Math.hypot(s.bx - s.ax, s.by - s.ay)).sort((a, b) => a - b);
  // Cells about one typical segment wide keep both the buckets and the cells per segment small.
  const cell = Math.max(tol, lengths[lengths.length >> 1] ?? tol, 1e-9);
  const grid = new Map<string, number[]>();
  segs.forEach((s, id) => {
    const x0 = Math.floor((Math.min(s.ax, s.bx) - tol) / cell);
    const x1 = Math.floor((Math.max(s.ax, s.bx) + tol) / cell);
    const y0 = Math.floor((Math.min(s.ay, s.by) - tol) / cell);
    const y1 = Math.floor((Math.max(s.ay, s.by) + tol) / cell);
    for (let gx = x0; gx <= x1; gx++)
      for (let gy = y0; gy <= y1; gy++) {
        const key = `${gx},${gy}`;
        const bucket = grid.get(key);
        if (bucket) bucket.push(id);
        else grid.set(key, [id]);
      }
  });
  // Other polygons within tol of a point, with their distance.
  const near = (poly: number, px: number, py: number): Map<number, number> => {
    const out = new Map<number, number>();
    for (const id of grid.get(`${Math.floor(px / cell)},${Math.floor(py / cell)}`) ?? []) {
      const s = segs[id]!;
      if (s.poly === poly) continue;
      const d = distanceToSegmentM(px, py, s.ax, s.ay, s.bx, s.by);
      if (d <= tol && d < (out.get(s.poly) ?? Infinity)) out.set(s.poly, d);
    }
    return out;
  };
  // Per ordered pair (poly → other): touching vertices and border length seen from poly's side; each
  // edge of poly counts for one neighbour only (the closest), so a side never exceeds its perimeter.
  const shared = new Map<string, { count: number; border: number }>();
  const entryOf = (key: string) => {
    let entry = shared.get(key);
    if (!entry) shared.set(key, (entry = { count: 0, border: 0 }));
    return entry;
  };
  rings.forEach((ring, poly) => {
    const n = closedLength(ring);
    const touching = Array.from({ length: n }, (_, i) => near(poly, ring[i]![0], ring[i]![1]));
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      let owner = -1;
      let ownerD = Infinity;
      for (const [other, d] of touching[i]!) {
        entryOf(`${poly},${other}`).count++;
        const dj = touching[j]!.get(other);
        if (dj !== undefined && d + dj < ownerD) {
          owner = other;
          ownerD = d + dj;
        }
      }
      if (owner >= 0) entryOf(`${poly},${owner}`).border += Math.hypot(ring[j]![0] - ring[i]![0], ring[j]![1] - ring[i]![1]);
    }
  });
  const edges: AdjacencyEdge[] = [];
  for (const [key, ab] of shared) {
    const [a, b] = key.split(',').map(Number) as [number, number];
    const ba = shared.get(`${b},${a}`) ?? { count: 0, border: 0 };
    if (a > b && shared.has(`${b},${a}`)) continue;
    // A side with sparse vertices may see none of the border (only its ends): then trust the other side.
    const borderM = ab.border > 0 && ba.border > 0 ? (ab.border + ba.border) / 2 : Math.max(ab.border, ba.border);
    if (Math.max(ab.count, ba.count) >= minShared) edges.push({ a: Math.min(a, b), b: Math.max(a, b), borderM });
  }
  return edges.sort((p, q) => p.a - q.a || p.b - q.b);
}
