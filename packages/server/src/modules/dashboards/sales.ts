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
    // One pass over both years' lines; last year's months are read shifted by twelve.
    // Grouped by date_trunc (to_char per line costs a third of the query). HQ without filters reads every
    // line; a narrower set of accounts reads its own lines through the (account, date) index.
    const range = sql`sl.date >= ${lastYearFrom}::date and sl.date < ${ctx.endDate}::date`;
    const lines = ctx.everyone
      ? sql`select date_trunc('month', sl.date) as month, sum(sl.amount_fen) as sales from sales_lines sl where ${range} group by 1`
      : sql`select x.month, sum(x.sales) as sales from acc cross join lateral (
          select date_trunc('month', sl.date) as month, sum(sl.amount_fen) as sales from sales_lines sl where sl.account_id = acc.id and ${range} group by 1) x group by 1`;
    const sales = await rows<{ month: string; sales: string }>(ctx, sql`
      with acc as (${ctx.accounts}) select to_char(m.month, 'YYYY-MM') as month, m.sales from (${lines}) m`);
    const targets = await rows<{ month: string; target: string }>(ctx, sql`
      with acc as (${ctx.accounts})
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
        : sql`select sl.account_id, sum(sl.amount_fen) as value from sales_lines sl join acc on acc.id = sl.account_id
            where sl.date >= ${`${series === 'lastYearFen' ? addMonths(month, -12) : month}-01`}::date and sl.date < ${monthEnd(series === 'lastYearFen' ? addMonths(month, -12) : month)}::date
            group by 1 having sum(sl.amount_fen) <> 0`;
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
