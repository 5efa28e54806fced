// Table and per-class summary printing for the routing benchmarks.

/** One measured instance. */
export interface BenchRow {
  instance: string;
  klass: string;
  cost: number;
  bks: number;
  gapPct: number;
  feasible: boolean;
  vehicles: number;
  unassigned: number;
  seconds: number;
  /** Extra columns shown beside ours (e.g. the peer's reference values). */
  extra?: Record<string, string | number>;
}

/** Summary statistics of one class. */
export interface ClassSummary {
  klass: string;
  count: number;
  feasible: number;
  meanGapPct: number;
  medianGapPct: number;
  worstGapPct: number;
  meanSeconds: number;
  maxSeconds: number;
  extra?: Record<string, number>;
}

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** Summaries per class plus an "all" row; `extraMeans` averages numeric extra columns too. */
export function summarise(rows: BenchRow[], extraMeans: string[] = []): ClassSummary[] {
  const classes = [...new Set(rows.map((r) => r.klass)), 'all'];
  return classes.map((klass) => {
    const rs = klass === 'all' ? rows : rows.filter((r) => r.klass === klass);
    const gaps = rs.map((r) => r.gapPct), secs = rs.map((r) => r.seconds);
    const extra: Record<string, number> = {};
    for (const k of extraMeans) extra[k] = mean(rs.map((r) => Number(r.extra?.[k])).filter((x) => Number.isFinite(x)));
    return {
      klass, count: rs.length, feasible: rs.filter((r) => r.feasible).length,
      meanGapPct: mean(gaps), medianGapPct: median(gaps), worstGapPct: Math.max(...gaps),
      meanSeconds: mean(secs), maxSeconds: Math.max(...secs), extra,
    };
  });
}

function printTable(header: string[], body: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  for (const r of body) console.log(line(r));
}

/** Prints one row per instance (with extra columns) in a fixed-width table. */
export function printRows(rows: BenchRow[]): void {
  const extraKeys = rows[0]?.extra ? Object.keys(rows[0].extra) : [];
  printTable(
    ['instance', 'class', 'cost', 'bks', 'gap%', 'feasible', 'veh', 'unassigned', 'seconds', ...extraKeys],
    rows.map((r) => [
      r.instance, r.klass, r.cost.toFixed(2), r.bks.toFixed(2), r.gapPct.toFixed(2), r.feasible ? 'yes' : 'NO',
      String(r.vehicles), String(r.unassigned), r.seconds.toFixed(2), ...extraKeys.map((k) => String(r.extra![k])),
    ]),
  );
}

/** Prints the per-class summary table. */
export function printSummary(summaries: ClassSummary[]): void {
  const extraKeys = Object.keys(summaries[0]?.extra ?? {});
  printTable(
    ['class', 'n', 'feasible', 'mean gap%', 'median gap%', 'worst gap%', 'mean s', 'max s', ...extraKeys.map((k) => `mean ${k}`)],
    summaries.map((s) => [
      s.klass, String(s.count), `${s.feasible}/${s.count}`, s.meanGapPct.toFixed(2), s.medianGapPct.toFixed(2),
      s.worstGapPct.toFixed(2), s.meanSeconds.toFixed(2), s.maxSeconds.toFixed(2), ...extraKeys.map((k) => s.extra![k]!.toFixed(2)),
    ]),
  );
}
