import { Button, DatePicker, Space, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { dashboardKinds, dashboardTitles, type DashboardFilters } from '@qudao/contract';
import { fetchProvinces, fetchUsers } from '../../api/endpoints';
import { currentLocale } from '../../i18n';
import { ErrorPanel } from '../../ui/error-panel';
import { PageSpin } from '../../ui/page-spin';
import { useMe } from '../auth/use-me';
import { dashboardsKey, fetchDashboard } from './api';
import { DashboardChart } from './dashboard-chart';
import { DashboardTable } from './dashboard-table';
import { useDashboardFilters } from './use-dashboard-filters';

// Printed through the browser (print → save as PDF): the navigation and controls are hidden, sections
// are kept whole on a page. See docs/decisions/010-monthly-report-printed-by-the-browser.md.
const printCss = `@media print {
  .ant-layout-header, .ant-layout-sider, .no-print { display: none !important; }
  .ant-layout-content { padding: 0 !important; }
  .report-section { break-inside: avoid; page-break-inside: avoid; margin-bottom: 12px; }
}`;

/** The monthly report: every dashboard for one month and one region/team/rep, ready to print to PDF. */
export function ReportPage() {
  const { t } = useTranslation('dashboards');
  const locale = currentLocale();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [base] = useDashboardFilters();
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(params.get('month') ?? '') ? params.get('month')! : dayjs().format('YYYY-MM');
  const filters: DashboardFilters = { regionUnitId: base.regionUnitId, managerId: base.managerId, repId: base.repId, from: month, to: month };
  const results = useQueries({ queries: dashboardKinds.map((kind) => ({ queryKey: [...dashboardsKey, kind, filters], queryFn: () => fetchDashboard(kind, filters) })) });
  const provinces = useQuery({ queryKey: ['provinces'], queryFn: fetchProvinces, staleTime: 3_600_000 });
  const users = useQuery({ queryKey: ['users', 'dashboards'], queryFn: fetchUsers, enabled: !!me.data && me.data.role !== 'rep', staleTime: 300_000 });
  const scope = [
    provinces.data?.items.find((p) => p.id === filters.regionUnitId)?.name,
    users.data?.items.find((u) => u.id === filters.managerId)?.displayName,
    users.data?.items.find((u) => u.id === filters.repId)?.displayName,
  ].filter(Boolean).join(' · ') || t('allScope');
  const failed = results.find((r) => r.isError);
  return (
    <div data-testid="monthly-report">
      <style>{printCss}</style>
      <Space className="no-print" wrap style={{ marginBottom: 12 }}>
        <Link to={`/dashboards${window.location.search.replace(/([?&])month=[^&]*&?/, '$1')}`}>{t('back')}</Link>
        <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} aria-label={t('reportMonth')}
          onChange={(v) => { const next = new URLSearchParams(params); next.set('month', (v ?? dayjs()).format('YYYY-MM')); setParams(next, { replace: true }); }} />
        <Button type="primary" onClick={() => window.print()} data-testid="print-report">{t('print')}</Button>
      </Space>
      <Typography.Title level={3}>{t('reportTitle', { month })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('reportScope', { scope })} · {t('generated', { date: dayjs().format('YYYY-MM-DD') })}</Typography.Paragraph>
      {failed && <ErrorPanel error={failed.error} onRetry={() => results.forEach((r) => void r.refetch())} />}
      {results.some((r) => r.isPending) && <PageSpin />}
      {results.every((r) => r.data) &&
        results.map((r) => r.data!).map((d) => (
          <section key={d.kind} className="report-section" data-testid={`report-${d.kind}`}>
            <Typography.Title level={5}>{dashboardTitles[d.kind][locale]}</Typography.Title>
            <DashboardChart dashboard={d} height={220} />
            <DashboardTable dashboard={d} />
          </section>
        ))}
    </div>
  );
}
