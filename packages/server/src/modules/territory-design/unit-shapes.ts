import { inArray } from 'drizzle-orm';
import { measureRing, projectLngLatToLocalM } from '@qudao/solver';
import type { Db } from '../../db/connect';
import { unitGeometries } from '../../db/schema-territories';
import { listChinaUnits, type ChinaUnit } from '../../units/china-units';
import type { PolygonGeometry } from '../../units/china-geojson';

/** What the design needs of a unit's boundary. */
export interface UnitShape {
  /** Total area of all its polygons, km². */
  areaKm2: number;
  /** Total boundary length, m. */
  perimeterM: number;
  /** The largest outer ring, WGS84 [lng, lat] (adjacency is judged on it; islands do not make neighbours). */
  mainRing: [number, number][];
}

/** Area, perimeter and main ring of a polygonal geometry, each ring projected around its own centre. */
export function measureGeometry(geometry: PolygonGeometry): UnitShape {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let areaM2 = 0;
  let perimeterM = 0;
  let mainRing: [number, number][] = [];
  let mainArea = -1;
  for (const polygon of polygons) {
    polygon.forEach((ring, i) => {
      const m = measureRing(projectLngLatToLocalM(ring).map((p) => [p.xM, p.yM] as const));
      // Holes (rings after the first) take their area away.
      areaM2 += i === 0 ? m.areaM2 : -m.areaM2;
      perimeterM += m.perimeterM;
      if (i === 0 && m.areaM2 > mainArea) {
        mainArea = m.areaM2;
        mainRing = ring.map(([lng, lat]) => [lng, lat]);
      }
    });
  }
  return { areaKm2: Math.max(0, areaM2) / 1e6, perimeterM, mainRing };
}

let seeded: Map<string, UnitShape> | undefined;

/** Shapes of the seeded prefecture units (china-geojson), computed once. */
export function seededShapes(): Map<string, UnitShape> {
  if (!seeded) seeded = new Map(listChinaUnits().filter((u: ChinaUnit) => u.level === 'prefecture').map((u) => [u.id, measureGeometry(u.geometry)]));
  return seeded;
}

/** Shapes of the given units: seeded ones from the package, imported ones from unit_geometries; units without a boundary are absent. */
export async function loadUnitShapes(db: Db, unitIds: readonly string[]): Promise<Map<string, UnitShape>> {
  const out = new Map<string, UnitShape>();
  const missing: string[] = [];
  for (const id of unitIds) {
    const s = seededShapes().get(id);
    if (s) out.set(id, s);
    else missing.push(id);
  }
  if (missing.length > 0) {
    const rows = await db.select().from(unitGeometries).where(inArray(unitGeometries.unitId, missing));
    for (const r of rows) out.set(r.unitId, measureGeometry(r.geometry as PolygonGeometry));
  }
  return out;
}
