import { useState } from 'react';
import { Drawer, Table } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dashboardCategoryLabel, dashboardSeriesLabel, type Dashboard, type DashboardFilters } from '@qudao/contract';
import { currentLocale } from '../../i18n';
import { ErrorPanel } from '../../ui/error-panel';
import { dashboardsKey, fetchDrill } from './api';
import type { Figure } from './dashboard-chart';
import { formatFigure } from './format';

/** The accounts behind a clicked figure, a page at a time, each linked to its account page. */
export function DrillDrawer({ dashboard, filters, figure, onClose }: { dashboard: Dashboard; filters: DashboardFilters; figure: Figure | null; onClose: () => void }) {
  const { t } = useTranslation('dashboards');
  const locale = currentLocale();
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: [...dashboardsKey, 'drill', dashboard.kind, filters, figure, page],
    queryFn: () => fetchDrill(dashboard.kind, filters, figure!.category, figure!.series, page),
    enabled: figure !== null,
  });
  const category = figure ? dashboard.categories.find((c) => c.key === figure.category) : undefined;
  const title = figure ? t('drillTitle', { figure: dashboardSeriesLabel(figure.series, locale), category: category ? dashboardCategoryLabel(category, locale) : figure.category }) : '';
  return (
    <Drawer open={figure !== null} onClose={() => { setPage(1); onClose(); }} title={title} width="min(640px, 100vw)" destroyOnHidden>
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      <Table
        size="small"
        rowKey="accountId"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        data-testid="drill-table"
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: 50, total: q.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { key: 'name', title: t('account'), render: (_, a) => <Link to={`/accounts/${a.accountId}`}>{a.name}</Link> },
          { key: 'unit', title: t('unit'), dataIndex: 'unitName' },
          { key: 'kind', title: t('kind'), render: (_, a) => t(`kinds.${a.kind}`) },
          { key: 'value', title: t('value'), align: 'right', render: (_, a) => (a.value === null ? '' : formatFigure(figure?.series ?? '', a.value, locale)) },
        ]}
      />
    </Drawer>
  );
}
