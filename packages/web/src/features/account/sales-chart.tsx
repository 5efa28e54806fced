import { useMemo } from 'react';
import { Card, Empty, Skeleton, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchMonthlySales } from '../../api/endpoints';
import { currentLocale } from '../../i18n';
import { ErrorPanel } from '../../ui/error-panel';
import { formatFen, formatFenCompact } from '../../ui/money';
import { useEChart } from '../../ui/use-echart';
import { chooseLastMonth, fillMonths, type MonthBar } from './sales-months';

function Chart({ bars }: { bars: MonthBar[] }) {
  const { t, i18n } = useTranslation();
  const option = useMemo(() => {
    const locale = currentLocale();
    return {
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => formatFen(Number(v), locale),
      },
      xAxis: { type: 'category', data: bars.map((b) => b.month), axisLabel: { formatter: (m: string) => m.slice(2).replace('-', '/') } },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatFenCompact(v, locale) } },
      series: [{ type: 'bar', name: t('account.salesAmount'), data: bars.map((b) => b.amountFen), itemStyle: { color: '#3b7dd8', borderRadius: [3, 3, 0, 0] } }],
    };
    // i18n.language: the locale read above changes with it.
  }, [bars, t, i18n.language]);
  // Merged: one series every time, so new figures animate from the old bars.
  const ref = useEChart(option, undefined, { merge: true });
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
