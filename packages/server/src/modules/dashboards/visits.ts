import { sql, type SQL } from 'drizzle-orm';
import { computePromiseKeepingRates, getVisitDue, getVisitIntervalDays, type VisitPromise } from '@qudao/domain';
import { loadClassConfig } from '../classes/repo';
import { daysInMonth, type DashboardContext } from './filters';
import { drillRows, rows, seriesOf, type DashboardDef } from './kinds';

// Visit coverage by class (R1.4, R1.5, R2.2.4), overdue accounts and promise keeping (R3.5), over the
// open accounts of the filters. The class is the account's current one (no class yet = C, as planning
// does), the interval the classes settings' (domain getVisitIntervalDays).

const classes = ['A', 'B', 'C'] as const;

// The open accounts with class and visit interval, as a CTE body over `acc`.
async function classedAccounts(ctx: DashboardContext): Promise<SQL> {
  const config = await loadClassConfig(ctx.db);
  const intervals = (['distributor', 'sub_dealer', 'end_user'] as const).flatMap((kind) => classes.map((c) => sql`(${kind}, ${c}, ${getVisitIntervalDays(kind, c, config)}::int)`));
  return sql`select acc.id, coalesce(c.value_class, 'C') as cls, iv.days from acc left join account_classes c on c.account_id = acc.id
    join (values ${sql.join(intervals, sql`, `)}) iv(kind, cls, days) on iv.kind = acc.kind and iv.cls = coalesce(c.value_class, 'C')
    where acc.status <> 'closed'`;
}

const monthValues = (months: readonly string[]) => sql`(values ${sql.join(months.map((m) => sql`(${m}, ${daysInMonth(m)}::int)`), sql`, `)}) m(month, dim)`;

/** Required visits (days in the month ÷ interval, summed, one decimal) against effective visits, per month and class. */
export const coverageDashboard: DashboardDef = {
  series: classes.flatMap((c) => [`${c}_required`, `${c}_effective`]),
  async compute(ctx) {
    const ac = await classedAccounts(ctx);
    const required = await rows<{ month: string; cls: string; required: string }>(ctx, sql`
      with acc as (${ctx.accounts}), ac as (${ac}), per as (select cls, days, count(*) as n from ac group by 1, 2)
      select m.month, per.cls, round(sum(per.n * m.dim::numeric / per.days), 1) as required from per cross join ${monthValues(ctx.months)} group by 1, 2`);
    const effective = await rows<{ month: string; cls: string; n: string }>(ctx, sql`
      with acc as (${ctx.accounts}), ac as (${ac})
      select to_char(v.planned_on, 'YYYY-MM') as month, ac.cls, count(*) as n from visits v join ac on ac.id = v.account_id
      where v.status = 'done' and v.effective and v.planned_on >= ${ctx.fromDate}::date and v.planned_on < ${ctx.endDate}::date group by 1, 2`);
    const value = new Map<string, number>([...required.map((r) => [`${r.month}|${r.cls}_required`, Number(r.required)] as const), ...effective.map((r) => [`${r.month}|${r.cls}_effective`, Number(r.n)] as const)]);
    return { categories: ctx.months.map((key) => ({ key })), series: seriesOf(ctx.months, this.series, (m, key) => value.get(`${m}|${key}`)) };
  },
  async drill(ctx, month, series) {
    const [cls, what] = series.split('_');
    if (!ctx.months.includes(month)) return [];
    const ac = await classedAccounts(ctx);
    const q =
      what === 'required'
        ? sql`select ac.id as account_id, round(${daysInMonth(month)}::numeric / ac.days, 1) as value from ac where ac.cls = ${cls}`
        : sql`select ac.id as account_id, count(*) as value from visits v join ac on ac.id = v.account_id where ac.cls = ${cls}
            and v.status = 'done' and v.effective and to_char(v.planned_on, 'YYYY-MM') = ${month} group by 1`;
    return drillRows(await rows(ctx, sql`with acc as (${ctx.accounts}), ac as (${ac}) ${q}`));
  },
};

interface DueRow {
  id: string | null;
  cls: 'A' | 'B' | 'C';
  days: number;
  last: string | null;
  /** Accounts with this class, interval and last visit (1 per account for a drill-down). */
  n: number;
}

