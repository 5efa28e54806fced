// Drill-down queries for the visibility walk (issue 8 item 5): each dashboard's accounts route needs a
// category and a series; these name figures of every dashboard over the walk's dates (2025–2026), so the
// walk reads real account lists and can check that none is out of scope.

const drills: Record<string, string[]> = {
  sales: ['2026-10|salesFen', '2025-10|lastYearFen', '2026-01|targetFen'],
  coverage: ['2026-11|A_required', '2026-11|C_effective'],
  overdue: ['A|accounts', 'C|neverVisited', 'B|overdue'],
  promises: ['2026-11|openNotDue', '2026-11|keepingRatePct'],
  archive: ['overall|avgCompletenessPct', 'contacts|staleAccounts'],
  tiers: ['A|atEnd', 'needs_review|from_none'],
  share: ['2026-11|avgSharePct'],
  violations: ['2026-11|violations'],
  dumping: ['investigating|cases'],
  policies: ['00000000-0000-4000-8000-000000000000|notDelivered'],
};

/** Extra walk queries for a dashboard drill-down route (none for other routes). */
export function dashboardWalkQueries(url: string): string[] {
  const m = /^\/api\/dashboards\/(\w+)\/accounts$/.exec(url);
  const figures = m ? (drills[m[1]!] ?? []) : [];
  return figures.flatMap((f) => {
    const [category, series] = f.split('|') as [string, string];
    const base = `?category=${category}&series=${series}&from=2025-01&to=2026-12&pageSize=200`;
    return [base, `${base}&page=2`];
  });
}
