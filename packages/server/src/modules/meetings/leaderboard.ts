import { sql } from 'drizzle-orm';
import type { Leaderboard } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { rowsOf } from '../classes/repo';
import { visibleAs } from '../policies/repo';

/** The twelve months before a date (`from` inclusive, `to` exclusive) and the twelve before those. */
export function leaderboardWindow(heldOn: string): { from: string; to: string; prevFrom: string } {
  const [y, m] = heldOn.split('-').map(Number) as [number, number];
  const first = (yy: number) => `${yy}-${String(m).padStart(2, '0')}-01`;
  return { from: first(y - 1), to: first(y), prevFrom: first(y - 2) };
}

type Window = ReturnType<typeof leaderboardWindow>;

/** The SQL figure of one board for the distributor aliased `a`, over the window. */
function boardValue(board: Leaderboard, { from, to, prevFrom }: Window) {
  switch (board) {
    case 'sales_growth':
      return sql`(select case when prev > 0 then round(((cur - prev) * 100.0 / prev)::numeric, 1) end from (
          select coalesce(sum(s.amount_fen) filter (where s.date >= ${from}::date), 0) as cur,
                 coalesce(sum(s.amount_fen) filter (where s.date < ${from}::date), 0) as prev
          from sales_lines s join accounts b on b.id = s.account_id
          where (b.id = a.id or b.distributor_id = a.id) and s.date >= ${prevFrom}::date and s.date < ${to}::date) x)`;
    case 'target_achievement':
      return sql`(select case when tgt > 0 then round((cur * 100.0 / tgt)::numeric, 1) end from (
          select (select coalesce(sum(s.amount_fen), 0) from sales_lines s where s.account_id = a.id and s.date >= ${from}::date and s.date < ${to}::date) as cur,
                 (select coalesce(sum(t.amount_fen), 0) from sales_targets t where t.account_id = a.id and t.month >= ${from.slice(0, 7)} and t.month < ${to.slice(0, 7)}) as tgt) x)`;
    case 'share_gain':
      // Our share of the distributor's business: its latest estimate in the window against its latest in the year before.
      return sql`round(((select e.our_share_pct from share_estimates e where e.account_id = a.id and e.date >= ${from}::date and e.date < ${to}::date order by e.date desc, e.created_at desc limit 1)
          - (select e.our_share_pct from share_estimates e where e.account_id = a.id and e.date >= ${prevFrom}::date and e.date < ${from}::date order by e.date desc, e.created_at desc limit 1))::numeric, 1)`;
    case 'service_evaluation':
      // Reps' evaluations of the distributor's service made on done visits to its downline, on the 1–5 scale.
      return sql`(select round(avg(((it.data->'scores'->>'responsiveness')::numeric + (it.data->'scores'->>'technicalSkill')::numeric
            + (it.data->'scores'->>'spareParts')::numeric + (it.data->'scores'->>'attitude')::numeric) / 4), 2)
          from visit_items it join visits v on v.id = it.visit_id join accounts b on b.id = v.account_id
          where it.kind = 'distributor_evaluation' and v.status = 'done' and b.distributor_id = a.id
            and v.planned_on >= ${from}::date and v.planned_on < ${to}::date)`;
  }
}

/**
 * A leaderboard among a meeting's invitees, best first, over the twelve months before the meeting's month
 * (and the twelve before those). sales_growth: sales of the distributor and the accounts buying through it,
 * change in percent; target_achievement: the distributor's own sales over its targets, in percent;
 * share_gain: change of our share of the distributor's business (latest estimate of each year), in points;
 * service_evaluation: mean score (1–5) of the evaluations from done visits to its downline. With a scope,
 * only the invitees it sees are ranked (a manager's own distributors).
 */
export async function meetingLeaderboard(db: Db, meetingId: string, heldOn: string, board: Leaderboard, scope?: Scope) {
  const value = boardValue(board, leaderboardWindow(heldOn));
  const rows = rowsOf<{ account_id: string; name: string; value: string | number | null }>(await db.execute(sql`
    select a.id as account_id, a.name, ${value} as value from meeting_invitees i join accounts a on a.id = i.account_id
    where i.meeting_id = ${meetingId}::uuid ${scope ? sql`and ${visibleAs(scope, 'a')}` : sql``}`));
  return rows
    .filter((r) => r.value !== null)
    .map((r) => ({ accountId: r.account_id, name: r.name, value: Number(r.value) }))
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name))
    .map((r, i) => ({ ...r, rank: i + 1 }));
}
