import { sql, type SQL } from 'drizzle-orm';
import type { DashboardFilters } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import { accountVisible } from '../../access/visibility';
import type { Db } from '../../db/connect';
import { AppError } from '../../http/errors';
import { rowsOf } from '../classes/repo';

/** Longest period a dashboard covers, in months. */
export const maxDashboardMonths = 36;

/** What every dashboard query needs: the caller's scope, the filters resolved, and the period. */
export interface DashboardContext {
  db: Db;
  scope: Scope;
  /** Months `YYYY-MM` of the period, oldest first. */
  months: string[];
  from: string;
  to: string;
  /** First day of the period and the day after it, `YYYY-MM-DD`. */
  fromDate: string;
  endDate: string;
  /** Business day the snapshot figures are judged on. */
  asOf: string;
  /** Body of a `select` of the filtered, visible accounts: columns id, kind, name, unit_id, status, distributor_id. */
  accounts: SQL;
  /** True when that is every account (HQ without filters): big tables need no join with it then. */
  everyone: boolean;
}

/** Adds `n` months to `YYYY-MM`. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

/** Months from `from` to `to` inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** Days in the month `YYYY-MM`. */
export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * The accounts a dashboard counts, as a SQL `select`: visible to the caller (access layer), and within
 * the region (the unit, its children and grandchildren), the team (accounts a manager's reps see) and the
 * rep (accounts that rep sees). A team or rep filter is itself the visibility rule of that team or rep,
 * intersected with the caller's own, so a filter can only narrow.
 */
async function filteredAccounts(db: Db, scope: Scope, f: DashboardFilters): Promise<SQL> {
  const parts: SQL[] = [accountVisible(scope, { unitId: sql`a.unit_id`, distributorId: sql`a.distributor_id` })];
  if (f.regionUnitId) {
    const r = f.regionUnitId;
    parts.push(sql`a.unit_id in (select u.id from units u where u.id = ${r} or u.parent_id = ${r} or u.parent_id in (select p.id from units p where p.parent_id = ${r}))`);
  }
  if (f.managerId) {
    const reps = rowsOf<{ id: string }>(await db.execute(sql`select id from users where manager_id = ${f.managerId}::uuid and role = 'rep'`)).map((r) => r.id);
    parts.push(accountVisible({ userId: f.managerId, role: 'manager', repIds: reps }, { unitId: sql`a.unit_id`, distributorId: sql`a.distributor_id` }));
  }
  if (f.repId) parts.push(accountVisible({ userId: f.repId, role: 'rep', repIds: [f.repId] }, { unitId: sql`a.unit_id`, distributorId: sql`a.distributor_id` }));
  return sql`select a.id, a.kind, a.name, a.unit_id, a.status, a.distributor_id from accounts a where ${sql.join(parts, sql` and `)}`;
}

/**
 * Resolves the filters for `scope` on business day `asOf`: the period defaults to the 12 months ending with
 * the current one; a reversed or over-long period is refused with DASHBOARD.PERIOD_INVALID.
 */
export async function dashboardContext(db: Db, scope: Scope, f: DashboardFilters, asOf: string): Promise<DashboardContext> {
  const current = asOf.slice(0, 7);
  const to = f.to ?? (f.from && addMonths(f.from, 11) < current ? addMonths(f.from, 11) : current);
  const from = f.from ?? addMonths(to, -11);
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  if (from > to || index(to) - index(from) + 1 > maxDashboardMonths) {
    throw new AppError('DASHBOARD.PERIOD_INVALID', { from, to, maxMonths: maxDashboardMonths });
  }
  return {
    db,
    scope,
    months: monthsBetween(from, to),
    from,
    to,
    fromDate: `${from}-01`,
    endDate: `${addMonths(to, 1)}-01`,
    asOf,
    accounts: await filteredAccounts(db, scope, f),
    everyone: scope.repIds === 'all' && !f.regionUnitId && !f.managerId && !f.repId,
  };
}
