import { and, eq, ne, sql } from 'drizzle-orm';
import type { MinimumPriceCreate, MinimumPricePatch, MinimumPriceRow, PriceObservation, PriceObservationCreate } from '@qudao/contract';
import { accountIdVisible } from '../../access/visibility';
import { auditLog, products, units } from '../../db/schema';
import { minimumPrices, priceViolations } from '../../db/schema-channel';
import { priceObservations } from '../../db/schema-visits';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import { rowsOf } from '../classes/repo';
import { listMinimumPrices } from './list';
import { scanViolations } from './repo';

type Key = { model: string; tier: string | null; regionUnitId: string | null };

/** Another minimum price of the same model, tier and region whose validity overlaps [from, to]; to null = open-ended. */
async function overlapping(w: WriteScope, key: Key, from: string, to: string | null, exceptId?: string) {
  const [hit] = await w.tx
    .select({ validFrom: minimumPrices.validFrom, validTo: minimumPrices.validTo })
    .from(minimumPrices)
    .where(and(
      eq(minimumPrices.model, key.model),
      key.tier === null ? sql`${minimumPrices.tier} is null` : eq(minimumPrices.tier, key.tier as 'A'),
      key.regionUnitId === null ? sql`${minimumPrices.regionUnitId} is null` : eq(minimumPrices.regionUnitId, key.regionUnitId),
      exceptId ? ne(minimumPrices.id, exceptId) : sql`true`,
      sql`${minimumPrices.validFrom} <= coalesce(${to}::date, 'infinity'::date) and coalesce(${minimumPrices.validTo}, 'infinity'::date) >= ${from}::date`,
    ))
    .limit(1);
  return hit;
}

const overlapError = (hit: { validFrom: string; validTo: string | null }) => ({ ok: false as const, code: 'PRICE.OVERLAP' as const, params: { from: hit.validFrom, to: hit.validTo ?? '∞' } });

/** Sets a minimum selling price (HQ) and checks the observations already recorded against it. */
export async function createMinimumPrice(w: WriteScope, input: MinimumPriceCreate): Promise<Result<MinimumPriceRow>> {
  const [p] = await w.tx.select({ id: products.id }).from(products).where(eq(products.model, input.model));
  if (!p) return { ok: false, code: 'PRICE.MODEL_UNKNOWN', params: { model: input.model } };
  if (input.regionUnitId) {
    const [u] = await w.tx.select({ id: units.id }).from(units).where(eq(units.id, input.regionUnitId));
    if (!u) return { ok: false, code: 'ACCOUNT.UNIT_INVALID' };
  }
  const key = { model: input.model, tier: input.tier ?? null, regionUnitId: input.regionUnitId ?? null };
  // One price per model, tier and region on any day: overlapping validity would make the minimum ambiguous.
  const hit = await overlapping(w, key, input.validFrom, input.validTo ?? null);
  if (hit) return overlapError(hit);
  const [row] = await w.tx
    .insert(minimumPrices)
    .values({ ...key, tier: input.tier ?? null, priceFen: input.priceFen, validFrom: input.validFrom, validTo: input.validTo ?? null, createdBy: w.ctx.userId, createdAt: w.ctx.now.toISOString() })
    .returning({ id: minimumPrices.id });
  if (!row) throw new Error('insert returned no row');
  await w.tx.insert(auditLog).values({ at: w.ctx.now.toISOString(), userId: w.ctx.userId, entity: 'minimum_price', entityId: row.id, field: 'created', oldValue: null, newValue: { ...key, priceFen: input.priceFen, validFrom: input.validFrom, validTo: input.validTo ?? null }, source: w.ctx.source });
  await scanViolations(w.tx);
  const [out] = await listMinimumPrices(w.tx, row.id);
  return { ok: true, value: out! };
}

/**
 * Changes a minimum price's amount or last valid day (HQ), audited. The violations it gave are recomputed:
 * they are dropped and every observation is compared again, so a lowered or ended price clears them.
 */
export async function patchMinimumPrice(w: WriteScope, id: string, input: MinimumPricePatch): Promise<Result<MinimumPriceRow>> {
  const [row] = await w.tx.select().from(minimumPrices).where(eq(minimumPrices.id, id)).for('update');
  if (!row) return { ok: false, code: 'NOT_FOUND' };
  const validTo = input.validTo === undefined ? row.validTo : input.validTo;
  if (validTo !== null && validTo < row.validFrom) return { ok: false, code: 'REQUEST.INVALID', params: { summary: 'validTo < validFrom' } };
  const hit = await overlapping(w, row, row.validFrom, validTo, id);
  if (hit) return overlapError(hit);
  const priceFen = input.priceFen ?? row.priceFen;
  await w.tx.update(minimumPrices).set({ priceFen, validTo }).where(eq(minimumPrices.id, id));
  const at = w.ctx.now.toISOString();
  const changes = [['priceFen', row.priceFen, priceFen], ['validTo', row.validTo, validTo]].filter(([, a, b]) => a !== b);
  if (changes.length > 0) {
    await w.tx.insert(auditLog).values(changes.map(([field, oldValue, newValue]) => ({ at, userId: w.ctx.userId, entity: 'minimum_price', entityId: id, field: String(field), oldValue, newValue, source: w.ctx.source })));
    await w.tx.delete(priceViolations).where(eq(priceViolations.minimumPriceId, id));
    await scanViolations(w.tx);
  }
  const [out] = await listMinimumPrices(w.tx, id);
  return { ok: true, value: out! };
}

/** Records a price seen outside a visit at a visible account; our model below its minimum becomes a violation at once. */
export async function createObservation(w: WriteScope, input: PriceObservationCreate): Promise<Result<PriceObservation>> {
  const [seen] = rowsOf(await w.tx.execute(sql`select 1 as one from accounts where id = ${input.accountId}::uuid and ${accountIdVisible(w.scope, input.accountId)}`));
  if (!seen) return { ok: false, code: 'NOT_FOUND' };
  if (!input.competitorBrand) {
    const [p] = await w.tx.select({ id: products.id }).from(products).where(eq(products.model, input.model));
    if (!p) return { ok: false, code: 'PRICE.MODEL_UNKNOWN', params: { model: input.model } };
  }
  const [obs] = await w.tx
    .insert(priceObservations)
    .values({ accountId: input.accountId, observedOn: input.observedOn, competitorBrand: input.competitorBrand ?? null, model: input.model, priceFen: input.priceFen, context: input.context ?? null, source: input.source, createdBy: w.scope.userId, createdAt: w.ctx.now.toISOString() })
    .returning();
  if (!obs) throw new Error('insert returned no row');
  await scanViolations(w.tx, [obs.id]);
  const [v] = await w.tx.select({ id: priceViolations.id }).from(priceViolations).where(eq(priceViolations.observationId, obs.id));
  return { ok: true, value: { id: obs.id, accountId: obs.accountId, observedOn: obs.observedOn, competitorBrand: obs.competitorBrand, model: obs.model, priceFen: obs.priceFen, violationId: v?.id ?? null } };
}
