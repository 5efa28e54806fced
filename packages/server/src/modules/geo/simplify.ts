import type { PolygonGeometry } from '../../units/china-geojson';

type Position = [number, number];

function perpendicularDistanceSq(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSq = dx * dx + dy * dy;
  if (lengthSq === 0) return (p[0] - a[0]) ** 2 + (p[1] - a[1]) ** 2;
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSq));
  return (p[0] - a[0] - t * dx) ** 2 + (p[1] - a[1] - t * dy) ** 2;
}

/** Douglas–Peucker on a polyline: keeps the end points and every point farther than `tolerance` (degrees). */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points.map((p) => [p[0], p[1]]);
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const toleranceSq = tolerance * tolerance;
  // An explicit stack instead of recursion: some boundaries have tens of thousands of points.
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let maxSq = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicularDistanceSq(points[i]!, points[first]!, points[last]!);
      if (d > maxSq) {
        maxSq = d;
        index = i;
      }
    }
    if (index !== -1 && maxSq > toleranceSq) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1).map((p) => [p[0], p[1]]);
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Simplifies a closed ring; null when it collapses below a triangle (a speck at this tolerance). */
export function simplifyRing(ring: readonly Position[], tolerance: number): Position[] | null {
  const closed = ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1] ? ring : [...ring, ring[0]!];
  const out = simplifyLine(closed, tolerance).map((p): Position => [round(p[0]), round(p[1])]);
  return out.length >= 4 ? out : null;
}

/**
 * Simplifies a polygonal geometry; islands and holes that collapse are dropped. If everything would
 * collapse (a tiny district), the tolerance is lowered until the outline survives.
 */
export function simplifyGeometry(geometry: PolygonGeometry, tolerance: number): PolygonGeometry {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const simplified: Position[][][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon;
    const shell = outer ? simplifyRing(outer as Position[], tolerance) : null;
    if (!shell) continue;
    simplified.push([shell, ...holes.map((h) => simplifyRing(h as Position[], tolerance)).filter((h): h is Position[] => h !== null)]);
  }
  if (simplified.length === 0) return tolerance > 1e-5 ? simplifyGeometry(geometry, tolerance / 10) : geometry;
  return simplified.length === 1 ? { type: 'Polygon', coordinates: simplified[0]! } : { type: 'MultiPolygon', coordinates: simplified };
}
