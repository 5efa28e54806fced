import { sql } from 'drizzle-orm';
import { distributorTiers, summariseTierMigration, type DistributorTier } from '@qudao/domain';
import type { DashboardContext } from './filters';
import { drillRows, rows, seriesOf, type DashboardDef } from './kinds';

// Distributor tiers (R6): how many distributors are in each tier at the start and the end of the period,
// and where those at the end came from (the domain's migration report over the tier history).

async function migration(ctx: DashboardContext) {
  const history = await rows<{ account_id: string; tier: DistributorTier; effective_on: string }>(ctx, sql`
    with acc as (${ctx.accounts})
    select t.account_id, t.tier, t.effective_on::text as effective_on from tier_assessments t join acc on acc.id = t.account_id
    where acc.kind = 'distributor' and acc.status <> 'closed' and t.effective_on < ${ctx.endDate}::date order by t.effective_on, t.created_at, t.id`);
  const lastDay = new Date(Date.parse(`${ctx.endDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  // In force at the start = in force on the day before the period begins.
  const before = new Date(Date.parse(`${ctx.fromDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return summariseTierMigration(history.map((h) => ({ accountId: h.account_id, label: h.tier, effectiveOn: h.effective_on })), before, lastDay);
}

const fromKey = (t: DistributorTier | null) => `from_${t ?? 'none'}`;

/** Per tier: distributors at the start and at the end of the period, and per tier at the end the tier each came from. */
export const tiersDashboard: DashboardDef = {
  series: ['atStart', 'atEnd', ...[...distributorTiers, null].map(fromKey)],
  async compute(ctx) {
    const pairs = await migration(ctx);
    return {
      categories: distributorTiers.map((key) => ({ key })),
      series: seriesOf(distributorTiers, this.series, (tier, key) => {
        if (key === 'atStart') return pairs.filter((p) => p.from === tier).reduce((n, p) => n + p.count, 0);
        if (key === 'atEnd') return pairs.filter((p) => p.to === tier).reduce((n, p) => n + p.count, 0);
        return pairs.filter((p) => p.to === tier && fromKey(p.from) === key).reduce((n, p) => n + p.count, 0);
      }),
    };
  },
  async drill(ctx, tier, series) {
    const pairs = await migration(ctx);
    const picked = series === 'atStart' ? pairs.filter((p) => p.from === tier) : series === 'atEnd' ? pairs.filter((p) => p.to === tier) : pairs.filter((p) => p.to === tier && fromKey(p.from) === series);
    return drillRows(picked.flatMap((p) => p.accountIds.map((id) => ({ account_id: id, value: null }))));
  },
};
