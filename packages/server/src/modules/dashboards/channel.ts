import { sql } from 'drizzle-orm';
import { caseVisible } from '../dumping/repo';
import { targetedSql } from '../policies/repo';
import type { DashboardContext } from './filters';
import { drillRows, rows, seriesOf, type DashboardDef } from './kinds';

// Price discipline and policies (R4, R2.3): violations of the minimum price per month, dumping (窜货)
// cases per status, and how far each released policy has reached the distributors.

/** Violations observed at the accounts of the filters per month of observation, with the summed shortfall. */
export const violationsDashboard: DashboardDef = {
  series: ['violations', 'shortfallFen'],
  async compute(ctx) {
    const list = await rows<{ month: string; n: string; shortfall: string }>(ctx, sql`
      with acc as (${ctx.accounts})
      select to_char(o.observed_on, 'YYYY-MM') as month, count(*) as n, sum(v.shortfall_fen) as shortfall
      from price_violations v join price_observations o on o.id = v.observation_id join acc on acc.id = v.account_id
      where o.observed_on >= ${ctx.fromDate}::date and o.observed_on < ${ctx.endDate}::date group by 1`);
    const byMonth = new Map(list.map((r) => [r.month, r]));
    return {
      categories: ctx.months.map((key) => ({ key })),
      series: seriesOf(ctx.months, this.series, (m, key) => Number((key === 'violations' ? byMonth.get(m)?.n : byMonth.get(m)?.shortfall) ?? 0)),
    };
  },
  async drill(ctx, month, series) {
    return drillRows(await rows(ctx, sql`
      with acc as (${ctx.accounts})
      select v.account_id, ${series === 'shortfallFen' ? sql`sum(v.shortfall_fen)` : sql`count(*)`} as value
      from price_violations v join price_observations o on o.id = v.observation_id join acc on acc.id = v.account_id
      where to_char(o.observed_on, 'YYYY-MM') = ${month} and o.observed_on >= ${ctx.fromDate}::date and o.observed_on < ${ctx.endDate}::date group by 1`));
  },
};

const caseStatuses = ['investigating', 'confirmed', 'dismissed', 'actioned'] as const;

// Cases the caller may see (dumping/repo's rule) opened in the period where the machine was found at, or
// sold to, an account of the filters; `account_id` is that account (the found-at one when both are).
const casesSql = (ctx: DashboardContext) => sql`
  with acc as (${ctx.accounts})
  select c.status, coalesce((select acc.id from acc where acc.id = a.found_at_account_id), (select acc.id from acc where acc.id = a.sold_to_account_id)) as account_id
  from dumping_cases c join cross_territory_alerts a on a.id = c.alert_id
  where ${caseVisible(ctx.scope)} and c.created_at >= ${ctx.fromDate}::date and c.created_at < ${ctx.endDate}::date
    and (a.found_at_account_id in (select id from acc) or a.sold_to_account_id in (select id from acc))`;

/** Dumping cases opened in the period per status. */
export const dumpingDashboard: DashboardDef = {
  series: ['cases'],
  async compute(ctx) {
    const list = await rows<{ status: string; account_id: string }>(ctx, casesSql(ctx));
    return { categories: caseStatuses.map((key) => ({ key })), series: seriesOf(caseStatuses, this.series, (s) => list.filter((c) => c.status === s).length) };
  },
  async drill(ctx, status) {
    const counts = new Map<string, number>();
    for (const c of await rows<{ status: string; account_id: string }>(ctx, casesSql(ctx))) if (c.status === status) counts.set(c.account_id, (counts.get(c.account_id) ?? 0) + 1);
    return drillRows([...counts].map(([account_id, value]) => ({ account_id, value })));
  },
};

/** Per released policy: the open distributors of the filters that it is for (its tiers and regions), and how many had it delivered by the end of the period. */
export const policiesDashboard: DashboardDef = {
  series: ['distributors', 'delivered', 'notDelivered'],
  async compute(ctx) {
    const list = await rows<{ id: string; title: string; distributors: string; delivered: string }>(ctx, sql`
      with acc as (${ctx.accounts}), dist as (select id, unit_id from acc where acc.kind = 'distributor' and acc.status <> 'closed')
      select p.id, p.title, (select count(*) from dist where ${targetedSql('p', 'dist')}) as distributors,
        (select count(*) from policy_deliveries d join dist on dist.id = d.account_id
          where d.policy_id = p.id and d.delivered_on < ${ctx.endDate}::date and ${targetedSql('p', 'dist')}) as delivered
      from policies p where p.status = 'released' order by p.released_at, p.id`);
    const keys = list.map((p) => p.id);
    const byId = new Map(list.map((p) => [p.id, p]));
    return {
      categories: list.map((p) => ({ key: p.id, label: p.title })),
      series: seriesOf(keys, this.series, (id, key) => {
        const p = byId.get(id)!;
        const [n, d] = [Number(p.distributors), Number(p.delivered)];
        return key === 'distributors' ? n : key === 'delivered' ? d : n - d;
      }),
    };
  },
  async drill(ctx, policyId, series) {
    if (!/^[0-9a-f-]{36}$/i.test(policyId)) return [];
    const delivered = sql`exists (select 1 from policy_deliveries d where d.policy_id = ${policyId}::uuid and d.account_id = acc.id and d.delivered_on < ${ctx.endDate}::date)`;
    const cond = series === 'delivered' ? delivered : series === 'notDelivered' ? sql`not ${delivered}` : sql`true`;
    return drillRows(await rows(ctx, sql`
      with acc as (${ctx.accounts})
      select acc.id as account_id, null as value from acc
      where acc.kind = 'distributor' and acc.status <> 'closed' and exists (select 1 from policies p where p.id = ${policyId}::uuid and p.status = 'released' and ${targetedSql('p', 'acc')}) and ${cond}`));
  },
};
