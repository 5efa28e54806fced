import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { computeAdjacencyFromPolygons, projectLngLatToLocalM } from '@qudao/solver';
import type { UnitAdjacencyPair } from '@qudao/contract';
import type { Db } from '../../db/connect';
import { units } from '../../db/schema';
import { unitAdjacency } from '../../db/schema-territories';
import type { Result } from '../../http/errors';
import { seededShapes, type UnitShape } from './unit-shapes';

/**
 * Prefecture maps from different province files do not share exact vertices; 500 m finds every land
 * border of the seeded prefectures (only enclaves and islands stay alone) without joining units that
 * merely come close.
 */
export const adjacencyToleranceM = 500;

/** Pairs (a < b in code-unit order) of shapes that share a boundary, with the border length in metres. */
export function computePairs(shapes: ReadonlyMap<string, UnitShape>): { a: string; b: string; borderM: number | null }[] {
  const ids = [...shapes.keys()];
  if (ids.length < 2) return [];
  // One plane for all: a 500 m tolerance only needs the right order of magnitude far from the origin.
  const all = ids.flatMap((id) => shapes.get(id)!.mainRing);
  const origin: [number, number] = [all.reduce((s, p) => s + p[0], 0) / all.length, all.reduce((s, p) => s + p[1], 0) / all.length];
  const rings = ids.map((id) => projectLngLatToLocalM(shapes.get(id)!.mainRing, origin).map((p) => [p.xM, p.yM] as const));
  return computeAdjacencyFromPolygons(rings, { toleranceM: adjacencyToleranceM }).map((e) => {
    const [a, b] = ordered(ids[e.a]!, ids[e.b]!);
    return { a, b, borderM: e.borderM ?? null };
  });
}

/** A pair in the stored order. */
export function ordered(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

/** Stores computed pairs; keeps rows HQ changed (manual pairs and removals). Returns the number of new rows. */
export async function storeComputedPairs(db: Db, pairs: readonly { a: string; b: string; borderM: number | null }[]): Promise<number> {
  let added = 0;
  for (let i = 0; i < pairs.length; i += 500) {
    const rows = await db
      .insert(unitAdjacency)
      .values(pairs.slice(i, i + 500).map((p) => ({ unitA: p.a, unitB: p.b, borderM: p.borderM, source: 'computed' as const })))
      .onConflictDoNothing()
      .returning({ a: unitAdjacency.unitA });
    added += rows.length;
  }
  return added;
}

/** Computes the seeded prefectures' adjacency once (when none is stored yet); idempotent. */
export async function ensureSeededAdjacency(db: Db): Promise<void> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(unitAdjacency).where(eq(unitAdjacency.source, 'computed'));
  if ((row?.n ?? 0) > 0) return;
  const present = new Set((await db.select({ id: units.id }).from(units).where(eq(units.level, 'prefecture'))).map((u) => u.id));
  const shapes = new Map([...seededShapes()].filter(([id]) => present.has(id)));
  await storeComputedPairs(db, computePairs(shapes));
}

/** The neighbour pairs in force (not removed), optionally only those touching `unitIds`. */
export async function listAdjacency(db: Db, unitIds?: readonly string[]): Promise<UnitAdjacencyPair[]> {
  const touching = unitIds ? or(inArray(unitAdjacency.unitA, [...unitIds]), inArray(unitAdjacency.unitB, [...unitIds])) : undefined;
  if (unitIds && unitIds.length === 0) return [];
  const rows = await db.select().from(unitAdjacency).where(and(eq(unitAdjacency.removed, false), touching));
  return rows.map((r) => ({ unitA: r.unitA, unitB: r.unitB, borderKm: r.borderM === null ? null : r.borderM / 1000, source: r.source }));
}

/** HQ adds (`removed = false`) or removes a neighbour pair; both units must exist and differ. */
export async function setPair(db: Db, x: string, y: string, removed: boolean, now: Date): Promise<Result<UnitAdjacencyPair>> {
  if (x === y) return { ok: false, code: 'UNITS.ADJACENCY_INVALID', params: { reason: 'a unit cannot neighbour itself' } };
  const [a, b] = ordered(x, y);
  const found = await db.select({ id: units.id }).from(units).where(inArray(units.id, [a, b]));
  if (found.length < 2) return { ok: false, code: 'UNITS.ADJACENCY_INVALID', params: { reason: `unknown unit ${found.some((f) => f.id === a) ? b : a}` } };
  const at = now.toISOString();
  const [row] = await db
    .insert(unitAdjacency)
    .values({ unitA: a, unitB: b, source: 'manual', removed, updatedAt: at })
    .onConflictDoUpdate({ target: [unitAdjacency.unitA, unitAdjacency.unitB], set: { removed, source: 'manual', updatedAt: at } })
    .returning();
  return { ok: true, value: { unitA: row!.unitA, unitB: row!.unitB, borderKm: row!.borderM === null ? null : row!.borderM / 1000, source: row!.source } };
}
