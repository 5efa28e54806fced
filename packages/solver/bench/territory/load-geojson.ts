import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  computeAdjacencyFromPolygons,
  measureRing,
  projectLngLatToLocalM,
  type AdjacencyEdge,
  type DistrictingUnit,
  type RingM,
} from '../../src/districting';

interface BenchFeature {
  geometry?: { type: string; coordinates: unknown };
  properties: { ID?: number; POPULATION?: number; LIST_ADJACENT?: number[]; POINTS?: [number, number][] };
}

/** A territory benchmark city: units with population (one measure), adjacency with border lengths in metres. */
export interface TerritoryInstance {
  name: string;
  units: DistrictingUnit[];
  adjacency: AdjacencyEdge[];
  /** Where the adjacency came from: the file's LIST_ADJACENT, or computed from the polygons. */
  adjacencySource: 'file' | 'polygons';
  /** Edges in the file, edges computed from the polygons (shared vertices within 50 m), and edges in both. */
  adjacencyAgreement: { fileEdges: number; computedEdges: number; common: number };
}

/** Outer ring in metres: the file's local POINTS (km), else the lon/lat polygon projected around `origin`. */
function ringOf(feature: BenchFeature, origin: [number, number] | undefined): RingM {
  const points = feature.properties.POINTS;
  if (points && points.length >= 3) return points.map(([x, y]) => [x * 1000, y * 1000] as const);
  const g = feature.geometry;
  const outer =
    g?.type === 'Polygon'
      ? (g.coordinates as [number, number][][])[0]
      : g?.type === 'MultiPolygon'
        ? (g.coordinates as [number, number][][][])[0]?.[0]
        : undefined;
  if (!outer) throw new Error(`feature ${feature.properties.ID} has neither POINTS nor a polygon`);
  return projectLngLatToLocalM(outer, origin).map((p) => [p.xM, p.yM] as const);
}

/**
 * Reads one city of `../shared/bench/territory/` (see its README): population is the measure, areas,
 * perimeters and centroids come from the polygons (metres), adjacency from LIST_ADJACENT when present
 * (else from shared vertices within 50 m) and shared-border lengths from the polygons in both cases.
 */
export function loadTerritoryInstance(path: string): TerritoryInstance {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as {
    features: BenchFeature[];
    metadata?: { REFERENCE_LONGLAT?: [number, number] };
  };
  const features = [...doc.features].sort((p, q) => (p.properties.ID ?? 0) - (q.properties.ID ?? 0));
  features.forEach((f, i) => {
    if (f.properties.ID !== undefined && f.properties.ID !== i) throw new Error(`${path}: IDs are not 0..n-1 (found ${f.properties.ID} at ${i})`);
  });
  const rings = features.map((f) => ringOf(f, doc.metadata?.REFERENCE_LONGLAT));
  const units = features.map((f, i): DistrictingUnit => {
    const { areaM2, perimeterM, centroid } = measureRing(rings[i]!);
    return { measures: [f.properties.POPULATION ?? 0], xM: centroid.xM, yM: centroid.yM, areaM2, perimeterM };
  });
  const computed = computeAdjacencyFromPolygons(rings);
  const border = new Map(computed.map((e) => [`${e.a},${e.b}`, e.borderM ?? 0]));
  const fromFile = features.every((f) => Array.isArray(f.properties.LIST_ADJACENT));
  let adjacency: AdjacencyEdge[] = computed;
  if (fromFile) {
    adjacency = [];
    features.forEach((f, a) => {
      for (const b of f.properties.LIST_ADJACENT!) if (a < b) adjacency.push({ a, b, borderM: border.get(`${a},${b}`) ?? 0 });
    });
  }
  const common = fromFile ? adjacency.filter((e) => border.has(`${e.a},${e.b}`)).length : computed.length;
  return {
    name: basename(path).replace(/\.geojson$/, ''),
    units,
    adjacency,
    adjacencySource: fromFile ? 'file' : 'polygons',
    adjacencyAgreement: { fileEdges: fromFile ? adjacency.length : 0, computedEdges: computed.length, common },
  };
}
