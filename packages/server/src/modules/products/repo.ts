import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Product, ProductLine } from '@qudao/contract';
import type { Db } from '../../db/connect';
import { productLines, products } from '../../db/schema';
import { escapeLike } from '../users/repo';

/** A raw products row. */
export type ProductRow = typeof products.$inferSelect;

const sortColumns = { model: products.model, name: products.name, listPriceFen: products.listPriceFen };

/** Products with their line name, searched by model or name, paged. Products are not scoped. */
export async function listProducts(
  db: Db,
  q: { q?: string; lineId?: string; sort: keyof typeof sortColumns; order: 'asc' | 'desc'; page: number; pageSize: number },
): Promise<{ items: Product[]; total: number }> {
  const conds: SQL[] = [];
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    conds.push(or(ilike(products.model, like), ilike(products.name, like))!);
  }
  if (q.lineId) conds.push(eq(products.lineId, q.lineId));
  const where = conds.length ? and(...conds) : undefined;
  const dir = q.order === 'desc' ? desc : asc;
  const rows = await db
    .select({ p: products, lineName: productLines.name })
    .from(products)
    .leftJoin(productLines, eq(productLines.id, products.lineId))
    .where(where)
    .orderBy(dir(sortColumns[q.sort]), asc(products.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(products).where(where);
  return { items: rows.map((r) => toProduct(r.p, r.lineName)), total: count?.n ?? 0 };
}

/** One product with its line name. */
export async function getProduct(db: Db, id: string): Promise<Product | undefined> {
  const [row] = await db.select({ p: products, lineName: productLines.name }).from(products).leftJoin(productLines, eq(productLines.id, products.lineId)).where(eq(products.id, id));
  return row ? toProduct(row.p, row.lineName) : undefined;
}

/** Every product line, by id. */
export async function listProductLines(db: Db): Promise<ProductLine[]> {
  return db.select().from(productLines).orderBy(productLines.id);
}

/** True when the product line exists. */
export async function productLineExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: productLines.id }).from(productLines).where(eq(productLines.id, id));
  return Boolean(row);
}

/** The API view of a product row. */
export function toProduct(p: ProductRow, lineName: string | null): Product {
  return { id: p.id, model: p.model, name: p.name, lineId: p.lineId, lineName, listPriceFen: Number(p.listPriceFen), active: p.active };
}
