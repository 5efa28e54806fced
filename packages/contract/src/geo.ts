import { z } from 'zod';

/** Levels served as map base layers. */
export const geoLevels = ['province', 'prefecture'] as const;
/** A base-layer level. */
export type GeoLevel = (typeof geoLevels)[number];

/** Path parameter of `GET /api/geo/:level`. */
export const geoLevelParams = z.object({ level: z.enum(geoLevels) });

const position = z.tuple([z.number(), z.number()]);
const ring = z.array(position);

/** A unit boundary: WGS84 degrees, simplified to about 0.01° (≈1 km), coordinates rounded to 4 decimals. */
export const geoFeature = z.object({
  type: z.literal('Feature'),
  properties: z.object({ id: z.string(), name: z.string(), parentId: z.string().nullable() }),
  geometry: z.union([
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring)) }),
  ]),
});
export type GeoFeature = z.infer<typeof geoFeature>;

/** The offline base layer of one level: every unit of that level as a GeoJSON FeatureCollection. */
export const geoFeatureCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(geoFeature) });
export type GeoFeatureCollection = z.infer<typeof geoFeatureCollection>;
