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

/**
 * Condition true when the policy aliased `policy` is for the distributor aliased `account` (columns id and
 * unit_id): the distributor's current tier (latest assessment) is one of the policy's tiers, and its unit is
 * one of the policy's regions or lies below one (three levels, as the archive models province → prefecture →
 * county). An empty list means every tier / everywhere. Coverage, the visit brief and meeting invitees use it.
 */
export function targetedSql(policy: string, account: string): SQL {
  const p = sql.raw(policy);
  const a = sql.raw(account);
  return sql`((cardinality(${p}.target_tiers) = 0
      or (select t.tier from tier_assessments t where t.account_id = ${a}.id order by t.effective_on desc, t.created_at desc limit 1) = any(${p}.target_tiers))
    and (cardinality(${p}.target_unit_ids) = 0
      or exists (select 1 from units tu1 left join units tu2 on tu2.id = tu1.parent_id
        where tu1.id = ${a}.unit_id and (tu1.id = any(${p}.target_unit_ids) or tu1.parent_id = any(${p}.target_unit_ids) or tu2.parent_id = any(${p}.target_unit_ids)))))`;
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
  target_tiers: ('A' | 'B' | 'C')[] | null;
  target_units: { id: string; name: string }[] | null;
  delivered: number | string;
  distributors: number | string;
}

/** Policies (newest first, or one by id) with delivery coverage over the targeted distributors the scope sees. */
export async function listPolicies(db: Db, scope: Scope, id?: string): Promise<Policy[]> {
  const res = await db.execute(sql`
    with dist as (select a.id, a.unit_id from accounts a where a.kind = 'distributor' and a.status <> 'closed' and ${visibleAs(scope, 'a')})
    select p.id, p.title, p.summary, p.status, p.released_at, p.override_reason, p.effective_on::text as effective_on,
      array(select distinct m.meeting_id::text from meeting_agenda_items m where m.policy_id = p.id) as meeting_ids,
      p.target_tiers,
      (select coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) order by u.id), '[]'::json) from units u where u.id = any(p.target_unit_ids)) as target_units,
      (select count(*) from policy_deliveries d join dist on dist.id = d.account_id where d.policy_id = p.id and ${targetedSql('p', 'dist')}) as delivered,
      (select count(*) from dist where ${targetedSql('p', 'dist')}) as distributors
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
    targetTiers: r.target_tiers ?? [],
    targetUnits: typeof r.target_units === 'string' ? (JSON.parse(r.target_units) as { id: string; name: string }[]) : (r.target_units ?? []),
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

/** Which visible distributors the policy is for heard it, and which have not yet. */
export async function policyCoverage(db: Db, scope: Scope, policyId: string): Promise<PolicyCoverage> {
  const res = await db.execute(sql`
    select a.id as account_id, a.name, d.delivered_on::text as delivered_on, d.acknowledged_by
    from policies p join accounts a on a.kind = 'distributor' and a.status <> 'closed' and ${visibleAs(scope, 'a')} and ${targetedSql('p', 'a')}
    left join policy_deliveries d on d.account_id = a.id and d.policy_id = p.id
    where p.id = ${policyId}::uuid
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
 * Released policies meant for the distributor of an account (the account itself when it is a distributor)
 * and not yet delivered to it: what the visit brief can suggest as "announce policy X" objectives.
 */
export async function pendingPoliciesFor(db: Db, accountId: string): Promise<{ id: string; title: string; releasedAt: string | null }[]> {
  const res = await db.execute(sql`
    with ch as (select c.id, c.unit_id from accounts x join accounts c on c.id = coalesce(x.distributor_id, x.id) where x.id = ${accountId}::uuid)
    select p.id, p.title, p.released_at from policies p, ch
    where p.status = 'released' and ${targetedSql('p', 'ch')}
      and not exists (select 1 from policy_deliveries d where d.policy_id = p.id and d.account_id = ch.id)
    order by p.released_at, p.id`);
  return rowsOf<{ id: string; title: string; released_at: string | Date | null }>(res).map((r) => ({ id: r.id, title: r.title, releasedAt: r.released_at === null ? null : toIso(r.released_at) }));
}

/** Whether the policy is for the distributor (see targetedSql); false when either is missing. */
export async function isTargeted(db: Db, policyId: string, accountId: string): Promise<boolean> {
  const res = await db.execute(sql`select 1 as ok from policies p join accounts a on a.id = ${accountId}::uuid where p.id = ${policyId}::uuid and ${targetedSql('p', 'a')}`);
  return rowsOf(res).length > 0;
}
