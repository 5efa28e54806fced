import { sql } from 'drizzle-orm';
import type { MinimumPriceRow, PriceViolationQuery, PriceViolationRow } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { rowsOf } from '../classes/repo';
import { visibleAs } from '../policies/repo';
import { patternMinCount, patternWindowDays } from './repo';

/** Minimum prices, by model and validity, with the names of their regions. */
export async function listMinimumPrices(db: Db, id?: string): Promise<MinimumPriceRow[]> {
  const rows = rowsOf<{ id: string; model: string; tier: MinimumPriceRow['tier']; region_unit_id: string | null; region_name: string | null; price_fen: string | number; valid_from: string; valid_to: string | null }>(
    await db.execute(sql`select m.id, m.model, m.tier, m.region_unit_id, u.name as region_name, m.price_fen, m.valid_from::text as valid_from, m.valid_to::text as valid_to
      from minimum_prices m left join units u on u.id = m.region_unit_id ${id ? sql`where m.id = ${id}::uuid` : sql``}
      order by m.model, m.region_unit_id nulls first, m.tier nulls first, m.valid_from desc, m.id`),
  );
  return rows.map((r) => ({ id: r.id, model: r.model, tier: r.tier, regionUnitId: r.region_unit_id, regionName: r.region_name, priceFen: Number(r.price_fen), validFrom: r.valid_from, validTo: r.valid_to }));
}

interface ViolationRow {
  id: string;
  observation_id: string;
  account_id: string;
  account_name: string;
  unit_id: string;
  unit_name: string;
  distributor_id: string | null;
  pattern_key: string | null;
  distributor_name: string | null;
  model: string;
  observed_on: string;
  price_fen: string | number;
  minimum_fen: string | number;
  shortfall_fen: string | number;
  observed_by: string | null;
  visit_id: string | null;
  source: string;
  context: string | null;
  photo_ids: string[] | null;
  near: string | number;
}

/** The account lies in the region when its unit or one of the two units above it is the region. */
export function inRegion(unitAlias: string, regionUnitId: string | undefined): ReturnType<typeof sql> {
  if (!regionUnitId) return sql`true`;
  const u = sql.raw(unitAlias);
  return sql`(${u}.id = ${regionUnitId} or ${u}.parent_id = ${regionUnitId} or exists (select 1 from units up where up.id = ${u}.parent_id and up.parent_id = ${regionUnitId}))`;
}

/**
 * Violations at the accounts the scope sees (filtered by region, period and distributor), newest first,
 * with their evidence (who observed, where, when, the visit's photos) and the malicious-quote pattern flag.
 */
export async function listViolations(db: Db, scope: Scope, q: PriceViolationQuery = {}): Promise<PriceViolationRow[]> {
  const rows = rowsOf<ViolationRow>(await db.execute(sql`
    select v.id, v.observation_id, v.account_id, a.name as account_name, un.id as unit_id, un.name as unit_name, d.id as distributor_id, d.name as distributor_name,
      o.model, o.observed_on::text as observed_on, o.price_fen, m.price_fen as minimum_fen, v.shortfall_fen, v.distributor_id as pattern_key, u.display_name as observed_by, o.visit_id,
      o.source, o.context,
      array(select p.id::text from visit_photos p where p.visit_id = o.visit_id order by p.created_at, p.id) as photo_ids,
      (select count(*) from price_violations v2 join price_observations o2 on o2.id = v2.observation_id
        where v2.distributor_id = v.distributor_id and abs(o2.observed_on - o.observed_on) <= ${patternWindowDays}) as near
    from price_violations v
    join price_observations o on o.id = v.observation_id
    join minimum_prices m on m.id = v.minimum_price_id
    join accounts a on a.id = v.account_id
    join units un on un.id = a.unit_id
    left join accounts d on d.id = v.distributor_id and ${visibleAs(scope, 'd')}
    left join users u on u.id = o.created_by
    where ${visibleAs(scope, 'a')} and ${inRegion('un', q.regionUnitId)}
      ${q.from ? sql`and o.observed_on >= ${q.from}::date` : sql``} ${q.to ? sql`and o.observed_on <= ${q.to}::date` : sql``}
      ${q.distributorId ? sql`and d.id = ${q.distributorId}::uuid` : sql``}
    order by o.observed_on desc, v.id limit 2000`));
  return rows.map((r) => ({
    id: r.id,
    observationId: r.observation_id,
    accountId: r.account_id,
    accountName: r.account_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    // The distributor (who undercut) is named only when the caller sees its account.
    distributorId: r.distributor_id,
    distributorName: r.distributor_name,
    model: r.model,
    observedOn: r.observed_on,
    priceFen: Number(r.price_fen),
    minimumFen: Number(r.minimum_fen),
    shortfallFen: Number(r.shortfall_fen),
    observedBy: r.observed_by,
    visitId: r.visit_id,
    source: r.source,
    context: r.context,
    photoIds: r.photo_ids ?? [],
    pattern: r.pattern_key !== null && Number(r.near) >= patternMinCount,
  }));
}
