import { useState } from 'react';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '@qudao/contract';
import { fetchProvinces } from '../../api/endpoints';
import { ErrorPanel } from '../../ui/error-panel';
import { useMe } from '../auth/use-me';
import { fetchMeetings, meetingsKey } from './api';
import { ScheduleModal } from './schedule-modal';

/** Colour of a meeting status tag. */
export const meetingStatusColor: Record<Meeting['status'], string> = { scheduled: 'blue', held: 'green', cancelled: 'default' };

/** Distributor meetings (R2.3), newest first; HQ schedules them. */
export function MeetingsPage() {
  const { t } = useTranslation('meetings');
  const isHq = useMe().data?.role === 'hq';
  const [scheduling, setScheduling] = useState(false);
  const q = useQuery({ queryKey: meetingsKey, queryFn: fetchMeetings });
  const provinces = useQuery({ queryKey: ['units', 'provinces'], queryFn: fetchProvinces });
  const regionName = (id: string | null) => (id ? (provinces.data?.items.find((u) => u.id === id)?.name ?? id) : '');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('title')}</Typography.Title>
        {isHq && <Button type="primary" onClick={() => setScheduling(true)} data-testid="meeting-schedule">{t('schedule')}</Button>}
      </Space>
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      <Card size="small">
        <Table
          size="small" rowKey="id" loading={q.isPending} dataSource={q.data?.items ?? []} locale={{ emptyText: t('empty') }} scroll={{ x: true }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }} data-testid="meetings-table"
          columns={[
            { title: t('heldOn'), dataIndex: 'heldOn' },
            { title: t('meetingTitle'), dataIndex: 'title', render: (title: string, m) => <Link to={`/meetings/${m.id}`}>{title}</Link> },
            { title: t('scopeLabel'), dataIndex: 'scope', responsive: ['md'], render: (s: Meeting['scope'], m) => `${t(`scope.${s}`)} ${regionName(m.regionUnitId)}` },
            { title: t('place'), dataIndex: 'place', responsive: ['lg'], render: (p: string | null) => p ?? '—' },
            { title: t('statusLabel'), dataIndex: 'status', render: (s: Meeting['status']) => <Tag color={meetingStatusColor[s]}>{t(`status.${s}`)}</Tag> },
            {
              title: t('invitees'), key: 'invitees', responsive: ['sm'],
              render: (_: unknown, m) => t('attendedCount', { attended: m.invitees.filter((i) => i.attended).length, invited: m.invitees.length }),
            },
          ]}
        />
      </Card>
      <ScheduleModal open={scheduling} onClose={() => setScheduling(false)} />
    </Space>
  );
}
