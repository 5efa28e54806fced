import { sql } from 'drizzle-orm';
import type { DumpingCase } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { toIso } from '../../db/time';
import { rowsOf } from '../classes/repo';

/**
 * Opens a case for every 窜货 alert that has none yet, alerting the managers of the reps concerned (the
 * distributor's territory and the territory where the machine was found). Returns the number opened.
 */
export async function openDumpingCases(db: Db): Promise<number> {
  const res = await db.execute(sql`
    insert into dumping_cases (alert_id, manager_ids, created_at, updated_at)
    select a.id, array(select distinct u.manager_id from users u where u.id = any(a.concerned_rep_ids) and u.manager_id is not null order by u.manager_id), a.created_at, a.created_at
    from cross_territory_alerts a where not exists (select 1 from dumping_cases c where c.alert_id = a.id)
    returning id`);
  return rowsOf<{ id: string }>(res).length;
}

/** Who may see a case: HQ all; a manager alerted; a rep concerned by the alert (or their manager). */
export function caseVisible(scope: Scope): ReturnType<typeof sql> {
  if (scope.repIds === 'all') return sql`true`;
  const ids = sql.join([scope.userId, ...scope.repIds].map((id) => sql`${id}::uuid`), sql`, `);
  return sql`(c.manager_ids && array[${ids}]::uuid[] or a.concerned_rep_ids && array[${ids}]::uuid[])`;
}

interface CaseRow {
  id: string;
  alert_id: string;
  status: DumpingCase['status'];
  serial: string;
  sold_to_account_id: string;
  sold_to_name: string;
  found_at_account_id: string;
  found_at_name: string;
  evidence: unknown;
  manager_ids: string[];
  decision_note: string | null;
  action: string | null;
  created_at: string | Date;
}

/** Cases the scope may see (newest first), or one by id. */
export async function listDumpingCases(db: Db, scope: Scope, id?: string): Promise<DumpingCase[]> {
  const rows = rowsOf<CaseRow>(await db.execute(sql`
    select c.id, c.alert_id, c.status, a.serial, a.sold_to_account_id, s.name as sold_to_name, a.found_at_account_id, f.name as found_at_name,
      a.evidence, c.manager_ids, c.decision_note, c.action, c.created_at
    from dumping_cases c join cross_territory_alerts a on a.id = c.alert_id
    join accounts s on s.id = a.sold_to_account_id join accounts f on f.id = a.found_at_account_id
    where ${caseVisible(scope)} ${id ? sql`and c.id = ${id}::uuid` : sql``}
    order by c.created_at desc, c.id limit 500`));
  return rows.map((r) => ({
    id: r.id,
    alertId: r.alert_id,
    status: r.status,
    serial: r.serial,
    soldToAccountId: r.sold_to_account_id,
    soldToName: r.sold_to_name,
    foundAtAccountId: r.found_at_account_id,
    foundAtName: r.found_at_name,
    evidence: r.evidence,
    managerIds: r.manager_ids,
    decisionNote: r.decision_note,
    action: r.action,
    createdAt: toIso(r.created_at),
  }));
}
