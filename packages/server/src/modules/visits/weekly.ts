import { sql } from 'drizzle-orm';
import type { WeeklyReport } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { visitVisible } from './repo';

/** Monday of the ISO week of `day` and the Sunday after. */
export function weekOf(day: string): { from: string; to: string } {
  const t = Date.parse(`${day}T00:00:00Z`);
  const dow = (new Date(t).getUTCDay() + 6) % 7;
  const from = new Date(t - dow * 86_400_000).toISOString().slice(0, 10);
  return { from, to: new Date(t + (6 - dow) * 86_400_000).toISOString().slice(0, 10) };
}

const rowsOf = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[]));

/** The week's report per rep of the scope (visits it may see), reps without visits left out. */
export async function weeklyReports(db: Db, scope: Scope, day: string): Promise<WeeklyReport[]> {
  const { from, to } = weekOf(day);
  const seen = visitVisible(scope, sql`v.rep_id`, sql`v.account_id`);
  const rows = rowsOf<Record<string, unknown>>(await db.execute(sql`
    select v.rep_id, u.display_name,
           count(*)::int as planned,
           count(*) filter (where v.status = 'done')::int as done,
           count(*) filter (where v.status in ('missed','cancelled'))::int as missed,
           count(*) filter (where v.effective)::int as effective,
           count(*) filter (where v.check_in_status = 'out_of_range')::int as out_of_range,
           (select coalesce(jsonb_object_agg(k, n), '{}'::jsonb) from (select i.kind as k, count(*)::int as n from visit_items i join visits v2 on v2.id = i.visit_id
               where v2.rep_id = v.rep_id and v2.planned_on between ${from}::date and ${to}::date group by i.kind) x) as items,
           (select count(*)::int from promises p join visits v3 on v3.id = p.visit_id where v3.rep_id = v.rep_id and v3.planned_on between ${from}::date and ${to}::date) as promises_made,
           (select count(*)::int from promises p where p.owner_id = v.rep_id and p.status = 'kept' and p.closed_on between ${from}::date and ${to}::date) as promises_kept,
           (select count(*)::int from promises p where p.owner_id = v.rep_id and p.status = 'broken' and p.closed_on between ${from}::date and ${to}::date) as promises_broken,
           (select count(*)::int from service_tickets s join visits v4 on v4.id = s.visit_id where v4.rep_id = v.rep_id and v4.planned_on between ${from}::date and ${to}::date) as tickets
      from visits v join users u on u.id = v.rep_id
     where v.planned_on between ${from}::date and ${to}::date and ${seen}
     group by v.rep_id, u.display_name order by u.display_name`));
  return rows.map((r) => ({
    repId: String(r.rep_id), repName: String(r.display_name), weekFrom: from, weekTo: to,
    planned: Number(r.planned), done: Number(r.done), missedOrCancelled: Number(r.missed), effective: Number(r.effective), outOfRange: Number(r.out_of_range),
    items: (typeof r.items === 'string' ? JSON.parse(r.items) : r.items) as Record<string, number>,
    promisesMade: Number(r.promises_made), promisesKept: Number(r.promises_kept), promisesBroken: Number(r.promises_broken), ticketsOpened: Number(r.tickets),
  }));
}
