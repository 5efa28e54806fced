import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Unit, unitListQuery } from '@qudao/contract';
import type { z } from 'zod';
import type { Db } from '../../db/connect';
import { units } from '../../db/schema';

const columns = {
  id: units.id, name: units.name, level: units.level, parentId: units.parentId,
  centroidLng: units.centroidLng, centroidLat: units.centroidLat, boundaryRef: units.boundaryRef,
};

/** Units are public geography, not customer data: every signed-in user may list all of them. */
export async function listUnits(db: Db, q: z.infer<typeof unitListQuery>): Promise<{ items: Unit[]; total: number }> {
  const filters: SQL[] = [];
  if (q.level) filters.push(eq(units.level, q.level));
  if (q.parentId) filters.push(eq(units.parentId, q.parentId));
  if (q.q) {
    const pattern = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(or(ilike(units.name, pattern), ilike(units.id, pattern))!);
  }
  const where = filters.length > 0 ? and(...filters) : undefined;
  const order = q.order === 'desc' ? desc : asc;
  const [items, [count]] = await Promise.all([
    db.select(columns).from(units).where(where).orderBy(order(units[q.sort]), asc(units.id)).limit(q.pageSize).offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(units).where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}

/** One unit by id, or undefined. */
export async function getUnit(db: Db, id: string): Promise<Unit | undefined> {
  const [row] = await db.select(columns).from(units).where(eq(units.id, id));
  return row;
}
