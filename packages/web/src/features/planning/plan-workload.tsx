import { useMemo } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanDetailWithSettings } from '@qudao/contract';
import { useEChart } from '../../ui/use-echart';
import { dayLoads } from './plan-view';

/** Visit and travel hours of every working day of the plan, stacked, against the working day's length. */
export function PlanWorkload({ plan }: { plan: PlanDetailWithSettings }) {
  const { t, i18n } = useTranslation('planning');
  const loads = useMemo(() => dayLoads(plan), [plan]);
  const workH = (plan.settings.workEndMin - plan.settings.workStartMin) / 60;
  const option = useMemo(() => {
    const names = t('weekdays').split(',');
    return {
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${Number(v).toFixed(1)}` },
      xAxis: { type: 'category', data: loads.map((d) => `${d.date.slice(5)} ${names[d.day % 7]}`), axisLabel: { rotate: 60, fontSize: 10 } },
      yAxis: { type: 'value', max: (v: { max: number }) => Math.ceil(Math.max(v.max, workH)) },
      series: [
        { type: 'bar', stack: 'h', name: t('visitHours'), data: loads.map((d) => d.visitH), itemStyle: { color: '#3b7dd8' } },
        {
          type: 'bar', stack: 'h', name: t('travelHours'), data: loads.map((d) => d.travelH), itemStyle: { color: '#f0a03c' },
          markLine: { symbol: 'none', label: { formatter: t('workHours') }, data: [{ yAxis: workH }], lineStyle: { color: '#d33', type: 'dashed' } },
        },
      ],
    };
  }, [loads, workH, t, i18n.language]);
  const ref = useEChart(option);
  return (
    <>
      <div ref={ref} data-testid="plan-workload" style={{ height: 280, width: '100%' }} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('workloadNote')}</Typography.Text>
    </>
  );
}
