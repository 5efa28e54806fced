import { sql } from 'drizzle-orm';
import type { CompetitorIntel, CompetitorIntelQuery, CompetitorShares } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { rowsOf } from '../classes/repo';
import { visibleAs } from '../policies/repo';
import { inRegion } from '../price-discipline/list';

/**
 * Competitor intelligence over the accounts the scope sees (R4, R5.3): competitors' observed prices per
 * brand, model and month; won and lost orders per competitor with their reasons; our list prices against
 * the prices observed for our models.
 */
export async function competitorIntel(db: Db, scope: Scope, q: CompetitorIntelQuery = {}): Promise<CompetitorIntel> {
  // The region and period filters (over the account's unit and the day observed or decided).
  const where = (alias: string, day: string) => sql`${visibleAs(scope, alias)} and exists (select 1 from units un where un.id = ${sql.raw(alias)}.unit_id and ${inRegion('un', q.regionUnitId)})
    ${q.from ? sql`and ${sql.raw(day)} >= ${q.from}::date` : sql``} ${q.to ? sql`and ${sql.raw(day)} <= ${q.to}::date` : sql``}`;
  const prices = rowsOf<{ brand: string; model: string; month: string; n: number | string; avg: number | string; min: number | string }>(await db.execute(sql`
    select o.competitor_brand as brand, o.model, to_char(o.observed_on, 'YYYY-MM') as month, count(*) as n, round(avg(o.price_fen)) as avg, min(o.price_fen) as min
    from price_observations o join accounts a on a.id = o.account_id
    where o.competitor_brand is not null and ${where('a', 'o.observed_on')}
    group by 1, 2, 3 order by 1, 2, 3`));
  const orders = rowsOf<{ brand: string | null; won: number | string; lost: number | string; reasons: string[] | null }>(await db.execute(sql`
    select r.competitor_brand as brand, count(*) filter (where r.outcome = 'won') as won, count(*) filter (where r.outcome = 'lost') as lost,
      (array_agg(distinct r.reason) filter (where r.reason is not null))[1:5] as reasons
    from order_outcomes r join accounts a on a.id = r.account_id
    where ${where('a', 'r.date')} group by 1 order by 1 nulls last`));
  const ours = rowsOf<{ model: string; list: number | string; n: number | string; avg: number | string | null }>(await db.execute(sql`
    select p.model, p.list_price_fen as list, count(o.id) as n, round(avg(o.price_fen)) as avg
    from products p left join (price_observations o join accounts a on a.id = o.account_id and ${where('a', 'o.observed_on')})
      on o.model = p.model and o.competitor_brand is null
    group by p.model, p.list_price_fen order by p.model`));
  return {
    competitorPrices: prices.map((r) => ({ brand: r.brand, model: r.model, month: r.month, observations: Number(r.n), avgPriceFen: Number(r.avg), minPriceFen: Number(r.min) })),
    orders: orders.map((r) => ({ brand: r.brand, won: Number(r.won), lost: Number(r.lost), reasons: r.reasons ?? [] })),
    ourModels: ours.map((r) => ({ model: r.model, listPriceFen: Number(r.list), observations: Number(r.n), avgObservedFen: r.avg === null ? null : Number(r.avg) })),
  };
}

/**
 * Share of business at each visible account (its latest estimate within the period) with the competitors
 * named there, and per province and brand the average share over the accounts that have an estimate (R5.3).
 */
export async function competitorShares(db: Db, scope: Scope, q: CompetitorIntelQuery = {}): Promise<CompetitorShares> {
  const rows = rowsOf<{ account_id: string; name: string; region_name: string; date: string; our: number | string; competitors: unknown }>(await db.execute(sql`
    select distinct on (s.account_id) s.account_id, a.name, coalesce(p.name, un.name) as region_name, s.date::text as date, s.our_share_pct as our, s.competitor_shares as competitors
    from share_estimates s join accounts a on a.id = s.account_id join units un on un.id = a.unit_id
    left join units p on p.level = 'province' and p.id in (un.id, un.parent_id, (select g.parent_id from units g where g.id = un.parent_id))
    where ${visibleAs(scope, 'a')} and ${inRegion('un', q.regionUnitId)}
      ${q.from ? sql`and s.date >= ${q.from}::date` : sql``} ${q.to ? sql`and s.date <= ${q.to}::date` : sql``}
    order by s.account_id, s.date desc, s.created_at desc`));
  const accounts = rows.map((r) => ({
    accountId: r.account_id, name: r.name, regionName: r.region_name, date: r.date, ourSharePct: Math.round(Number(r.our) * 10) / 10,
    competitors: (Array.isArray(r.competitors) ? r.competitors : [])
      .map((c: Record<string, unknown>) => ({ competitor: String(c.brand ?? c.competitor ?? ''), sharePct: Math.round(Number(c.sharePct) * 10) / 10 }))
      .filter((c) => c.competitor !== '' && Number.isFinite(c.sharePct)),
  }));
  const sums = new Map<string, { regionName: string; brand: string; total: number; n: number }>();
  const add = (regionName: string, brand: string, pct: number) => {
    const k = `${regionName}|${brand}`;
    const e = sums.get(k) ?? { regionName, brand, total: 0, n: 0 };
    e.total += pct;
    e.n += 1;
    sums.set(k, e);
  };
  for (const a of accounts) {
    add(a.regionName, '', a.ourSharePct);
    for (const c of a.competitors) add(a.regionName, c.competitor, c.sharePct);
  }
  // Brand '' is our own share; a brand absent at an account counts as 0 there, so averages are over all accounts of the region.
  const perRegion = new Map<string, number>();
  for (const a of accounts) perRegion.set(a.regionName, (perRegion.get(a.regionName) ?? 0) + 1);
  const regions = [...sums.values()]
    .map((e) => ({ regionName: e.regionName, brand: e.brand, avgSharePct: Math.round((e.total / (perRegion.get(e.regionName) ?? 1)) * 10) / 10, accounts: e.n }))
    .sort((x, y) => x.regionName.localeCompare(y.regionName) || y.avgSharePct - x.avgSharePct);
  return { accounts, regions };
}
