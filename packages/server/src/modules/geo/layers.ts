import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import type { GeoFeatureCollection, GeoLevel } from '@qudao/contract';
import { listChinaUnits } from '../../units/china-units';
import { simplifyGeometry } from './simplify';

/** About 1 km: fine enough for a country-wide map of prefectures, small enough for a phone. */
export const baseLayerToleranceDeg = 0.01;

/** The base layer of a level as an object. Pure apart from reading the package's files. */
export function buildBaseLayer(level: GeoLevel, toleranceDeg = baseLayerToleranceDeg): GeoFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: listChinaUnits()
      .filter((u) => u.level === level)
      .map((u) => ({
        type: 'Feature' as const,
        properties: { id: u.id, name: u.name, parentId: u.parentId },
        geometry: simplifyGeometry(u.geometry, toleranceDeg),
      })),
  };
}

/** A base layer serialised once: the JSON text, its gzip and a strong ETag. */
export interface CachedLayer {
  json: string;
  gzip: Buffer;
  etag: string;
}

const cache = new Map<GeoLevel, CachedLayer>();

/** The cached, serialised base layer of a level (built on first use; boundaries never change at run time). */
export function getCachedLayer(level: GeoLevel): CachedLayer {
  let layer = cache.get(level);
  if (!layer) {
    const json = JSON.stringify(buildBaseLayer(level));
    layer = { json, gzip: gzipSync(json), etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"` };
    cache.set(level, layer);
  }
  return layer;
}
