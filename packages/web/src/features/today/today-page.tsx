import { Card, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TodayView } from '@qudao/contract';
import { api } from '../../api/client';
import { ErrorPanel } from '../../ui/error-panel';
import { PageSpin } from '../../ui/page-spin';
import { TodayMap } from './today-map';

/** A rep's day (issue 5 item 10): today's visits in route order on a map, promises due, open tickets. */
export function TodayPage() {
  const { t } = useTranslation('visits');
  const q = useQuery({ queryKey: ['today'], queryFn: () => api<TodayView>('/today') });
  if (q.isPending) return <PageSpin />;
  if (q.isError) return <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />;
  const d = q.data;
  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>{t('today.title')} · {d.date}</Typography.Title>
      <Card size="small" title={t('today.visits')}>
        {d.visits.length > 0 && <TodayMap stops={d.visits} />}
        <List
          size="small"
          locale={{ emptyText: t('today.noVisits') }}
          dataSource={d.visits}
          renderItem={(s) => (
            <List.Item data-testid="today-visit" actions={[<Link key="open" to={`/visits/${s.visit.id}`}>{t('open')}</Link>]}>
              <span>
                <Tag color="blue">{s.order}</Tag>
                {s.visit.accountName} <Tag>{t(`statuses.${s.visit.status}`)}</Tag>
              </span>
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('today.promisesDue')}>
        <List
          size="small"
          locale={{ emptyText: t('today.none') }}
          dataSource={d.promisesDue}
          renderItem={(p) => (
            <List.Item data-testid="today-promise">
              {p.what} → {p.toWhom} · {t('due')} {p.dueOn} {p.overdue && <Tag color="red">{t('overdue')}</Tag>}
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('today.tickets')}>
        <List
          size="small"
          locale={{ emptyText: t('today.none') }}
          dataSource={d.openTickets}
          renderItem={(x) => (
            <List.Item data-testid="today-ticket">
              {x.accountName} · {x.serial ?? ''} {x.problem} <Tag>{t(`ticketStatus.${x.status}`)}</Tag>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
