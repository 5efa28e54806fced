import { sql } from 'drizzle-orm';
import type { Dashboard, DashboardAccountList, DashboardDrillQuery, DashboardFilters, DashboardKind } from '@qudao/contract';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { AppError } from '../../http/errors';
import { archiveDashboard } from './archive';
import { dumpingDashboard, policiesDashboard, violationsDashboard } from './channel';
import { dashboardContext } from './filters';
import { rows, type DashboardDef } from './kinds';
import { salesDashboard, shareDashboard } from './sales';
import { tiersDashboard } from './tiers';
import { coverageDashboard, overdueDashboard, promisesDashboard } from './visits';

/** Every dashboard by name (issue 8 item 5). */
export const dashboardDefs: Record<DashboardKind, DashboardDef> = {
  sales: salesDashboard,
  coverage: coverageDashboard,
  overdue: overdueDashboard,
  promises: promisesDashboard,
  archive: archiveDashboard,
  tiers: tiersDashboard,
  share: shareDashboard,
  violations: violationsDashboard,
  dumping: dumpingDashboard,
  policies: policiesDashboard,
};

// PostgreSQL's JIT compiles these wide one-off aggregates for seconds to save milliseconds (6.7 s of the
// archive dashboard's 8 s for HQ at ×10): the dashboards run in a read transaction with JIT off.
async function withoutJit<T>(db: Db, run: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return run(tx as unknown as Db);
  });
}

/** One dashboard over what `scope` sees, with the filters, judged on business day `asOf`. */
export async function getDashboard(db: Db, scope: Scope, kind: DashboardKind, filters: DashboardFilters, asOf: string): Promise<Dashboard> {
  return withoutJit(db, async (tx) => {
    const ctx = await dashboardContext(tx, scope, filters, asOf);
    const { categories, series } = await dashboardDefs[kind].compute(ctx);
    return { kind, from: ctx.from, to: ctx.to, asOf, categories, series };
  });
}

/** The accounts behind one figure of a dashboard, a page at a time; an unknown series is refused. */
export async function drillDashboard(db: Db, scope: Scope, kind: DashboardKind, q: DashboardDrillQuery, asOf: string): Promise<DashboardAccountList> {
  const def = dashboardDefs[kind];
  if (!def.series.includes(q.series)) throw new AppError('REQUEST.INVALID', { summary: `series: ${def.series.join(', ')}` });
  const { ctx, all } = await withoutJit(db, async (tx) => {
    const c = await dashboardContext(tx, scope, q, asOf);
    return { ctx: c, all: await def.drill(c, q.category, q.series) };
  });
  const page = all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  if (page.length === 0) return { items: [], total: all.length };
  const ids = sql.join(page.map((r) => sql`${r.accountId}::uuid`), sql`, `);
  const names = await rows<{ id: string; name: string; kind: 'distributor' | 'sub_dealer' | 'end_user'; unit_name: string }>({ ...ctx, db }, sql`
    select a.id, a.name, a.kind, u.name as unit_name from accounts a join units u on u.id = a.unit_id where a.id in (${ids})`);
  const byId = new Map(names.map((n) => [n.id, n]));
  return {
    items: page.map((r) => {
      const n = byId.get(r.accountId)!;
      return { accountId: r.accountId, name: n.name, kind: n.kind, unitName: n.unit_name, value: r.value };
    }),
    total: all.length,
  };
}
