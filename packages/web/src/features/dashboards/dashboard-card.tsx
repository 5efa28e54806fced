import { useState } from 'react';
import { Button, Card, Collapse, Empty, Skeleton, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dashboardTitles, type DashboardFilters, type DashboardKind } from '@qudao/contract';
import { currentLocale } from '../../i18n';
import { ErrorPanel } from '../../ui/error-panel';
import { dashboardsKey, fetchDashboard, xlsxHref } from './api';
import { DashboardChart, type Figure } from './dashboard-chart';
import { DashboardTable } from './dashboard-table';
import { DrillDrawer } from './drill-drawer';

/** One dashboard: chart (click to drill down), its figures as a table, and the XLSX export. */
export function DashboardCard({ kind, filters }: { kind: DashboardKind; filters: DashboardFilters }) {
  const { t } = useTranslation('dashboards');
  const [figure, setFigure] = useState<Figure | null>(null);
  const q = useQuery({ queryKey: [...dashboardsKey, kind, filters], queryFn: () => fetchDashboard(kind, filters) });
  const d = q.data;
  const empty = d && (d.categories.length === 0 || d.series.every((s) => s.values.every((v) => !v)));
  return (
    <Card
      size="small"
      title={dashboardTitles[kind][currentLocale()]}
      data-testid={`dashboard-${kind}`}
      extra={<Button size="small" href={xlsxHref(kind, filters)} download>{t('export')}</Button>}
    >
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      {q.isPending && <Skeleton active />}
      {d && empty && <Empty description={t('empty')} />}
      {d && !empty && (
        <>
          <DashboardChart dashboard={d} onFigure={setFigure} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('drillHint')} · {t('asOf', { date: d.asOf })}</Typography.Text>
          <Collapse size="small" ghost items={[{ key: 'table', label: t('table'), children: <DashboardTable dashboard={d} onFigure={setFigure} /> }]} />
          <DrillDrawer dashboard={d} filters={filters} figure={figure} onClose={() => setFigure(null)} />
        </>
      )}
    </Card>
  );
}
