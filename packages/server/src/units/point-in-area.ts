import type { PolygonGeometry } from './china-geojson';

type Ring = readonly (readonly number[])[];

// Even–odd ray casting on lng/lat: exact enough for deciding land vs sea at city scale.
function insideRing(lng: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insidePolygon(lng: number, lat: number, rings: readonly Ring[]): boolean {
  const [outer, ...holes] = rings;
  return !!outer && insideRing(lng, lat, outer) && !holes.some((h) => insideRing(lng, lat, h));
}

/** True when the point (WGS84 degrees) lies inside the area's boundary (holes excluded). */
export function isPointInArea(lng: number, lat: number, geometry: PolygonGeometry): boolean {
  if (geometry.type === 'Polygon') return insidePolygon(lng, lat, geometry.coordinates);
  return geometry.coordinates.some((rings) => insidePolygon(lng, lat, rings));
}
