import { sql, type SQL } from 'drizzle-orm';
import type { Policy, PolicyCoverage } from '@qudao/contract';
import { accountVisible } from '../../access/visibility';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { toIso } from '../../db/time';
import { rowsOf } from '../classes/repo';

/** Visibility of the account aliased `alias` in raw SQL. */
export function visibleAs(scope: Scope, alias: string): SQL {
  return accountVisible(scope, { unitId: sql.raw(`${alias}.unit_id`), distributorId: sql.raw(`${alias}.distributor_id`) });
}

interface PolicyRow {
  id: string;
  title: string;
  summary: string | null;
  status: Policy['status'];
  released_at: string | Date | null;
  override_reason: string | null;
  effective_on: string | null;
  meeting_ids: string[] | null;
  delivered: number | string;
  distributors: number | string;
}

/** Policies (newest first, or one by id) with delivery coverage over the distributors the scope sees. */
export async function listPolicies(db: Db, scope: Scope, id?: string): Promise<Policy[]> {
  const res = await db.execute(sql`
    with dist as (select a.id from accounts a where a.kind = 'distributor' and a.status <> 'closed' and ${visibleAs(scope, 'a')})
    select p.id, p.title, p.summary, p.status, p.released_at, p.override_reason, p.effective_on::text as effective_on,
      array(select distinct m.meeting_id::text from meeting_agenda_items m where m.policy_id = p.id) as meeting_ids,
      (select count(*) from policy_deliveries d where d.policy_id = p.id and d.account_id in (select id from dist)) as delivered,
      (select count(*) from dist) as distributors
    from policies p ${id ? sql`where p.id = ${id}::uuid` : sql``}
    order by p.created_at desc, p.id`);
  return rowsOf<PolicyRow>(res).map((r) => ({
    id: r.id,
    title: r.title,
    summary: r.summary,
    status: r.status,
    releasedAt: r.released_at === null ? null : toIso(r.released_at),
    overrideReason: r.override_reason,
    effectiveOn: r.effective_on === null ? null : String(r.effective_on).slice(0, 10),
    meetingIds: r.meeting_ids ?? [],
    deliveredCount: Number(r.delivered),
    distributorCount: Number(r.distributors),
  }));
}

interface CoverageRow {
  account_id: string;
  name: string;
  delivered_on: string | Date | null;
  acknowledged_by: string | null;
}

/** Which visible distributors heard the policy and which have not yet. */
export async function policyCoverage(db: Db, scope: Scope, policyId: string): Promise<PolicyCoverage> {
  const res = await db.execute(sql`
    select a.id as account_id, a.name, d.delivered_on::text as delivered_on, d.acknowledged_by
    from accounts a left join policy_deliveries d on d.account_id = a.id and d.policy_id = ${policyId}::uuid
    where a.kind = 'distributor' and a.status <> 'closed' and ${visibleAs(scope, 'a')}
    order by a.name, a.id`);
  const rows = rowsOf<CoverageRow>(res).map((r) => ({
    accountId: r.account_id,
    name: r.name,
    deliveredOn: r.delivered_on === null ? null : String(r.delivered_on).slice(0, 10),
    acknowledgedBy: r.acknowledged_by,
  }));
  return { policyId, delivered: rows.filter((r) => r.deliveredOn !== null), missing: rows.filter((r) => r.deliveredOn === null) };
}

/**
 * Released policies not yet delivered to the distributor of an account (the account itself when it is a
 * distributor): what the visit brief can suggest as "announce policy X" objectives.
 */
export async function pendingPoliciesFor(db: Db, accountId: string): Promise<{ id: string; title: string; releasedAt: string | null }[]> {
  const res = await db.execute(sql`
    select p.id, p.title, p.released_at from policies p
    where p.status = 'released' and not exists (
      select 1 from policy_deliveries d where d.policy_id = p.id
        and d.account_id = (select coalesce(x.distributor_id, x.id) from accounts x where x.id = ${accountId}::uuid))
    order by p.released_at, p.id`);
  return rowsOf<{ id: string; title: string; released_at: string | Date | null }>(res).map((r) => ({ id: r.id, title: r.title, releasedAt: r.released_at === null ? null : toIso(r.released_at) }));
}
