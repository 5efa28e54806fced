import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../src/db/connect';

// Every dashboard figure computed again as plain SQL over the tables, independently of the dashboards'
// code (no domain rules, no shared helpers). The archive dashboard is SQL itself; it is checked against
// the account pages, which judge each archive through the domain (dashboards-demo.test.ts).

/** Whose accounts: everyone's, or those the listed reps see (their territories and the downline of their distributors). */
export type Who = 'all' | string[];

/** One filter combination, as the test passes it to the API and to the SQL. */
export interface Case {
  visible: Who;
  region?: string;
  /** Accounts of these reps only (a team or rep filter). */
  narrow?: Who;
  from: string;
  to: string;
  asOf: string;
  /** For dumping cases: the caller (null = HQ) and the reps in their scope. */
  caller: { userId: string; repIds: string[] } | null;
}

/** The figures of a dashboard as the API gives them, keyed `category|series`. */
export type Figures = Map<string, number | null>;

export async function all<T>(db: Db, q: SQL): Promise<T[]> {
  const res = (await db.execute(q)) as unknown as { rows: T[] } | T[];
  return Array.isArray(res) ? res : res.rows;
}

function seesSql(who: Who): SQL {
  if (who === 'all') return sql`true`;
  if (who.length === 0) return sql`false`;
  const ids = sql.join(who.map((id) => sql`${id}::uuid`), sql`, `);
  const units = sql`(select tu.unit_id from territory_units tu join territories t on t.id = tu.territory_id where t.owner_id in (${ids}))`;
  return sql`(x.unit_id in ${units} or x.distributor_id in (select d.id from accounts d where d.kind = 'distributor' and d.unit_id in ${units}))`;
}

/** The accounts of a case as a select of x.* (visible, in region, narrowed). */
export function accountsOf(c: Case): SQL {
  const region = c.region
    ? sql`x.unit_id in (select u.id from units u left join units p on p.id = u.parent_id where u.id = ${c.region} or u.parent_id = ${c.region} or p.parent_id = ${c.region})`
    : sql`true`;
  return sql`select x.* from accounts x where ${seesSql(c.visible)} and ${seesSql(c.narrow ?? 'all')} and ${region}`;
}

const months = (c: Case) => sql`(select to_char(g, 'YYYY-MM') as month, extract(day from (g + interval '1 month' - interval '1 day'))::int as dim
  from generate_series(${`${c.from}-01`}::date, ${`${c.to}-01`}::date, interval '1 month') g)`;
const endDate = (c: Case) => sql`(${`${c.to}-01`}::date + interval '1 month')::date`;
const interval = sql`coalesce((select (s.value -> 'visitIntervalDays' -> x.kind ->> coalesce(ac.value_class, 'C'))::int from settings s where s.key = 'value_class_config'),
  case coalesce(ac.value_class, 'C') when 'A' then 14 when 'B' then 30 else 60 end)`;

