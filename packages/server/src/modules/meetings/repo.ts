import { sql } from 'drizzle-orm';
import type { AgendaItem, Leaderboard, Meeting } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { toIso } from '../../db/time';
import { rowsOf } from '../classes/repo';
import { visibleAs } from '../policies/repo';

interface MeetingRow {
  id: string;
  title: string;
  scope: Meeting['scope'];
  region_unit_id: string | null;
  held_on: string | Date;
  status: Meeting['status'];
  minutes: string | null;
}

const day = (v: string | Date) => (typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10));

/** Meetings (newest first, or one by id) with the invitees and recognitions of the accounts the scope sees. */
export async function listMeetings(db: Db, scope: Scope, id?: string): Promise<Meeting[]> {
  const rows = rowsOf<MeetingRow>(await db.execute(sql`
    select id, title, scope, region_unit_id, held_on::text as held_on, status, minutes from meetings
    ${id ? sql`where id = ${id}::uuid` : sql``} order by held_on desc, id`));
  if (rows.length === 0) return [];
  const ids = sql.join(rows.map((r) => sql`${r.id}::uuid`), sql`, `);
  const invitees = rowsOf<{ meeting_id: string; account_id: string; name: string; attended: boolean | null }>(await db.execute(sql`
    select i.meeting_id, a.id as account_id, a.name, i.attended from meeting_invitees i join accounts a on a.id = i.account_id
    where i.meeting_id in (${ids}) and ${visibleAs(scope, 'a')} order by a.name, a.id`));
  const agenda = rowsOf<{ meeting_id: string; id: string; kind: AgendaItem['kind']; title: string; policy_id: string | null; account_id: string | null; board: string | null; confirmed_at: string | Date | null }>(await db.execute(sql`
    select g.meeting_id, g.id, g.kind, g.title, g.policy_id, g.account_id, g.board, g.confirmed_at from meeting_agenda_items g
    left join accounts a on a.id = g.account_id
    where g.meeting_id in (${ids}) and (g.account_id is null or ${visibleAs(scope, 'a')}) order by g.created_at, g.id`));
  return rows.map((m) => ({
    id: m.id,
    title: m.title,
    scope: m.scope,
    regionUnitId: m.region_unit_id,
    heldOn: day(m.held_on),
    status: m.status,
    minutes: m.minutes,
    invitees: invitees.filter((i) => i.meeting_id === m.id).map((i) => ({ accountId: i.account_id, name: i.name, attended: i.attended })),
    agenda: agenda
      .filter((g) => g.meeting_id === m.id)
      .map((g) => ({ id: g.id, kind: g.kind, title: g.title, policyId: g.policy_id, accountId: g.account_id, board: g.board, confirmedAt: g.confirmed_at === null ? null : toIso(g.confirmed_at) })),
  }));
}

/**
 * Active distributors whose current tier (latest tier assessment) is one of `tiers`, inside the unit
 * `regionUnitId` or any unit below it (every distributor when null).
 */
export async function distributorsByTierAndRegion(db: Db, tiers: readonly string[], regionUnitId: string | null): Promise<string[]> {
  const tierList = sql.join(tiers.map((t) => sql`${t}`), sql`, `);
  const res = await db.execute(sql`
    with recursive region(id) as (
      select id from units where ${regionUnitId === null ? sql`parent_id is null` : sql`id = ${regionUnitId}`}
      union select u.id from units u join region r on u.parent_id = r.id
    )
    select a.id from accounts a
    where a.kind = 'distributor' and a.status <> 'closed'
      and ${regionUnitId === null ? sql`true` : sql`a.unit_id in (select id from region)`}
      and (select t.tier from tier_assessments t where t.account_id = a.id order by t.effective_on desc, t.created_at desc limit 1) in (${tierList})
    order by a.name, a.id`);
  return rowsOf<{ id: string }>(res).map((r) => r.id);
}

/** The twelve months before a date (`from` inclusive, `to` exclusive) and the twelve before those. */
export function leaderboardWindow(heldOn: string): { from: string; to: string; prevFrom: string } {
  const [y, m] = heldOn.split('-').map(Number) as [number, number];
  const first = (yy: number) => `${yy}-${String(m).padStart(2, '0')}-01`;
  return { from: first(y - 1), to: first(y), prevFrom: first(y - 2) };
}

/**
 * A leaderboard among a meeting's invitees, best first. sales_growth: sales (of the distributor and the
 * accounts buying through it) in the twelve months before the meeting's month against the twelve before,
 * in percent; target_achievement: the distributor's own sales in those twelve months over its targets, in percent.
 */
export async function meetingLeaderboard(db: Db, meetingId: string, heldOn: string, board: Leaderboard) {
  const { from, to, prevFrom } = leaderboardWindow(heldOn);
  const value =
    board === 'sales_growth'
      ? sql`(select case when prev > 0 then round(((cur - prev) * 100.0 / prev)::numeric, 1) end from (
          select coalesce(sum(s.amount_fen) filter (where s.date >= ${from}::date), 0) as cur,
                 coalesce(sum(s.amount_fen) filter (where s.date < ${from}::date), 0) as prev
          from sales_lines s join accounts b on b.id = s.account_id
          where (b.id = a.id or b.distributor_id = a.id) and s.date >= ${prevFrom}::date and s.date < ${to}::date) x)`
      : sql`(select case when tgt > 0 then round((cur * 100.0 / tgt)::numeric, 1) end from (
          select (select coalesce(sum(s.amount_fen), 0) from sales_lines s where s.account_id = a.id and s.date >= ${from}::date and s.date < ${to}::date) as cur,
                 (select coalesce(sum(t.amount_fen), 0) from sales_targets t where t.account_id = a.id and t.month >= ${from.slice(0, 7)} and t.month < ${to.slice(0, 7)}) as tgt) x)`;
  const rows = rowsOf<{ account_id: string; name: string; value: string | number | null }>(await db.execute(sql`
    select a.id as account_id, a.name, ${value} as value from meeting_invitees i join accounts a on a.id = i.account_id
    where i.meeting_id = ${meetingId}::uuid`));
  return rows
    .filter((r) => r.value !== null)
    .map((r) => ({ accountId: r.account_id, name: r.name, value: Number(r.value) }))
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name))
    .map((r, i) => ({ ...r, rank: i + 1 }));
}
