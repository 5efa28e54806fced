import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TerritoryWorkloadRow } from '@qudao/contract';
import { useEChart } from '../../ui/use-echart';

/** Stacked visit and travel hours per rep's territory against the capacity line. */
export function WorkloadBars({ rows, capacityHours }: { rows: TerritoryWorkloadRow[]; capacityHours: number }) {
  const { t, i18n } = useTranslation('territories');
  const option = useMemo(() => {
    const labels = rows.map((r) => r.ownerName ?? r.name);
    return {
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${Number(v).toFixed(1)}` },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 40 : 0 } },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', stack: 'h', name: t('visitHours'), data: rows.map((r) => Number(r.visitHours.toFixed(1))), itemStyle: { color: '#3b7dd8' } },
        {
          type: 'bar', stack: 'h', name: t('travelHours'), data: rows.map((r) => Number(r.travelHours.toFixed(1))), itemStyle: { color: '#f0a03c' },
          markLine: { symbol: 'none', data: [{ yAxis: Number(capacityHours.toFixed(1)) }], lineStyle: { color: '#d33', type: 'dashed' } },
        },
      ],
    };
  }, [rows, capacityHours, t, i18n.language]);
  const ref = useEChart(option);
  return <div ref={ref} data-testid="workload-bars" style={{ height: 280, width: '100%' }} />;
}