/** Direct SQL figures of one dashboard for a case. */
export async function sqlFigures(db: Db, kind: string, c: Case): Promise<Figures> {
  const acc = accountsOf(c);
  const out: Figures = new Map();
  const put = (list: { category: string; series: string; value: number | string | null }[]) => {
    for (const r of list) out.set(`${r.category}|${r.series}`, r.value === null ? null : Number(r.value));
  };
  const open = sql`(select x.*, coalesce(ac.value_class, 'C') as cls, ${interval} as days from (${acc}) x left join account_classes ac on ac.account_id = x.id where x.status <> 'closed')`;
  switch (kind) {
    case 'sales':
      put(await all(db, sql`select m.month as category, s.series, s.value from ${months(c)} m cross join lateral (
        select 'salesFen' as series, coalesce((select sum(l.amount_fen) from sales_lines l where l.account_id in (select id from (${acc}) a) and to_char(l.date, 'YYYY-MM') = m.month), 0) as value
        union all select 'lastYearFen', coalesce((select sum(l.amount_fen) from sales_lines l where l.account_id in (select id from (${acc}) a) and to_char(l.date + interval '1 year', 'YYYY-MM') = m.month), 0)
        union all select 'targetFen', coalesce((select sum(t.amount_fen) from sales_targets t where t.account_id in (select id from (${acc}) a) and t.month = m.month), 0)) s`));
      break;
    case 'coverage':
      put(await all(db, sql`select m.month as category, o.cls || '_required' as series, round(sum(m.dim::numeric / o.days), 1) as value from ${months(c)} m cross join ${open} o group by 1, 2`));
      put(await all(db, sql`select to_char(v.planned_on, 'YYYY-MM') as category, o.cls || '_effective' as series, count(*) as value from visits v join ${open} o on o.id = v.account_id
        where v.status = 'done' and v.effective = true and to_char(v.planned_on, 'YYYY-MM') between ${c.from} and ${c.to} group by 1, 2`));
      break;
    case 'overdue':
      put(await all(db, sql`select o.cls as category, s.series, count(*) filter (where s.hit) as value from ${open} o
        cross join lateral (select max(v.planned_on) as last from visits v where v.account_id = o.id and v.effective = true) lv
        cross join lateral (values ('accounts', true), ('overdue', lv.last is not null and lv.last + o.days < ${c.asOf}::date), ('neverVisited', lv.last is null)) s(series, hit) group by 1, 2`));
      break;
    case 'promises': {
      const list = await all<{ category: string; kept: number; late: number; broken: number; od: number; nd: number; wd: number }>(db, sql`
        select to_char(p.due_on, 'YYYY-MM') as category, count(*) filter (where p.status = 'kept')::int as kept, count(*) filter (where p.status = 'kept' and p.closed_on > p.due_on)::int as late,
          count(*) filter (where p.status = 'broken')::int as broken, count(*) filter (where p.status = 'open' and p.due_on < ${c.asOf}::date)::int as od,
          count(*) filter (where p.status = 'open' and p.due_on >= ${c.asOf}::date)::int as nd, count(*) filter (where p.status = 'withdrawn')::int as wd
        from promises p where p.account_id in (select id from (${acc}) a) and to_char(p.due_on, 'YYYY-MM') between ${c.from} and ${c.to} group by 1`);
      for (const r of list) {
        put([
          { category: r.category, series: 'kept', value: r.kept }, { category: r.category, series: 'keptLate', value: r.late }, { category: r.category, series: 'broken', value: r.broken },
          { category: r.category, series: 'overdueOpen', value: r.od }, { category: r.category, series: 'openNotDue', value: r.nd }, { category: r.category, series: 'withdrawn', value: r.wd },
        ]);
        const counted = r.kept + r.broken + r.od;
        const [rate] = await all<{ v: string | null }>(db, sql`select round(${r.kept}::numeric * 100 / nullif(${counted}, 0), 1) as v`);
        out.set(`${r.category}|keepingRatePct`, rate!.v === null ? null : Number(rate!.v));
      }
      break;
    }
    case 'tiers': {
      const tierAt = (day: SQL) => sql`(select distinct on (t.account_id) t.account_id, t.tier from tier_assessments t
        where t.effective_on <= ${day} and t.account_id in (select id from (${acc}) a where a.kind = 'distributor' and a.status <> 'closed')
        order by t.account_id, t.effective_on desc, t.created_at desc, t.id desc)`;
      const start = tierAt(sql`(${`${c.from}-01`}::date - 1)`);
      const end = tierAt(sql`(${endDate(c)} - 1)`);
      put(await all(db, sql`select tier as category, 'atStart' as series, count(*) as value from ${start} s group by 1`));
      put(await all(db, sql`select tier as category, 'atEnd' as series, count(*) as value from ${end} e group by 1`));
      put(await all(db, sql`select e.tier as category, 'from_' || coalesce(s.tier, 'none') as series, count(*) as value from ${end} e left join ${start} s on s.account_id = e.account_id group by 1, 2`));
      break;
    }
    case 'share':
      put(await all(db, sql`select m.month as category, v.series, v.value from ${months(c)} m cross join lateral (
          select count(*) as n, round(avg(cur.pct)::numeric, 1) as avg from (
            select distinct on (s.account_id) s.account_id, s.our_share_pct as pct from share_estimates s
            where s.account_id in (select id from (${acc}) a) and s.date < (m.month || '-01')::date + interval '1 month'
            order by s.account_id, s.date desc, (s.source = 'sales_ratio') desc, s.id) cur) agg
        cross join lateral (values ('accounts', agg.n::numeric), ('avgSharePct', agg.avg)) v(series, value)`));
      break;
    case 'violations':
      put(await all(db, sql`select to_char(o.observed_on, 'YYYY-MM') as category, s.series, s.value from price_violations v join price_observations o on o.id = v.observation_id
        cross join lateral (values ('violations', 1::bigint), ('shortfallFen', v.shortfall_fen)) s(series, value)
        where v.account_id in (select id from (${acc}) a) and to_char(o.observed_on, 'YYYY-MM') between ${c.from} and ${c.to}`).then((list) => {
        const sums = new Map<string, { category: string; series: string; value: number }>();
        for (const r of list as { category: string; series: string; value: string }[]) {
          const k = `${r.category}|${r.series}`;
          sums.set(k, { category: r.category, series: r.series, value: (sums.get(k)?.value ?? 0) + Number(r.value) });
        }
        return [...sums.values()];
      }));
      break;
    case 'dumping': {
      const seen = c.caller
        ? sql`(c.manager_ids && ${`{${[c.caller.userId, ...c.caller.repIds].join(',')}}`}::uuid[] or a.concerned_rep_ids && ${`{${[c.caller.userId, ...c.caller.repIds].join(',')}}`}::uuid[])`
        : sql`true`;
      put(await all(db, sql`select c.status as category, 'cases' as series, count(*) as value from dumping_cases c join cross_territory_alerts a on a.id = c.alert_id
        where ${seen} and (a.found_at_account_id in (select id from (${acc}) q) or a.sold_to_account_id in (select id from (${acc}) q))
          and c.created_at >= ${`${c.from}-01`}::date and c.created_at < ${endDate(c)} group by 1`));
      break;
    }
    case 'policies':
      put(await all(db, sql`select p.id::text as category, s.series, s.value from policies p
        cross join lateral (select count(*) as n, count(*) filter (where exists (select 1 from policy_deliveries d where d.policy_id = p.id and d.account_id = q.id and d.delivered_on < ${endDate(c)})) as d
          from (${acc}) q where q.kind = 'distributor' and q.status <> 'closed') k
        cross join lateral (values ('distributors', k.n), ('delivered', k.d), ('notDelivered', k.n - k.d)) s(series, value)
        where p.status = 'released'`));
      break;
  }
  return out;
}
