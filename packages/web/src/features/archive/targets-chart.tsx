import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatFen, formatFenCompact } from '../../ui/money';
import { useEChart } from '../../ui/use-echart';

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
  const option = useMemo(() => {
    const locale = currentLocale();
    return {
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
    };
    // i18n.language: the locale read above changes with it.
  }, [rows, t, i18n.language]);
  // Merged: the same three series every time, and legend entries switched off stay off on a language switch.
  const ref = useEChart(option, undefined, { merge: true });
  return <div ref={ref} style={{ height: 220, width: '100%' }} data-testid="targets-chart" />;
}
