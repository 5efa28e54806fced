import { eq } from 'drizzle-orm';
import type { Product, ProductCreate, ProductPatch } from '@qudao/contract';
import { recordChanges } from '../../audit/record';
import { products } from '../../db/schema';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import { getProduct, productLineExists, type ProductRow } from './repo';

/** Fields of a product whose changes the audit log records. */
export const productAuditFields = ['model', 'name', 'lineId', 'listPriceFen', 'active'] as const;

function auditView(row: ProductRow): Record<string, unknown> {
  return Object.fromEntries(productAuditFields.map((f) => [f, row[f]]));
}

/** Adds a product (HQ). Fails with PRODUCT.LINE_INVALID or CONFLICT.DUPLICATE (model taken). */
export async function createProduct({ tx, ctx }: WriteScope, input: ProductCreate): Promise<Result<Product>> {
  if (!(await productLineExists(tx, input.lineId))) return { ok: false, code: 'PRODUCT.LINE_INVALID' };
  const at = ctx.now.toISOString();
  const [row] = await tx.insert(products).values({ ...input, createdAt: at, updatedAt: at }).returning();
  if (!row) throw new Error('insert returned no row');
  await recordChanges(tx, ctx, { entity: 'product', entityId: row.id, fields: productAuditFields, before: null, after: auditView(row) });
  const created = await getProduct(tx, row.id);
  return created ? { ok: true, value: created } : { ok: false, code: 'NOT_FOUND' };
}

/** Changes a product (HQ); NOT_FOUND when missing, PRODUCT.LINE_INVALID for an unknown line. */
export async function updateProduct({ tx, ctx }: WriteScope, id: string, patch: ProductPatch): Promise<Result<Product>> {
  const [before] = await tx.select().from(products).where(eq(products.id, id)).for('update');
  if (!before) return { ok: false, code: 'NOT_FOUND' };
  if (patch.lineId !== undefined && patch.lineId !== before.lineId && !(await productLineExists(tx, patch.lineId))) {
    return { ok: false, code: 'PRODUCT.LINE_INVALID' };
  }
  const [after] = await tx.update(products).set({ ...patch, updatedAt: ctx.now.toISOString() }).where(eq(products.id, id)).returning();
  if (!after) return { ok: false, code: 'NOT_FOUND' };
  await recordChanges(tx, ctx, { entity: 'product', entityId: id, fields: productAuditFields, before: auditView(before), after: auditView(after) });
  const updated = await getProduct(tx, id);
  return updated ? { ok: true, value: updated } : { ok: false, code: 'NOT_FOUND' };
}
