import { useMemo } from 'react';
import { dashboardCategoryLabel, dashboardSeriesLabel, type Dashboard } from '@qudao/contract';
import { currentLocale } from '../../i18n';
import { formatFenCompact } from '../../ui/money';
import { useEChart } from '../../ui/use-echart';
import { formatFigure, unitOf } from './format';

/** A figure the user clicked: the category key and the series key. */
export interface Figure {
  category: string;
  series: string;
}

// Money as bars on the left axis; percentages as lines on the right; counts as bars, or as lines on the
// right when the dashboard also has money (violations: shortfall bars, count line).
function axisOf(d: Dashboard, key: string): 0 | 1 {
  const unit = unitOf(key);
  if (unit === 'pct') return 1;
  if (unit === 'count' && d.series.some((s) => unitOf(s.key) === 'money')) return 1;
  return 0;
}

/** The dashboard as a bar/line chart; clicking a bar or point reports the figure. */
export function DashboardChart({ dashboard: d, onFigure, height = 280 }: { dashboard: Dashboard; onFigure?: (f: Figure) => void; height?: number }) {
  const locale = currentLocale();
  const option = useMemo(() => {
    const right = d.series.some((s) => axisOf(d, s.key) === 1);
    const leftMoney = d.series.some((s) => unitOf(s.key) === 'money');
    const rightPct = d.series.some((s) => axisOf(d, s.key) === 1 && unitOf(s.key) === 'pct');
    return {
      grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
      legend: { type: 'scroll', top: 0 },
      tooltip: { trigger: 'axis', confine: true },
      xAxis: { type: 'category', data: d.categories.map((c) => dashboardCategoryLabel(c, locale)), axisLabel: { hideOverlap: true } },
      yAxis: [
        { type: 'value', axisLabel: { formatter: (v: number) => (leftMoney ? formatFenCompact(v, locale) : String(v)) } },
        ...(right ? [{ type: 'value', splitLine: { show: false }, axisLabel: { formatter: rightPct ? '{value} %' : '{value}' } }] : []),
      ],
      series: d.series.map((s) => {
        const axis = axisOf(d, s.key);
        return {
          type: axis === 1 ? 'line' : 'bar',
          name: dashboardSeriesLabel(s.key, locale),
          yAxisIndex: axis,
          data: s.values,
          connectNulls: false,
          tooltip: { valueFormatter: (v: unknown) => formatFigure(s.key, v === null || v === undefined ? null : Number(v), locale) },
        };
      }),
    };
  }, [d, locale]);
  const ref = useEChart(option, (e) => {
    const category = d.categories[e.dataIndex];
    const series = d.series[e.seriesIndex];
    if (category && series) onFigure?.({ category: category.key, series: series.key });
  });
  return <div ref={ref} style={{ height, width: '100%' }} data-testid={`dashboard-chart-${d.kind}`} />;
}
