import { z } from 'zod';
import { pageQuery, paged } from './common';

// Managers' and HQ's dashboards (issue 8 item 5). Every dashboard answers the same shape — categories on
// one axis, named series of numbers over them — so one chart, one drill-down, one XLSX export and one
// monthly report serve all of them.

/** The dashboards, in the order the page and the monthly report show them. */
export const dashboardKinds = ['sales', 'coverage', 'overdue', 'promises', 'archive', 'tiers', 'share', 'violations', 'dumping', 'policies'] as const;
/** A dashboard's name. */
export type DashboardKind = (typeof dashboardKinds)[number];

/** A calendar month `YYYY-MM`. */
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

/**
 * Filters shared by every dashboard: a region (a unit and everything under it), a team (a manager's reps'
 * accounts), a rep's accounts, and a period of whole months `from`–`to` (default: the 12 months ending
 * with the current one; at most 36). Filters only narrow what the caller may see anyway.
 */
export const dashboardFilters = z.object({
  regionUnitId: z.string().trim().min(1).max(40).optional(),
  managerId: z.uuid().optional(),
  repId: z.uuid().optional(),
  from: month.optional(),
  to: month.optional(),
});
/** Dashboard filters. */
export type DashboardFilters = z.infer<typeof dashboardFilters>;

/** One point of the category axis: a month, a class, a tier, a status or a policy (`label` when the key is an id). */
export const dashboardCategory = z.object({ key: z.string(), label: z.string().optional() });

/**
 * A dashboard: categories and series, `values[i]` belonging to `categories[i]` (null when undefined, such as
 * a rate with nothing counted). Money series end in `Fen`, percentages in `Pct`. `asOf` is the business day
 * the snapshot figures (overdue, staleness, promises past due) are judged on.
 */
export const dashboard = z.object({
  kind: z.enum(dashboardKinds),
  from: month,
  to: month,
  asOf: z.string(),
  categories: z.array(dashboardCategory),
  series: z.array(z.object({ key: z.string(), values: z.array(z.number().nullable()) })),
});
/** A dashboard as answered. */
export type Dashboard = z.infer<typeof dashboard>;

/** Drill-down: the accounts behind one figure (a category and a series), with the filters of the dashboard. */
export const dashboardDrillQuery = dashboardFilters.extend({
  category: z.string().trim().min(1).max(60),
  series: z.string().trim().min(1).max(40),
  page: pageQuery.shape.page,
  pageSize: pageQuery.shape.pageSize,
});
/** Drill-down query. */
export type DashboardDrillQuery = z.infer<typeof dashboardDrillQuery>;

/** An account behind a figure, with its own share of the figure (`value`, in the series' unit). */
export const dashboardAccount = z.object({
  accountId: z.uuid(),
  name: z.string(),
  kind: z.enum(['distributor', 'sub_dealer', 'end_user']),
  unitName: z.string(),
  value: z.number().nullable(),
});
/** An account of a drill-down. */
export type DashboardAccount = z.infer<typeof dashboardAccount>;

/** The accounts behind a figure, largest value first. */
export const dashboardAccountList = paged(dashboardAccount);
/** Drill-down answer. */
export type DashboardAccountList = z.infer<typeof dashboardAccountList>;
