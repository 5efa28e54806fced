import { sql } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { units } from '../db/schema';
import { listChinaUnits } from './china-units';

/** What a seed run did: how many units it inserted or updated (0 and 0 on a second run). */
export interface SeedUnitsResult {
  total: number;
  changed: number;
}

/**
 * Seeds every province and prefecture of China (ids: see china-units.ts). Idempotent: rows already
 * equal are not touched; a changed centroid or boundary reference is updated; an existing id whose name
 * differs is refused, because silently re-pointing an id would move accounts and territories.
 */
export async function seedUnits(db: Db): Promise<SeedUnitsResult> {
  const rows = listChinaUnits().map(({ geometry: _g, ...u }) => u);
  const existing = await db.select({ id: units.id, name: units.name }).from(units);
  const nameById = new Map(existing.map((e) => [e.id, e.name]));
  const renamed = rows.filter((r) => nameById.has(r.id) && nameById.get(r.id) !== r.name);
  if (renamed.length > 0) {
    const list = renamed.slice(0, 5).map((r) => `${r.id}: ${nameById.get(r.id)} → ${r.name}`).join(', ');
    throw new Error(`Unit seed refused: ids would change name (${list}); write a migration for the renaming`);
  }
  // Provinces come first in `rows`, so a prefecture's parent exists when the prefecture is inserted.
  const changed = await db
    .insert(units)
    .values(rows)
    .onConflictDoUpdate({
      target: units.id,
      set: {
        level: sql`excluded.level`,
        parentId: sql`excluded.parent_id`,
        centroidLng: sql`excluded.centroid_lng`,
        centroidLat: sql`excluded.centroid_lat`,
        boundaryRef: sql`excluded.boundary_ref`,
      },
      setWhere: sql`(${units.level}, ${units.parentId}, ${units.centroidLng}, ${units.centroidLat}, ${units.boundaryRef})
        is distinct from (excluded.level, excluded.parent_id, excluded.centroid_lng, excluded.centroid_lat, excluded.boundary_ref)`,
    })
    .returning({ id: units.id });
  return { total: rows.length, changed: changed.length };
}
