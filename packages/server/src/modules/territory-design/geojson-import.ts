import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/connect';
import { units } from '../../db/schema';
import { unitGeometries } from '../../db/schema-territories';
import type { Result } from '../../http/errors';
import type { PolygonGeometry } from '../../units/china-geojson';
import { computePairs, storeComputedPairs } from './adjacency';
import { measureGeometry, type UnitShape } from './unit-shapes';

/** One unit read from an uploaded FeatureCollection. */
export interface ImportedUnit {
  id: string;
  name: string;
  parentId: string | null;
  geometry: PolygonGeometry;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPosition = (p: unknown): p is [number, number] =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;

function ringProblem(ring: unknown): string | null {
  if (!Array.isArray(ring)) return 'a ring is not an array of positions';
  if (!ring.every(isPosition)) return 'a position is not [longitude, latitude] in degrees';
  if (ring.length < 4) return `a ring has ${ring.length} positions (at least 4 needed)`;
  const [f, l] = [ring[0] as number[], ring[ring.length - 1] as number[]];
  if (f[0] !== l[0] || f[1] !== l[1]) return 'a ring is not closed (first and last positions differ)';
  return null;
}

function geometryProblem(g: unknown): string | null {
  if (!isObject(g)) return 'no geometry';
  const polygons: unknown[] = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' && Array.isArray(g.coordinates) ? g.coordinates : [];
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return `geometry type ${String(g.type)} (only Polygon and MultiPolygon)`;
  if (polygons.length === 0) return 'no polygon';
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return 'a polygon has no ring';
    for (const ring of polygon) {
      const p = ringProblem(ring);
      if (p) return p;
    }
  }
  return null;
}

/**
 * Validates an uploaded FeatureCollection of units: every feature a Polygon/MultiPolygon with closed
 * rings of valid positions, a string `id` (≤ 64 chars, unique in the file) and a non-empty `name`, and
 * `parentId` (or the default) naming an existing unit. Lists up to 10 problems with the feature number.
 */
export function parseUnitGeoJson(geojson: unknown, defaultParentId: string | null): Result<ImportedUnit[]> {
  const bad = (reason: string): Result<ImportedUnit[]> => ({ ok: false, code: 'UNITS.GEOJSON_INVALID', params: { reason } });
  if (!isObject(geojson) || geojson.type !== 'FeatureCollection' || !Array.isArray(geojson.features)) return bad('not a GeoJSON FeatureCollection');
  if (geojson.features.length === 0) return bad('the FeatureCollection has no features');
  if (geojson.features.length > 5000) return bad('more than 5,000 features');
  const problems: string[] = [];
  const seen = new Set<string>();
  const out: ImportedUnit[] = [];
  geojson.features.forEach((f: unknown, i) => {
    const at = `feature ${i + 1}`;
    if (!isObject(f) || f.type !== 'Feature') return void problems.push(`${at}: not a Feature`);
    const props = isObject(f.properties) ? f.properties : {};
    const id = typeof props.id === 'string' ? props.id.trim() : typeof f.id === 'string' ? f.id.trim() : '';
    const name = typeof props.name === 'string' ? props.name.trim() : '';
    const parentId = typeof props.parentId === 'string' && props.parentId.trim() ? props.parentId.trim() : defaultParentId;
    if (!id || id.length > 64) problems.push(`${at}: id missing or longer than 64 characters`);
    else if (seen.has(id)) problems.push(`${at}: duplicate id ${id}`);
    seen.add(id);
    if (!name || name.length > 100) problems.push(`${at}${id ? ` (${id})` : ''}: name missing or longer than 100 characters`);
    const g = geometryProblem(f.geometry);
    if (g) problems.push(`${at}${id ? ` (${id})` : ''}: ${g}`);
    if (!g && id && name) out.push({ id, name, parentId, geometry: f.geometry as PolygonGeometry });
  });
  if (problems.length > 0) return bad(`${problems.slice(0, 10).join('; ')}${problems.length > 10 ? `; … ${problems.length - 10} more` : ''}`);
  return { ok: true, value: out };
}

/**
 * Imports validated units (new ids only; an existing id is refused rather than re-pointed), their
 * boundaries, and the adjacency among the imported boundaries and those already stored. Runs in the
 * caller's transaction, so a refusal changes nothing.
 */
export async function importUnits(tx: Db, level: 'county' | 'custom', parsed: readonly ImportedUnit[]): Promise<Result<{ imported: number; adjacencyPairs: number }>> {
  const bad = (reason: string) => ({ ok: false as const, code: 'UNITS.GEOJSON_INVALID' as const, params: { reason } });
  const ids = parsed.map((u) => u.id);
  const existing = await tx.select({ id: units.id }).from(units).where(inArray(units.id, ids));
  if (existing.length > 0) return bad(`ids already exist: ${existing.slice(0, 5).map((e) => e.id).join(', ')}`);
  const parents = [...new Set(parsed.map((u) => u.parentId).filter((p): p is string => p !== null))];
  const foundParents = new Set((parents.length ? await tx.select({ id: units.id }).from(units).where(inArray(units.id, parents)) : []).map((p) => p.id));
  const missingParent = parents.find((p) => !foundParents.has(p));
  if (missingParent) return bad(`parent unit ${missingParent} does not exist`);
  const shapes = new Map<string, UnitShape>(parsed.map((u) => [u.id, measureGeometry(u.geometry)]));
  const empty = parsed.find((u) => shapes.get(u.id)!.areaKm2 <= 0);
  if (empty) return bad(`${empty.id}: the boundary encloses no area`);
  const centroid = (ring: [number, number][]) => {
    const pts = ring.slice(0, -1);
    return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length] as const;
  };
  await tx.insert(units).values(parsed.map((u) => {
    const [lng, lat] = centroid(shapes.get(u.id)!.mainRing);
    return { id: u.id, name: u.name, level, parentId: u.parentId, centroidLng: lng, centroidLat: lat, boundaryRef: `import:${u.id}` };
  }));
  await tx.insert(unitGeometries).values(parsed.map((u) => ({ unitId: u.id, geometry: u.geometry, areaM2: shapes.get(u.id)!.areaKm2 * 1e6, perimeterM: shapes.get(u.id)!.perimeterM })));
  // Neighbours among all imported boundaries (new and earlier imports of any level).
  const stored = await tx.select().from(unitGeometries);
  const all = new Map(stored.map((r) => [r.unitId, shapes.get(r.unitId) ?? measureGeometry(r.geometry as PolygonGeometry)]));
  const newIds = new Set(ids);
  const pairs = computePairs(all).filter((p) => newIds.has(p.a) || newIds.has(p.b));
  return { ok: true, value: { imported: parsed.length, adjacencyPairs: await storeComputedPairs(tx, pairs) } };
}
