import { sql } from 'drizzle-orm';
import type { CompetitorIntel } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { rowsOf } from '../classes/repo';
import { visibleAs } from '../policies/repo';

/**
 * Competitor intelligence over the accounts the scope sees (R4, R5.3): competitors' observed prices per
 * brand, model and month; won and lost orders per competitor with their reasons; our list prices against
 * the prices observed for our models.
 */
export async function competitorIntel(db: Db, scope: Scope): Promise<CompetitorIntel> {
  const prices = rowsOf<{ brand: string; model: string; month: string; n: number | string; avg: number | string; min: number | string }>(await db.execute(sql`
    select o.competitor_brand as brand, o.model, to_char(o.observed_on, 'YYYY-MM') as month, count(*) as n, round(avg(o.price_fen)) as avg, min(o.price_fen) as min
    from price_observations o join accounts a on a.id = o.account_id
    where o.competitor_brand is not null and ${visibleAs(scope, 'a')}
    group by 1, 2, 3 order by 1, 2, 3`));
  const orders = rowsOf<{ brand: string | null; won: number | string; lost: number | string; reasons: string[] | null }>(await db.execute(sql`
    select r.competitor_brand as brand, count(*) filter (where r.outcome = 'won') as won, count(*) filter (where r.outcome = 'lost') as lost,
      (array_agg(distinct r.reason) filter (where r.reason is not null))[1:5] as reasons
    from order_outcomes r join accounts a on a.id = r.account_id
    where ${visibleAs(scope, 'a')} group by 1 order by 1 nulls last`));
  const ours = rowsOf<{ model: string; list: number | string; n: number | string; avg: number | string | null }>(await db.execute(sql`
    select p.model, p.list_price_fen as list, count(o.id) as n, round(avg(o.price_fen)) as avg
    from products p left join (price_observations o join accounts a on a.id = o.account_id and ${visibleAs(scope, 'a')})
      on o.model = p.model and o.competitor_brand is null
    group by p.model, p.list_price_fen order by p.model`));
  return {
    competitorPrices: prices.map((r) => ({ brand: r.brand, model: r.model, month: r.month, observations: Number(r.n), avgPriceFen: Number(r.avg), minPriceFen: Number(r.min) })),
    orders: orders.map((r) => ({ brand: r.brand, won: Number(r.won), lost: Number(r.lost), reasons: r.reasons ?? [] })),
    ourModels: ours.map((r) => ({ model: r.model, listPriceFen: Number(r.list), observations: Number(r.n), avgObservedFen: r.avg === null ? null : Number(r.avg) })),
  };
}
