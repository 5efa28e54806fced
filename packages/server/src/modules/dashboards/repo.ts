import { sql, type SQL } from 'drizzle-orm';
import type { ChannelDashboard, ChannelDashboardQuery } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { rowsOf } from '../classes/repo';
import { caseVisible } from '../dumping/repo';
import { visibleAs } from '../policies/repo';

// The account aliased `alias` lies in the region (its unit or one of the two units above it).
function inRegion(alias: string, regionUnitId: string | undefined): SQL {
  if (!regionUnitId) return sql`true`;
  return sql`${regionUnitId} in (select r1.id from units r1 where r1.id = ${sql.raw(`${alias}.unit_id`)}
    union select r1.parent_id from units r1 where r1.id = ${sql.raw(`${alias}.unit_id`)}
    union select r2.parent_id from units r1 join units r2 on r2.id = r1.parent_id where r1.id = ${sql.raw(`${alias}.unit_id`)})`;
}

/**
 * The channel dashboard over the accounts the scope sees, filtered by region and period: delivery coverage
 * of each released policy, price violations per month, dumping cases per status.
 */
export async function channelDashboard(db: Db, scope: Scope, q: ChannelDashboardQuery): Promise<ChannelDashboard> {
  const from = q.from ?? '1900-01-01';
  const to = q.to ?? '9999-12-31';
  const coverage = rowsOf<{ policy_id: string; title: string; delivered: number | string; distributors: number | string }>(await db.execute(sql`
    with dist as (select a.id from accounts a where a.kind = 'distributor' and a.status <> 'closed' and ${visibleAs(scope, 'a')} and ${inRegion('a', q.regionUnitId)})
    select p.id as policy_id, p.title,
      (select count(*) from policy_deliveries d where d.policy_id = p.id and d.account_id in (select id from dist)) as delivered,
      (select count(*) from dist) as distributors
    from policies p where p.status = 'released' order by p.released_at, p.id`));
  const violations = rowsOf<{ month: string; count: number | string; shortfall: number | string }>(await db.execute(sql`
    select to_char(o.observed_on, 'YYYY-MM') as month, count(*) as count, sum(v.shortfall_fen) as shortfall
    from price_violations v join price_observations o on o.id = v.observation_id join accounts a on a.id = v.account_id
    where ${visibleAs(scope, 'a')} and ${inRegion('a', q.regionUnitId)} and o.observed_on between ${from}::date and ${to}::date
    group by 1 order by 1`));
  const cases = rowsOf<{ status: ChannelDashboard['dumpingByStatus'][number]['status']; count: number | string }>(await db.execute(sql`
    select c.status, count(*) as count from dumping_cases c join cross_territory_alerts a on a.id = c.alert_id join accounts f on f.id = a.found_at_account_id
    where ${caseVisible(scope)} and ${inRegion('f', q.regionUnitId)} and c.created_at::date between ${from}::date and ${to}::date
    group by 1 order by 1`));
  return {
    policyCoverage: coverage.map((r) => ({ policyId: r.policy_id, title: r.title, delivered: Number(r.delivered), distributors: Number(r.distributors) })),
    violationsByMonth: violations.map((r) => ({ month: r.month, count: Number(r.count), shortfallFen: Number(r.shortfall) })),
    dumpingByStatus: cases.map((r) => ({ status: r.status, count: Number(r.count) })),
  };
}
