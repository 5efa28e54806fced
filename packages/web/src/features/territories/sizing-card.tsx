import { useMemo } from 'react';
import { Alert, Card, Descriptions, Skeleton } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SizingReport } from '@qudao/contract';
import { errorMessage } from '../../api/client';
import { useEChart } from '../../ui/use-echart';
import { fetchSizing } from './api';

function Curve({ sizing }: { sizing: SizingReport }) {
  const { t } = useTranslation('territories');
  const option = useMemo(() => ({
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => Number(v).toFixed(1) },
    xAxis: { type: 'category', data: sizing.curve.map((p) => String(p.reps)) },
    yAxis: [{ type: 'value', name: '%' }, { type: 'value', name: 'h', splitLine: { show: false } }],
    series: [
      { type: 'line', name: t('highest'), data: sizing.curve.map((p) => p.highestUtilisationPct), markLine: { symbol: 'none', data: [{ yAxis: 100 }] } },
      { type: 'line', name: t('mean'), data: sizing.curve.map((p) => p.meanUtilisationPct) },
      { type: 'line', name: t('travel'), yAxisIndex: 1, data: sizing.curve.map((p) => p.travelHours) },
    ],
  }), [sizing, t]);
  const ref = useEChart(option);
  return <div ref={ref} data-testid="sizing-curve" style={{ height: 280, width: '100%' }} />;
}

/** Sales-force sizing (R1): reps needed, the curve of reps against utilisation and travel, ±1 rep. */
export function SizingCard() {
  const { t } = useTranslation('territories');
  const q = useQuery({ queryKey: ['territory-design', 'sizing'], queryFn: fetchSizing });
  if (q.error) return <Alert type="error" showIcon title={errorMessage(q.error)} />;
  if (!q.data) return <Skeleton active />;
  const s = q.data;
  const at = (r: number) => s.curve.find((p) => p.reps === r);
  const line = (sign: '+' | '−', r: number) => {
    const p = at(r);
    return p ? t('marginal', { sign, util: p.highestUtilisationPct.toFixed(0), travel: p.travelHours.toFixed(0) }) : '—';
  };
  return (
    <Card size="small">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="">
          <strong data-testid="reps-needed">{t('repsNeeded', { n: s.repsNeeded, current: s.currentReps })}</strong>
        </Descriptions.Item>
        <Descriptions.Item label="">{t('totalHours', { hours: s.totalHours.toFixed(0) })}</Descriptions.Item>
        <Descriptions.Item label="">{t('capacity', { hours: s.capacityHours.toFixed(1) })}</Descriptions.Item>
        <Descriptions.Item label="">{line('+', s.repsNeeded + 1)}</Descriptions.Item>
        <Descriptions.Item label="">{line('−', s.repsNeeded - 1)}</Descriptions.Item>
      </Descriptions>
      <Curve sizing={s} />
    </Card>
  );
}
