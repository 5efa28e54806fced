import { useMemo, useState } from 'react';
import { Card, Empty, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CompetitorIntel } from '@qudao/contract';
import { currentLocale } from '../../i18n';
import { formatFen, formatFenCompact } from '../../ui/money';
import { useEChart } from '../../ui/use-echart';

/** For one model (the most observed by default): one line per competitor brand, its average observed price per month. */
export function PriceTrendChart({ prices, ours }: { prices: CompetitorIntel['competitorPrices']; ours: CompetitorIntel['ourModels'] }) {
  const { t } = useTranslation('competitors');
  const models = useMemo(() => {
    const n = new Map<string, number>();
    for (const p of prices) n.set(p.model, (n.get(p.model) ?? 0) + p.observations);
    return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([m]) => m);
  }, [prices]);
  const [picked, setModel] = useState<string | undefined>();
  const model = picked && models.includes(picked) ? picked : models[0];
  const shown = useMemo(() => prices.filter((p) => p.model === model), [prices, model]);
  const hasData = shown.length > 0;
  const own = ours.find((o) => o.model === model);
  const option = useMemo(() => {
    const locale = currentLocale();
    const months = [...new Set(shown.map((p) => p.month))].sort();
    const lines = [...new Set(shown.map((p) => p.brand))];
    return {
      grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
      legend: { type: 'scroll', top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => (typeof v === 'number' ? formatFen(v, locale) : '—') },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => formatFenCompact(v, locale) } },
      series: [
        ...lines.map((name) => ({
          type: 'line', name, connectNulls: true,
          data: months.map((m) => shown.find((p) => p.brand === name && p.month === m)?.avgPriceFen ?? null),
        })),
        // Our own model of the same name, for comparison: its list price and the average observed price.
        ...(own ? [{ type: 'line', name: t('ourList'), showSymbol: false, lineStyle: { type: 'dashed', width: 2 }, color: '#1677ff', data: months.map(() => own.listPriceFen) }] : []),
        ...(own?.avgObservedFen ? [{ type: 'line', name: t('ourObserved'), showSymbol: false, lineStyle: { type: 'dotted', width: 2 }, color: '#003eb3', data: months.map(() => own.avgObservedFen) }] : []),
      ],
    };
  }, [shown, own, t]);
  const ref = useEChart(option);
  return (
    <Card size="small" title={t('trend')} extra={<Select size="small" showSearch style={{ width: 140 }} value={model} onChange={setModel} options={models.map((m) => ({ value: m, label: m }))} data-testid="trend-model" />}>
      {!hasData && <Empty description={t('noPrices')} />}
      {/* Always rendered, hidden without data, so that the chart lives as long as the card. */}
      <div ref={ref} style={{ width: '100%', height: 320, display: hasData ? undefined : 'none' }} data-testid="price-trend-chart" />
    </Card>
  );
}
