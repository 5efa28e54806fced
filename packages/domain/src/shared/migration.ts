import type { LocalDate } from './local-date';

/** A label (tier or class) that took effect for an account on a date. */
export interface LabelEvent<L extends string> {
  accountId: string;
  label: L;
  effectiveOn: LocalDate;
}

/** How many accounts went from one label to another over a period; `null` = no label yet. */
export interface LabelTransition<L extends string> {
  from: L | null;
  to: L | null;
  count: number;
  /** The accounts that made this move, sorted. */
  accountIds: string[];
}

function labelOn<L extends string>(events: readonly LabelEvent<L>[], date: LocalDate): L | null {
  let best: LabelEvent<L> | null = null;
  for (const e of events) if (e.effectiveOn <= date && (!best || e.effectiveOn >= best.effectiveOn)) best = e;
  return best ? best.label : null;
}

/**
 * Migration report over [fromDate, toDate]: each account's label in force at the start (latest event
 * on or before fromDate) against the one in force at the end (latest on or before toDate), counted
 * per (from → to) pair, unchanged pairs included. Pairs are sorted by `order` of from, then of to,
 * with `null` first. Events on the same date for one account: the last in the input wins.
 */
export function summariseLabelMigration<L extends string>(
  history: readonly LabelEvent<L>[],
  fromDate: LocalDate,
  toDate: LocalDate,
  order: readonly L[],
): LabelTransition<L>[] {
  const byAccount = new Map<string, LabelEvent<L>[]>();
  for (const e of history) byAccount.set(e.accountId, [...(byAccount.get(e.accountId) ?? []), e]);
  const pairs = new Map<string, LabelTransition<L>>();
  const rank = (l: L | null) => (l === null ? -1 : order.indexOf(l));
  for (const [accountId, events] of byAccount) {
    const from = labelOn(events, fromDate);
    const to = labelOn(events, toDate);
    if (from === null && to === null) continue;
    const key = `${rank(from)}|${rank(to)}`;
    const pair = pairs.get(key) ?? { from, to, count: 0, accountIds: [] };
    pair.count += 1;
    pair.accountIds.push(accountId);
    pairs.set(key, pair);
  }
  return [...pairs.values()]
    .map((p) => ({ ...p, accountIds: [...p.accountIds].sort() }))
    .sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to));
}
