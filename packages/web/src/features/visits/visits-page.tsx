import { Button, Card, List, Space, Tabs, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../ui/error-panel';
import { useMe } from '../auth/use-me';
import { fetchVisits } from './api';
import { VisitSettingsPanel } from './visit-settings';

const statusColor = { planned: 'default', prepared: 'blue', in_progress: 'gold', done: 'green', missed: 'red', cancelled: 'default' } as const;

/** The visits page; HQ also finds the visit rules and the sales-tools checklist here. */
export function VisitsPage() {
  const { t } = useTranslation('visits');
  const isHq = useMe().data?.role === 'hq';
  if (!isHq) return <VisitList />;
  return (
    <Tabs
      items={[
        { key: 'list', label: t('title'), children: <VisitList /> },
        { key: 'settings', label: <span data-testid="visit-settings-tab">{t('settings.tab')}</span>, children: <VisitSettingsPanel /> },
      ]}
    />
  );
}

/** The visits the user may see, latest day first, with a link to plan a new one. */
function VisitList() {
  const { t } = useTranslation('visits');
  const q = useQuery({ queryKey: ['visits', 'list'], queryFn: () => fetchVisits({ pageSize: 100 }) });
  return (
    <Card
      title={t('title')}
      extra={<Link to="/visits/new"><Button type="primary" data-testid="visit-new">+ {t('newVisit')}</Button></Link>}
    >
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      <List
        loading={q.isPending}
        locale={{ emptyText: t('noVisits') }}
        dataSource={q.data?.items ?? []}
        renderItem={(v) => (
          <List.Item data-testid="visit-row" actions={[<Link key="open" to={`/visits/${v.id}`}>{t('open')}</Link>]}>
            <Space direction="vertical" size={0}>
              <Typography.Text strong>{v.accountName}</Typography.Text>
              <span>
                {v.plannedOn} · {t(`kinds.${v.kind}`)} · <Tag color={statusColor[v.status]}>{t(`statuses.${v.status}`)}</Tag>
                {v.effective && <Tag color="green">{t('effective')}</Tag>}
                {v.checkIn?.status === 'out_of_range' && <Tag color="red">{t('checkInStatus.out_of_range')}</Tag>}
              </span>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
