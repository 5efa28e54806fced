import { sql } from 'drizzle-orm';
import { pickCurrentShare, type ShareObservation } from '@qudao/domain';
import { addMonths, type DashboardContext } from './filters';
import { drillRows, round1, rows, seriesOf, type DashboardDef } from './kinds';

// Sales against target and last year (R3.1 q3 at the scale of a team), and our share of the accounts'
// business over time (R3.2, R6).

const monthEnd = (m: string) => `${addMonths(m, 1)}-01`;

/** Sales, target and the same month a year earlier per month of the period, in fen. */
export const salesDashboard: DashboardDef = {
  series: ['salesFen', 'targetFen', 'lastYearFen'],
  async compute(ctx) {
    const lastYearFrom = `${addMonths(ctx.from, -12)}-01`;
    // From the monthly summary per account (sales_monthly, kept by triggers on sales_lines): both years in
    // one pass, last year's months read shifted by twelve. HQ without filters needs no join with accounts.
    const range = sql`sm.month >= ${lastYearFrom}::date and sm.month < ${ctx.endDate}::date`;
    const sales = await rows<{ month: string; sales: string }>(ctx, ctx.everyone
      ? sql`select to_char(sm.month, 'YYYY-MM') as month, sum(sm.amount_fen) as sales from sales_monthly sm where ${range} group by sm.month`
      : sql`with acc as (${ctx.accounts})
        select to_char(sm.month, 'YYYY-MM') as month, sum(sm.amount_fen) as sales from sales_monthly sm join acc on acc.id = sm.account_id where ${range} group by sm.month`);
    const targets = await rows<{ month: string; target: string }>(ctx, ctx.everyone
      ? sql`select t.month, sum(t.amount_fen) as target from sales_targets t where t.month between ${ctx.from} and ${ctx.to} group by 1`
      : sql`with acc as (${ctx.accounts})
        select t.month, sum(t.amount_fen) as target from sales_targets t join acc on acc.id = t.account_id
        where t.month between ${ctx.from} and ${ctx.to} group by 1`);
    const byMonth = new Map(sales.map((r) => [r.month, Number(r.sales)]));
    const targetOf = new Map(targets.map((r) => [r.month, Number(r.target)]));
    return {
      categories: ctx.months.map((key) => ({ key })),
      series: seriesOf(ctx.months, this.series, (m, key) =>
        key === 'salesFen' ? byMonth.get(m) : key === 'targetFen' ? targetOf.get(m) : byMonth.get(addMonths(m, -12)),
      ),
    };
  },
  async drill(ctx, month, series) {
    if (!ctx.months.includes(month)) return [];
    const q =
      series === 'targetFen'
        ? sql`select t.account_id, t.amount_fen as value from sales_targets t join acc on acc.id = t.account_id where t.month = ${month} and t.amount_fen <> 0`
        : sql`select sm.account_id, sm.amount_fen as value from sales_monthly sm join acc on acc.id = sm.account_id
            where sm.month = ${`${series === 'lastYearFen' ? addMonths(month, -12) : month}-01`}::date and sm.amount_fen <> 0`;
    return drillRows(await rows(ctx, sql`with acc as (${ctx.accounts}) ${q}`));
  },
};

interface ShareRow {
  account_id: string;
  date: string;
  pct: number;
  source: string;
}

async function shareSeries(ctx: DashboardContext): Promise<Map<string, ShareObservation[]>> {
  const list = await rows<ShareRow>(ctx, sql`
    with acc as (${ctx.accounts})
    select s.account_id, s.date::text as date, s.our_share_pct as pct, s.source from share_estimates s join acc on acc.id = s.account_id
    where s.date < ${ctx.endDate}::date order by s.date, s.id`);
  const byAccount = new Map<string, ShareObservation[]>();
  for (const r of list) {
    const obs: ShareObservation = { percent: Number(r.pct), source: r.source === 'sales_ratio' ? 'sales_ratio' : 'visit_estimate', measuredOn: r.date };
    byAccount.set(r.account_id, [...(byAccount.get(r.account_id) ?? []), obs]);
  }
  return byAccount;
}

// The share in force at the end of `month` for each account that has one (domain: latest, a sales ratio
// beating a visit estimate of the same day).
function sharesAt(series: Map<string, ShareObservation[]>, month: string): { accountId: string; percent: number }[] {
  const lastDay = new Date(Date.parse(`${monthEnd(month)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const out: { accountId: string; percent: number }[] = [];
  for (const [accountId, obs] of series) {
    const current = pickCurrentShare(obs, lastDay);
    if (current) out.push({ accountId, percent: current.percent });
  }
  return out;
}

/** Our average share of business per month (share in force at each month's end) and how many accounts have one. */
export const shareDashboard: DashboardDef = {
  series: ['avgSharePct', 'accounts'],
  async compute(ctx) {
    const series = await shareSeries(ctx);
    const at = new Map(ctx.months.map((m) => [m, sharesAt(series, m)]));
    return {
      categories: ctx.months.map((key) => ({ key })),
      series: seriesOf(ctx.months, this.series, (m, key) => {
        const list = at.get(m)!;
        if (key === 'accounts') return list.length;
        return list.length === 0 ? null : round1(list.reduce((s, x) => s + x.percent, 0) / list.length);
      }),
    };
  },
  async drill(ctx, month) {
    if (!ctx.months.includes(month)) return [];
    return drillRows(sharesAt(await shareSeries(ctx), month).map((x) => ({ account_id: x.accountId, value: round1(x.percent) })));
  },
};
