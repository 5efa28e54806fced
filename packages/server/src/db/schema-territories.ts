import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { units } from './schema';

// Territory design (issue 7, R1): which controllable units touch, and the boundaries of imported units.

/**
 * Neighbouring units (R1.1), each pair once with `unitA < unitB` in code-unit order (kept by the
 * code, not a CHECK, whose text order would depend on the database collation). Computed from shared boundaries
 * (`source = 'computed'`) or added by HQ (`'manual'`). HQ removing a pair keeps the row with
 * `removed = true`, so recomputing never brings back a pair someone took out on purpose.
 */
export const unitAdjacency = pgTable(
  'unit_adjacency',
  {
    unitA: text('unit_a').notNull().references(() => units.id, { onDelete: 'cascade' }),
    unitB: text('unit_b').notNull().references(() => units.id, { onDelete: 'cascade' }),
    borderM: doublePrecision('border_m'),
    source: text('source', { enum: ['computed', 'manual'] }).notNull(),
    removed: boolean('removed').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.unitA, t.unitB] }),
    index('unit_adjacency_b_idx').on(t.unitB),
    check('unit_adjacency_source_ck', sql`${t.source} in ('computed','manual')`),
  ],
);

/** Boundary (GeoJSON Polygon/MultiPolygon, WGS84) of a unit imported by HQ; seeded units read theirs from china-geojson. */
export const unitGeometries = pgTable('unit_geometries', {
  unitId: text('unit_id').primaryKey().references(() => units.id, { onDelete: 'cascade' }),
  geometry: jsonb('geometry').notNull(),
  areaM2: doublePrecision('area_m2').notNull(),
  perimeterM: doublePrecision('perimeter_m').notNull(),
});
