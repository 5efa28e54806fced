import type { DashboardKind } from './dashboards';
import type { Locale } from './errors';

// Names of the dashboards, their series and their fixed categories in both languages: one source for the
// web page, the XLSX export and the monthly report.

type Text = Record<Locale, string>;

/** Title of each dashboard. */
export const dashboardTitles: Record<DashboardKind, Text> = {
  sales: { 'zh-CN': '销售额 / 目标 / 去年同期', en: 'Sales vs target vs last year' },
  coverage: { 'zh-CN': '按客户等级的拜访覆盖（应访 / 有效）', en: 'Visit coverage by class (required vs effective)' },
  overdue: { 'zh-CN': '逾期未访客户', en: 'Overdue accounts' },
  promises: { 'zh-CN': '承诺兑现率', en: 'Promise-keeping rate' },
  archive: { 'zh-CN': '档案完整度与时效', en: 'Archive completeness and staleness' },
  tiers: { 'zh-CN': '经销商分级分布与迁移', en: 'Distributor tiers and migration' },
  share: { 'zh-CN': '业务占比趋势', en: 'Share of business trend' },
  violations: { 'zh-CN': '低于最低价的违规', en: 'Minimum price violations' },
  dumping: { 'zh-CN': '窜货案件', en: 'Cross-territory dumping cases' },
  policies: { 'zh-CN': '政策传达覆盖', en: 'Policy delivery coverage' },
};

/** Label of every series key (coverage keys are `<class>_required|effective`, tier migration keys `from_<tier>`). */
export const dashboardSeriesLabels: Record<string, Text> = {
  salesFen: { 'zh-CN': '销售额', en: 'Sales' },
  targetFen: { 'zh-CN': '目标', en: 'Target' },
  lastYearFen: { 'zh-CN': '去年同期', en: 'Last year' },
  A_required: { 'zh-CN': 'A 类应访', en: 'A required' },
  A_effective: { 'zh-CN': 'A 类有效拜访', en: 'A effective' },
  B_required: { 'zh-CN': 'B 类应访', en: 'B required' },
  B_effective: { 'zh-CN': 'B 类有效拜访', en: 'B effective' },
  C_required: { 'zh-CN': 'C 类应访', en: 'C required' },
  C_effective: { 'zh-CN': 'C 类有效拜访', en: 'C effective' },
  accounts: { 'zh-CN': '客户数', en: 'Accounts' },
  overdue: { 'zh-CN': '逾期', en: 'Overdue' },
  neverVisited: { 'zh-CN': '从未拜访', en: 'Never visited' },
  kept: { 'zh-CN': '已兑现', en: 'Kept' },
  keptLate: { 'zh-CN': '其中逾期兑现', en: 'Of which late' },
  broken: { 'zh-CN': '未兑现', en: 'Broken' },
  overdueOpen: { 'zh-CN': '逾期未结', en: 'Open past due' },
  openNotDue: { 'zh-CN': '未到期', en: 'Not yet due' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
  keepingRatePct: { 'zh-CN': '兑现率 %', en: 'Keeping rate %' },
  avgCompletenessPct: { 'zh-CN': '平均完整度 %', en: 'Mean completeness %' },
  staleAccounts: { 'zh-CN': '过期客户数', en: 'Stale accounts' },
  completeAccounts: { 'zh-CN': '完整客户数', en: 'Complete accounts' },
  atStart: { 'zh-CN': '期初', en: 'At start' },
  atEnd: { 'zh-CN': '期末', en: 'At end' },
  from_A: { 'zh-CN': '由 A 级', en: 'From A' },
  from_B: { 'zh-CN': '由 B 级', en: 'From B' },
  from_C: { 'zh-CN': '由 C 级', en: 'From C' },
  from_needs_review: { 'zh-CN': '由待复核', en: 'From needs review' },
  from_none: { 'zh-CN': '新分级', en: 'Newly tiered' },
  avgSharePct: { 'zh-CN': '平均占比 %', en: 'Mean share %' },
  violations: { 'zh-CN': '违规次数', en: 'Violations' },
  shortfallFen: { 'zh-CN': '低于最低价合计', en: 'Total shortfall' },
  cases: { 'zh-CN': '案件数', en: 'Cases' },
  distributors: { 'zh-CN': '经销商数', en: 'Distributors' },
  delivered: { 'zh-CN': '已传达', en: 'Delivered' },
  notDelivered: { 'zh-CN': '未传达', en: 'Not delivered' },
};

/** Label of the fixed category keys (classes, tiers, case statuses, archive sections). */
export const dashboardCategoryLabels: Record<string, Text> = {
  A: { 'zh-CN': 'A', en: 'A' },
  B: { 'zh-CN': 'B', en: 'B' },
  C: { 'zh-CN': 'C', en: 'C' },
  needs_review: { 'zh-CN': '待复核', en: 'Needs review' },
  investigating: { 'zh-CN': '调查中', en: 'Investigating' },
  confirmed: { 'zh-CN': '已确认', en: 'Confirmed' },
  dismissed: { 'zh-CN': '已排除', en: 'Dismissed' },
  actioned: { 'zh-CN': '已处理', en: 'Actioned' },
  overall: { 'zh-CN': '整体', en: 'Overall' },
  basic: { 'zh-CN': '基本资料', en: 'Basic data' },
  contacts: { 'zh-CN': '联系人', en: 'Contacts' },
  region: { 'zh-CN': '区域特征', en: 'Region' },
  competitors: { 'zh-CN': '竞争对手', en: 'Competitors' },
  trading: { 'zh-CN': '交易状况', en: 'Trading' },
  deeper: { 'zh-CN': '深入资料', en: 'Deeper' },
};

/** The label of a category in `locale`: its own label (policy titles), a fixed label, or the key (months). */
export function dashboardCategoryLabel(category: { key: string; label?: string | undefined }, locale: Locale): string {
  return category.label ?? dashboardCategoryLabels[category.key]?.[locale] ?? category.key;
}

/** The label of a series key in `locale` (the key itself when unknown). */
export function dashboardSeriesLabel(key: string, locale: Locale): string {
  return dashboardSeriesLabels[key]?.[locale] ?? key;
}
