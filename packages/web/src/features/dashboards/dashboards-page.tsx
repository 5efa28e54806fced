import { Button, Col, Row, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { dashboardKinds } from '@qudao/contract';
import { toQueryString } from '../../api/client';
import { useMe } from '../auth/use-me';
import { DashboardCard } from './dashboard-card';
import { DashboardFilters } from './dashboard-filters';
import { useDashboardFilters } from './use-dashboard-filters';

/** Managers' and HQ's dashboards (issue 8 item 5), filtered by region, team, rep and period from the address. */
export function DashboardsPage() {
  const { t } = useTranslation('dashboards');
  const me = useMe();
  const [filters, setFilters] = useDashboardFilters();
  const role = me.data?.role ?? 'rep';
  const reportQuery = toQueryString({ region: filters.regionUnitId, manager: filters.managerId, rep: filters.repId, month: filters.to });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('title')}</Typography.Title>
        <Link to={`/dashboards/report${reportQuery}`}><Button data-testid="open-report">{t('report')}</Button></Link>
      </Space>
      <DashboardFilters role={role} filters={filters} onChange={setFilters} />
      <Row gutter={[12, 12]}>
        {dashboardKinds.map((kind) => (
          <Col key={kind} xs={24} xl={12}>
            <DashboardCard kind={kind} filters={filters} />
          </Col>
        ))}
      </Row>
    </Space>
  );
}
