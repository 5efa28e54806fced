import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connect';
import { rowsOf } from '../classes/repo';

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

