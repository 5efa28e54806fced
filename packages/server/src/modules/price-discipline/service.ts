import { eq } from 'drizzle-orm';
import type { MinimumPrice, MinimumPriceCreate } from '@qudao/contract';
import { products, units } from '../../db/schema';
import { minimumPrices } from '../../db/schema-channel';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import { scanViolations } from './repo';

/** Sets a minimum selling price (HQ) and checks the observations already recorded against it. */
export async function createMinimumPrice(w: WriteScope, input: MinimumPriceCreate): Promise<Result<MinimumPrice>> {
  const [p] = await w.tx.select({ id: products.id }).from(products).where(eq(products.model, input.model));
  if (!p) return { ok: false, code: 'PRICE.MODEL_UNKNOWN', params: { model: input.model } };
  if (input.regionUnitId) {
    const [u] = await w.tx.select({ id: units.id }).from(units).where(eq(units.id, input.regionUnitId));
    if (!u) return { ok: false, code: 'ACCOUNT.UNIT_INVALID' };
  }
  const [row] = await w.tx
    .insert(minimumPrices)
    .values({ model: input.model, tier: input.tier ?? null, regionUnitId: input.regionUnitId ?? null, priceFen: input.priceFen, validFrom: input.validFrom, validTo: input.validTo ?? null, createdBy: w.ctx.userId, createdAt: w.ctx.now.toISOString() })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await scanViolations(w.tx);
  return { ok: true, value: { id: row.id, model: row.model, tier: row.tier, regionUnitId: row.regionUnitId, priceFen: row.priceFen, validFrom: row.validFrom, validTo: row.validTo } };
}
