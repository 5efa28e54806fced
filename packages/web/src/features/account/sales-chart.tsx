import { useEffect, useMemo, useRef } from 'react';
import { Card, Empty, Skeleton, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import { fetchMonthlySales } from '../../api/endpoints';
import { currentLocale } from '../../i18n';
import { ErrorPanel } from '../../ui/error-panel';
import { formatFen, formatFenCompact } from '../../ui/money';
import { chooseLastMonth, fillMonths, type MonthBar } from './sales-months';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

function Chart({ bars }: { bars: MonthBar[] }) {
  const { t, i18n } = useTranslation();
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
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => formatFen(Number(v), locale),
      },
      xAxis: { type: 'category', data: bars.map((b) => b.month), axisLabel: { formatter: (m: string) => m.slice(2).replace('-', '/') } },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatFenCompact(v, locale) } },
      series: [{ type: 'bar', name: t('account.salesAmount'), data: bars.map((b) => b.amountFen), itemStyle: { color: '#3b7dd8', borderRadius: [3, 3, 0, 0] } }],
    });
  }, [bars, t, i18n.language]);
  return <div ref={ref} style={{ height: 260, width: '100%' }} data-testid="sales-chart" />;
}

/** Monthly sales of the account for the last 24 months as a bar chart, with the total. */
export function SalesCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['accounts', accountId, 'sales-monthly'], queryFn: () => fetchMonthlySales(accountId) });
  const bars = useMemo(() => (q.data ? fillMonths(q.data.months, chooseLastMonth(q.data.months, new Date())) : []), [q.data]);
  const totalFen = bars.reduce((s, b) => s + b.amountFen, 0);
  return (
    <Card
      size="small"
      title={t('account.sales')}
      extra={q.data && totalFen > 0 ? <Typography.Text type="secondary">{t('account.salesTotal', { amount: formatFen(totalFen, currentLocale()) })}</Typography.Text> : null}
    >
      {q.isPending && <Skeleton active />}
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && (totalFen > 0 ? <Chart bars={bars} /> : <Empty description={t('account.noSales')} />)}
    </Card>
  );
}