// Each open account's class, interval and last effective visit; grouped by those three unless `perAccount`,
// so HQ at ×10 reads a few thousand groups, not every account, and the domain judges each group once. The
// last visits come from one grouped pass over visits, not a probe per account.
async function visitDues(ctx: DashboardContext, perAccount: boolean) {
  const last = sql`left join (select v.account_id, max(v.planned_on)::text as last from visits v where v.effective group by 1) lv on lv.account_id = ac.id`;
  const list = await rows<DueRow>(ctx, sql`
    with acc as (${ctx.accounts}), ac as (${await classedAccounts(ctx)})
    ${perAccount
      ? sql`select ac.id, ac.cls, ac.days, lv.last, 1 as n from ac ${last}`
      : sql`select null as id, ac.cls, ac.days, lv.last, count(*) as n from ac ${last} group by 2, 3, 4`}`);
  return list.map((r) => ({ ...r, n: Number(r.n), due: getVisitDue(r.last, Number(r.days), ctx.asOf) }));
}

/** Per class on the day `asOf`: open accounts, overdue (last effective visit + interval passed) and never visited. */
export const overdueDashboard: DashboardDef = {
  series: ['accounts', 'overdue', 'neverVisited'],
  async compute(ctx) {
    const dues = await visitDues(ctx, false);
    const count = (cls: string, key: string) =>
      dues
        .filter((d) => d.cls === cls && (key === 'accounts' || (key === 'overdue' ? d.due.status === 'overdue' : d.due.status === 'never_visited')))
        .reduce((sum, d) => sum + d.n, 0);
    return { categories: classes.map((key) => ({ key })), series: seriesOf(classes, this.series, count) };
  },
  async drill(ctx, cls, series) {
    const dues = (await visitDues(ctx, true)).filter((d) => d.cls === cls);
    const picked = series === 'overdue' ? dues.filter((d) => d.due.status === 'overdue') : series === 'neverVisited' ? dues.filter((d) => d.due.status === 'never_visited') : dues;
    return drillRows(picked.map((d) => ({ account_id: d.id!, value: d.due.status === 'never_visited' ? null : d.due.overdueDays })));
  },
};

const promiseSeries = ['kept', 'keptLate', 'broken', 'overdueOpen', 'openNotDue', 'withdrawn'] as const;

async function promisesDue(ctx: DashboardContext): Promise<VisitPromise[]> {
  const list = await rows<{ id: string; account_id: string; owner_id: string; due_on: string; made_on: string; status: VisitPromise['status']; closed_on: string | null }>(ctx, sql`
    with acc as (${ctx.accounts})
    select p.id, p.account_id, p.owner_id, p.due_on::text as due_on, p.made_on::text as made_on, p.status, p.closed_on::text as closed_on
    from promises p join acc on acc.id = p.account_id where p.due_on >= ${ctx.fromDate}::date and p.due_on < ${ctx.endDate}::date`);
  return list.map((p) => ({ id: p.id, accountId: p.account_id, ownerId: p.owner_id, what: '', toWhom: '', madeOn: p.made_on, dueOn: p.due_on, status: p.status, closedOn: p.closed_on, evidence: null, closeReason: null }));
}

/**
 * Promise keeping per month of the due date (domain computePromiseKeepingRates, judged on `asOf`): kept
 * (of which late), broken, open past due, open not yet due, withdrawn, and the keeping rate.
 */
export const promisesDashboard: DashboardDef = {
  series: [...promiseSeries, 'keepingRatePct'],
  async compute(ctx) {
    // The domain groups by owner; grouping by the due month instead gives the monthly rates.
    const stats = computePromiseKeepingRates((await promisesDue(ctx)).map((p) => ({ ...p, ownerId: p.dueOn.slice(0, 7) })), ctx.fromDate, ctx.endDate, ctx.asOf);
    const byMonth = new Map(stats.map((s) => [s.ownerId, s]));
    return {
      categories: ctx.months.map((key) => ({ key })),
      series: seriesOf(ctx.months, this.series, (m, key) => {
        const s = byMonth.get(m);
        if (key === 'keepingRatePct') return s?.keepingRatePercent ?? null;
        return s ? s[key as (typeof promiseSeries)[number]] : 0;
      }),
    };
  },
  async drill(ctx, month, series) {
    // The rate's accounts are those that lower it: promises broken or open past due.
    const wanted = series === 'keepingRatePct' ? ['broken', 'overdueOpen'] : [series];
    const counts = new Map<string, number>();
    for (const p of await promisesDue(ctx)) {
      if (p.dueOn.slice(0, 7) !== month) continue;
      const [s] = computePromiseKeepingRates([p], p.dueOn, p.dueOn, ctx.asOf);
      const hit = wanted.some((w) => (s as unknown as Record<string, number>)[w]! > 0);
      if (hit) counts.set(p.accountId, (counts.get(p.accountId) ?? 0) + 1);
    }
    return drillRows([...counts].map(([account_id, value]) => ({ account_id, value })));
  },
};
