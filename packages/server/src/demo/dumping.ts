import { sql } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { auditLog } from '../db/schema';
import { dumpingCases } from '../db/schema-channel';
import { rowsOf } from '../modules/classes/repo';
import { storeInstallations } from '../modules/imports/store-installations';

// Demo cross-territory dumping (issue 8 item 3, R4): for each manager, one machine sold through a distributor
// of their team turns up in an installation or warranty registration at an end user of another manager's
// team. The registrations go through the import's store, so they raise alerts and cases exactly as an
// imported file would; the last case is confirmed and actioned, with its steps in audit_log.

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Loads the demo's imported registrations and the dumping cases they raise (after the channel data). */
export async function loadDemoDumping(db: Db, referenceDate: string): Promise<void> {
  const [hq] = rowsOf<{ id: string }>(await db.execute(sql`select id from users where role = 'hq' order by username limit 1`));
  if (!hq) return;
  const picks = rowsOf<{ serial: string; account_id: string; ch_mgr: string }>(await db.execute(sql`
    with owner as (select tu.unit_id, t.owner_id, u.manager_id from territory_units tu join territories t on t.id = tu.territory_id join users u on u.id = t.owner_id),
    one as (
      select distinct on (o.manager_id) sn as serial, ch.id as ch_id, ch.unit_id as ch_unit, o.manager_id as ch_mgr
      from sales_lines sl cross join lateral unnest(sl.serial_numbers) sn
      join accounts s on s.id = sl.account_id join accounts ch on ch.id = coalesce(s.distributor_id, s.id) join owner o on o.unit_id = ch.unit_id
      where o.manager_id is not null and sl.date between ${addDays(referenceDate, -240)}::date and ${addDays(referenceDate, -40)}::date
        and not exists (select 1 from cross_territory_alerts a where a.serial = sn)
      order by o.manager_id, sl.date desc, sn)
    select one.serial, e.id as account_id, one.ch_mgr from one cross join lateral (
      select e.id from accounts e join owner oe on oe.unit_id = e.unit_id
      where e.kind = 'end_user' and e.status = 'active' and oe.manager_id <> one.ch_mgr and coalesce(e.distributor_id, e.id) <> one.ch_id and e.unit_id <> one.ch_unit
      order by e.external_code, e.id limit 1) e
    order by one.ch_mgr`));
  if (picks.length === 0) return;
  const at = new Date(`${addDays(referenceDate, -6)}T03:00:00Z`);
  await storeInstallations(db, picks.map((p, i) => ({
    row: i + 2, ref: `DEMO-${i % 2 === 0 ? 'INST' : 'WAR'}-${String(i + 1).padStart(4, '0')}`, kind: i % 2 === 0 ? 'installation' as const : 'warranty' as const,
    date: addDays(referenceDate, -12 + i), serial: p.serial, accountId: p.account_id, place: i % 2 === 0 ? '一号车间' : null,
  })), { userId: hq.id, now: at, source: 'demo' }, true);
  // The last one was investigated and confirmed by the distributor's manager, who recorded the action.
  const last = picks.at(-1)!;
  const [c] = rowsOf<{ id: string }>(await db.execute(sql`select c.id from dumping_cases c join cross_territory_alerts a on a.id = c.alert_id where a.serial = ${last.serial} limit 1`));
  if (!c) return;
  const when = (d: number) => `${addDays(referenceDate, d)}T06:00:00Z`;
  await db.update(dumpingCases).set({ status: 'actioned', decisionNote: '经销商承认低价跨区出货，序列号与发票一致', action: '扣减当季返利 2%，赔偿被窜区域经销商', updatedAt: when(-2) }).where(sql`${dumpingCases.id} = ${c.id}::uuid`);
  const row = (d: number, field: string, oldValue: string | null, newValue: string) => ({ at: when(d), userId: last.ch_mgr, entity: 'dumping_case', entityId: c.id, field, oldValue, newValue, source: 'demo' as const });
  await db.insert(auditLog).values([
    row(-4, 'status', 'investigating', 'confirmed'), row(-4, 'decisionNote', null, '经销商承认低价跨区出货，序列号与发票一致'),
    row(-2, 'status', 'confirmed', 'actioned'), row(-2, 'action', null, '扣减当季返利 2%，赔偿被窜区域经销商'),
  ]);
}
