import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatFen, formatFenCompact } from '../../ui/money';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** One month of the chart: sales, the same month last year and the target (fen). */
export interface TargetMonth {
  month: string;
  sales: number | undefined;
  lastYear: number | undefined;
  target: number | null;
}

/** Monthly sales as bars beside last year's, with the target as a line (oldest month first). */
export function TargetsChart({ rows }: { rows: TargetMonth[] }) {
  const { t, i18n } = useTranslation('archive');
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const c = echarts.init(el);
    chart.current = c;
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    const locale = currentLocale();
    chart.current?.setOption({
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : formatFen(Number(v), locale)) },
      xAxis: { type: 'category', data: rows.map((r) => r.month), axisLabel: { formatter: (m: string) => m.slice(2).replace('-', '/') } },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatFenCompact(v, locale) } },
      series: [
        { type: 'bar', name: t('sales'), data: rows.map((r) => r.sales ?? null), itemStyle: { color: '#3b7dd8' } },
        { type: 'bar', name: t('lastYear'), data: rows.map((r) => r.lastYear ?? null), itemStyle: { color: '#b8c7dc' } },
        { type: 'line', name: t('target'), data: rows.map((r) => r.target), itemStyle: { color: '#e8590c' }, connectNulls: true },
      ],
    });
  }, [rows, t, i18n.language]);
  return <div ref={ref} style={{ height: 220, width: '100%' }} data-testid="targets-chart" />;
}
