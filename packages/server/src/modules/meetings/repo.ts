import { sql } from 'drizzle-orm';
import type { AgendaItem, Meeting } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { toIso } from '../../db/time';
import { rowsOf } from '../classes/repo';
import { targetedSql, visibleAs } from '../policies/repo';

interface MeetingRow {
  id: string;
  title: string;
  scope: Meeting['scope'];
  region_unit_id: string | null;
  held_on: string | Date;
  status: Meeting['status'];
  minutes: string | null;
  place: string | null;
}

const day = (v: string | Date) => (typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10));

/** Meetings (newest first, or one by id) with the invitees and recognitions of the accounts the scope sees. */
export async function listMeetings(db: Db, scope: Scope, id?: string): Promise<Meeting[]> {
  const rows = rowsOf<MeetingRow>(await db.execute(sql`
    select id, title, scope, region_unit_id, held_on::text as held_on, status, minutes, place from meetings
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
  const actions = rowsOf<{ meeting_id: string; id: string; title: string; owner_id: string; owner_name: string; due_on: string; done_at: string | Date | null; done_by_name: string | null; done_note: string | null }>(await db.execute(sql`
    select x.meeting_id, x.id, x.title, x.owner_id, u.display_name as owner_name, x.due_on::text as due_on, x.done_at, dbu.display_name as done_by_name, x.done_note
    from meeting_actions x join users u on u.id = x.owner_id left join users dbu on dbu.id = x.done_by where x.meeting_id in (${ids}) order by x.due_on, x.created_at, x.id`));
  return rows.map((m) => ({
    id: m.id,
    title: m.title,
    scope: m.scope,
    regionUnitId: m.region_unit_id,
    heldOn: day(m.held_on),
    status: m.status,
    minutes: m.minutes,
    place: m.place,
    invitees: invitees.filter((i) => i.meeting_id === m.id).map((i) => ({ accountId: i.account_id, name: i.name, attended: i.attended })),
    agenda: agenda
      .filter((g) => g.meeting_id === m.id)
      .map((g) => ({ id: g.id, kind: g.kind, title: g.title, policyId: g.policy_id, accountId: g.account_id, board: g.board, confirmedAt: g.confirmed_at === null ? null : toIso(g.confirmed_at) })),
    actions: actions
      .filter((x) => x.meeting_id === m.id)
      .map((x) => ({ id: x.id, title: x.title, ownerId: x.owner_id, ownerName: x.owner_name, dueOn: day(x.due_on), doneAt: x.done_at === null ? null : toIso(x.done_at), doneByName: x.done_by_name, doneNote: x.done_note })),
  }));
}

/**
 * Active distributors whose current tier (latest tier assessment) is one of `tiers`, inside the unit
 * `regionUnitId` or any unit below it (every distributor when null), with that tier and their unit. With a
 * policy, only the distributors it is for (a meeting to discuss it need not invite the others).
 */
export async function inviteeCandidates(db: Db, tiers: readonly string[], regionUnitId: string | null, policyId?: string): Promise<{ accountId: string; name: string; tier: 'A' | 'B' | 'C'; unitId: string }[]> {
  const tierList = sql.join(tiers.map((t) => sql`${t}`), sql`, `);
  const res = await db.execute(sql`
    with recursive region(id) as (
      select id from units where ${regionUnitId === null ? sql`parent_id is null` : sql`id = ${regionUnitId}`}
      union select u.id from units u join region r on u.parent_id = r.id
    )
    select * from (
      select a.id as account_id, a.name, a.unit_id,
        (select t.tier from tier_assessments t where t.account_id = a.id order by t.effective_on desc, t.created_at desc limit 1) as tier
      from accounts a
      where a.kind = 'distributor' and a.status <> 'closed' and ${regionUnitId === null ? sql`true` : sql`a.unit_id in (select id from region)`}
        and ${policyId === undefined ? sql`true` : sql`exists (select 1 from policies p where p.id = ${policyId}::uuid and ${targetedSql('p', 'a')})`}
    ) x where x.tier in (${tierList})
    order by x.name, x.account_id`);
  return rowsOf<{ account_id: string; name: string; unit_id: string; tier: 'A' | 'B' | 'C' }>(res).map((r) => ({ accountId: r.account_id, name: r.name, tier: r.tier, unitId: r.unit_id }));
}

/** The ids of the invitee candidates (see inviteeCandidates). */
export async function distributorsByTierAndRegion(db: Db, tiers: readonly string[], regionUnitId: string | null, policyId?: string): Promise<string[]> {
  return (await inviteeCandidates(db, tiers, regionUnitId, policyId)).map((r) => r.accountId);
}

// The leaderboards live beside the meetings; re-exported for the demo loader and the routes.
export { leaderboardWindow, meetingLeaderboard } from './leaderboard';

/** Confirmed recognitions of one account (its archive's honours), newest first. */
export async function recognitionsOf(db: Db, accountId: string) {
  const rows = rowsOf<{ id: string; title: string; board: string | null; meeting_id: string; meeting_title: string; held_on: string; confirmed_at: string | Date }>(await db.execute(sql`
    select g.id, g.title, g.board, m.id as meeting_id, m.title as meeting_title, m.held_on::text as held_on, g.confirmed_at
    from meeting_agenda_items g join meetings m on m.id = g.meeting_id
    where g.kind = 'recognition' and g.account_id = ${accountId}::uuid and g.confirmed_at is not null
    order by m.held_on desc, g.confirmed_at desc, g.id`));
  return rows.map((r) => ({ id: r.id, title: r.title, board: r.board, meetingId: r.meeting_id, meetingTitle: r.meeting_title, heldOn: day(r.held_on), confirmedAt: toIso(r.confirmed_at) }));
}
