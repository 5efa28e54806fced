import type { SQL } from 'drizzle-orm';
import type { Dashboard } from '@qudao/contract';
import { rowsOf } from '../classes/repo';
import type { DashboardContext } from './filters';

/** An account behind a figure with its part of the figure. */
export interface DrillRow {
  accountId: string;
  value: number | null;
}

/** One dashboard: its series names, how to compute it, and the accounts behind one of its figures. */
export interface DashboardDef {
  series: readonly string[];
  compute(ctx: DashboardContext): Promise<Pick<Dashboard, 'categories' | 'series'>>;
  /** Accounts behind (category, series), in the order the list shows them. */
  drill(ctx: DashboardContext, category: string, series: string): Promise<DrillRow[]>;
}

/** Runs a query and returns its rows. */
export async function rows<T>(ctx: DashboardContext, query: SQL): Promise<T[]> {
  return rowsOf<T>(await ctx.db.execute(query));
}

/** Series `keys` over `categories` from a lookup; undefined values are 0, null stays null (nothing to measure). */
export function seriesOf(categories: readonly string[], keys: readonly string[], value: (category: string, key: string) => number | null | undefined): Dashboard['series'] {
  return keys.map((key) => ({ key, values: categories.map((c) => {
    const v = value(c, key);
    return v === undefined ? 0 : v;
  }) }));
}

/** Rows of `account_id` and a numeric `value` as drill rows, largest first (then id, for a stable order). */
export function drillRows(list: { account_id: string; value: number | string | null }[], ascending = false): DrillRow[] {
  return list
    .map((r) => ({ accountId: r.account_id, value: r.value === null ? null : Number(r.value) }))
    .sort((a, b) => (ascending ? (a.value ?? 0) - (b.value ?? 0) : (b.value ?? 0) - (a.value ?? 0)) || (a.accountId < b.accountId ? -1 : 1));
}

/** Rounds to one decimal. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
