import { sql } from 'drizzle-orm';
import type { DumpingCaseDetail } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { toIso } from '../../db/time';
import { rowsOf } from '../classes/repo';
import { listDumpingCases } from './repo';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * One visible case with its chain of evidence: the serial, the sale that carried it (model, day, invoice
 * line, the distributor and its unit), where and how it was found (downline visit, installation or warranty
 * registration, by whom, when, where), the managers alerted and every step from audit_log.
 */
export async function dumpingCaseDetail(db: Db, scope: Scope, id: string): Promise<DumpingCaseDetail | null> {
  const [base] = await listDumpingCases(db, scope, id);
  if (!base) return null;
  const [x] = rowsOf<Record<string, unknown>>(await db.execute(sql`
    select a.visit_id, sl.date::text as sold_on, sl.external_ref, p.model, su.name as sold_to_unit, fu.name as found_unit, v.planned_on::text as visit_on,
      rv.display_name as visit_rep, rp.display_name as reporter
    from dumping_cases c join cross_territory_alerts a on a.id = c.alert_id
    join accounts s on s.id = a.sold_to_account_id left join units su on su.id = s.unit_id
    left join units fu on fu.id = a.found_in_unit_id
    left join sales_lines sl on sl.id = a.sales_line_id left join products p on p.id = sl.product_id
    left join visits v on v.id = a.visit_id left join users rv on rv.id = v.rep_id
    left join users rp on rp.id::text = a.evidence->>'reportedBy'
    where c.id = ${id}::uuid`));
  const ev = (base.evidence ?? {}) as Record<string, unknown>;
  const managers = rowsOf<{ id: string; name: string }>(await db.execute(sql`
    select u.id, u.display_name as name from users u where u.id = any(${sql.param(base.managerIds)}::uuid[]) order by u.display_name, u.id`));
  const steps = rowsOf<{ at: string | Date; by: string | null; field: string; old_value: unknown; new_value: unknown }>(await db.execute(sql`
    select l.at, u.display_name as by, l.field, l.old_value, l.new_value from audit_log l left join users u on u.id = l.user_id
    where l.entity = 'dumping_case' and l.entity_id = ${id} order by l.at, l.id`));
  const foundBy = ev.foundBy === 'installation' || ev.foundBy === 'warranty' ? ev.foundBy : 'visit';
  return {
    ...base,
    model: str(x?.model) ?? str(ev.model),
    soldOn: str(x?.sold_on) ?? str(ev.soldOn),
    salesRef: str(x?.external_ref) ?? str(ev.salesRef),
    soldToUnitName: str(x?.sold_to_unit),
    foundInUnitName: str(x?.found_unit),
    foundBy,
    foundOn: str(ev.foundOn) ?? str(ev.visitOn) ?? str(x?.visit_on),
    reportedBy: str(x?.reporter) ?? str(x?.visit_rep),
    place: str(ev.place),
    visitId: str(x?.visit_id),
    registrationRef: str(ev.registrationRef),
    managers,
    steps: [
      { at: base.createdAt, by: null, field: 'status', from: null, to: 'investigating' },
      ...steps.map((s) => ({ at: toIso(s.at), by: s.by, field: s.field, from: s.old_value === null ? null : String(s.old_value), to: s.new_value === null ? null : String(s.new_value) })),
    ],
  };
}
