import { useState } from 'react';
import { Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DumpingCase } from '@qudao/contract';
import { ErrorPanel } from '../../ui/error-panel';
import { dumpingKey, fetchCases } from './api';

type Status = DumpingCase['status'];
/** Colour of a case status. */
export const statusColor: Record<Status, string> = { investigating: 'orange', confirmed: 'red', dismissed: 'default', actioned: 'green' };
const statuses: Status[] = ['investigating', 'confirmed', 'dismissed', 'actioned'];

/** The alerts and cases each manager sees for their territories (HQ all), by status. */
export function DumpingPage() {
  const { t } = useTranslation('dumping');
  const q = useQuery({ queryKey: dumpingKey, queryFn: fetchCases });
  const [status, setStatus] = useState<Status | 'all'>('all');
  const all = q.data?.items ?? [];
  const items = status === 'all' ? all : all.filter((c) => c.status === status);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('intro')}</Typography.Paragraph>
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      <Card size="small">
        <div style={{ overflowX: 'auto', marginBottom: 8 }}>
          <Segmented<Status | 'all'>
            value={status} onChange={setStatus}
            options={[{ value: 'all', label: `${t('all')} ${all.length}` }, ...statuses.map((s) => ({ value: s, label: `${t(`status.${s}`)} ${all.filter((c) => c.status === s).length}` }))]}
          />
        </div>
        <Table<DumpingCase>
          size="small" rowKey="id" dataSource={items} loading={q.isPending} scroll={{ x: 600 }} locale={{ emptyText: t('none') }} data-testid="dumping-table"
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          columns={[
            { title: t('createdAt'), dataIndex: 'createdAt', width: 110, render: (x: string) => dayjs(x).format('YYYY-MM-DD') },
            { title: t('serial'), dataIndex: 'serial', render: (s: string, c) => <Link to={`/dumping/${c.id}`} data-testid="case-link">{s}</Link> },
            { title: t('soldTo'), dataIndex: 'soldToName' },
            { title: t('foundAt'), dataIndex: 'foundAtName' },
            { title: t('statusLabel'), dataIndex: 'status', render: (s: Status) => <Tag color={statusColor[s]}>{t(`status.${s}`)}</Tag> },
          ]}
        />
      </Card>
    </Space>
  );
}
