import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatFenCompact } from '../../ui/money';
import { useEChart } from '../../ui/use-echart';
import type { RunAccount } from './api';

const classColor = { A: '#d4380d', B: '#d48806', C: '#8c8c8c' } as const;

/** Bars: each account's value, highest first, coloured by class; line: cumulative share of value (%). */
export function ParetoChart({ accounts, aTopPercent }: { accounts: RunAccount[]; aTopPercent: number }) {
  const { t } = useTranslation('classes');
  const option = useMemo(() => {
    const sorted = [...accounts].sort((a, b) => b.valueFen - a.valueFen);
    const total = sorted.reduce((s, a) => s + Math.max(0, a.valueFen), 0);
    let run = 0;
    const cumulative = sorted.map((a) => {
      run += Math.max(0, a.valueFen);
      return total > 0 ? Math.round((run / total) * 1000) / 10 : 0;
    });
    const locale = currentLocale();
    return {
      grid: { left: 8, right: 8, top: 28, bottom: 8, containLabel: true },
      legend: { data: [t('value'), t('cumulative')], top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: sorted.map((a) => a.name), axisLabel: { show: false }, axisTick: { show: false } },
      yAxis: [
        { type: 'value', axisLabel: { formatter: (v: number) => formatFenCompact(v, locale) } },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      ],
      series: [
        { type: 'bar', name: t('value'), data: sorted.map((a) => ({ value: a.valueFen, itemStyle: { color: classColor[a.valueClass] } })), barCategoryGap: '10%' },
        {
          type: 'line', name: t('cumulative'), yAxisIndex: 1, data: cumulative, showSymbol: false, lineStyle: { color: '#1677ff' },
          markLine: { silent: true, symbol: 'none', data: [{ yAxis: aTopPercent }], label: { formatter: `${aTopPercent} %` } },
        },
      ],
    };
  }, [accounts, aTopPercent, t]);
  const ref = useEChart(option);
  return <div ref={ref} style={{ height: 300, width: '100%' }} data-testid="pareto-chart" />;
}
