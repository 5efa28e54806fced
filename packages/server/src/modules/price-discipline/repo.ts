import { sql } from 'drizzle-orm';
import type { MinimumPrice, PriceViolation } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { rowsOf } from '../classes/repo';
import { visibleAs } from '../policies/repo';

/** Violations of one distributor within this many days of each other make a malicious-quote pattern. */
export const patternWindowDays = 180;
/** How many violations of one distributor inside the window make a pattern (R4 "no malicious quoting"). */
export const patternMinCount = 3;

/**
 * Compares our-model price observations (all, or the given ones) with the minimum price that applies on
 * the day they were seen and records a violation for each below it. The applicable minimum is the most
 * specific valid one: region (the account's unit or any unit above it) and tier (the current tier of the
 * distributor the account buys through) before the general ones, the latest validity first.
 * Returns the number of violations recorded.
 */
export async function scanViolations(db: Db, observationIds?: readonly string[]): Promise<number> {
  const only = observationIds ? (observationIds.length === 0 ? sql`false` : sql`o.id in (${sql.join(observationIds.map((id) => sql`${id}::uuid`), sql`, `)})`) : sql`true`;
  const res = await db.execute(sql`
    insert into price_violations (observation_id, minimum_price_id, account_id, distributor_id, shortfall_fen)
    select o.id, m.id, o.account_id, d.id, m.price_fen - o.price_fen
    from price_observations o
    join accounts a on a.id = o.account_id
    left join accounts d on d.id = coalesce(a.distributor_id, case when a.kind = 'distributor' then a.id end)
    join units u1 on u1.id = a.unit_id
    left join units u2 on u2.id = u1.parent_id
    left join units u3 on u3.id = u2.parent_id
    cross join lateral (
      select mp.id, mp.price_fen from minimum_prices mp
      where mp.model = o.model and mp.valid_from <= o.observed_on and (mp.valid_to is null or mp.valid_to >= o.observed_on)
        and (mp.region_unit_id is null or mp.region_unit_id in (u1.id, u2.id, u3.id))
        and (mp.tier is null or mp.tier = (select t.tier from tier_assessments t where t.account_id = d.id order by t.effective_on desc, t.created_at desc limit 1))
      order by (mp.region_unit_id is not null) desc, (mp.tier is not null) desc, mp.valid_from desc, mp.id
      limit 1
    ) m
    where o.competitor_brand is null and o.price_fen < m.price_fen and ${only}
      and not exists (select 1 from price_violations v where v.observation_id = o.id)
    returning id`);
  return rowsOf<{ id: string }>(res).length;
}

/** Minimum prices, by model and validity. */
export async function listMinimumPrices(db: Db): Promise<MinimumPrice[]> {
  const rows = rowsOf<{ id: string; model: string; tier: MinimumPrice['tier']; region_unit_id: string | null; price_fen: string | number; valid_from: string; valid_to: string | null }>(
    await db.execute(sql`select id, model, tier, region_unit_id, price_fen, valid_from::text as valid_from, valid_to::text as valid_to from minimum_prices order by model, valid_from desc, id`),
  );
  return rows.map((r) => ({ id: r.id, model: r.model, tier: r.tier, regionUnitId: r.region_unit_id, priceFen: Number(r.price_fen), validFrom: r.valid_from, validTo: r.valid_to }));
}

interface ViolationRow {
  id: string;
  observation_id: string;
  account_id: string;
  account_name: string;
  distributor_id: string | null;
  model: string;
  observed_on: string;
  price_fen: string | number;
  minimum_fen: string | number;
  shortfall_fen: string | number;
  observed_by: string | null;
  visit_id: string | null;
  photo_ids: string[] | null;
  near: string | number;
}

/** Violations at the accounts the scope sees, newest first, with evidence and the pattern flag. */
export async function listViolations(db: Db, scope: Scope): Promise<PriceViolation[]> {
  const rows = rowsOf<ViolationRow>(await db.execute(sql`
    select v.id, v.observation_id, v.account_id, a.name as account_name, v.distributor_id, o.model, o.observed_on::text as observed_on,
      o.price_fen, m.price_fen as minimum_fen, v.shortfall_fen, u.display_name as observed_by, o.visit_id,
      array(select p.id::text from visit_photos p where p.visit_id = o.visit_id order by p.created_at, p.id) as photo_ids,
      (select count(*) from price_violations v2 join price_observations o2 on o2.id = v2.observation_id
        where v2.distributor_id = v.distributor_id and abs(o2.observed_on - o.observed_on) <= ${patternWindowDays}) as near
    from price_violations v
    join price_observations o on o.id = v.observation_id
    join minimum_prices m on m.id = v.minimum_price_id
    join accounts a on a.id = v.account_id
    left join users u on u.id = o.created_by
    where ${visibleAs(scope, 'a')}
    order by o.observed_on desc, v.id`));
  return rows.map((r) => ({
    id: r.id,
    observationId: r.observation_id,
    accountId: r.account_id,
    accountName: r.account_name,
    distributorId: r.distributor_id,
    model: r.model,
    observedOn: r.observed_on,
    priceFen: Number(r.price_fen),
    minimumFen: Number(r.minimum_fen),
    shortfallFen: Number(r.shortfall_fen),
    observedBy: r.observed_by,
    visitId: r.visit_id,
    photoIds: r.photo_ids ?? [],
    pattern: r.distributor_id !== null && Number(r.near) >= patternMinCount,
  }));
}
