import { useState } from 'react';
import { Button, Card, Progress, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Policy } from '@qudao/contract';
import { ErrorPanel } from '../../ui/error-panel';
import { useMe } from '../auth/use-me';
import { AgendaButton } from './agenda-button';
import { fetchPolicies, policiesKey } from './api';
import { CoverageDrawer } from './coverage-drawer';
import { DraftModal } from './draft-modal';
import { ReleaseButton } from './release-button';

const statusColor: Record<Policy['status'], string> = { drafted: 'default', discussed: 'blue', released: 'green' };

/** Channel policies (R2.3): drafted → discussed at a meeting → released → delivered; coverage per policy. */
export function PoliciesPage() {
  const { t } = useTranslation('policies');
  const isHq = useMe().data?.role === 'hq';
  const [drafting, setDrafting] = useState(false);
  const [coverageOf, setCoverageOf] = useState<Policy | null>(null);
  const q = useQuery({ queryKey: policiesKey, queryFn: fetchPolicies });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('title')}</Typography.Title>
        {isHq && <Button type="primary" onClick={() => setDrafting(true)} data-testid="policy-draft">{t('draft')}</Button>}
      </Space>
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      <Card size="small">
        <Table
          size="small" rowKey="id" loading={q.isPending} dataSource={q.data?.items ?? []} locale={{ emptyText: t('empty') }} scroll={{ x: true }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }} data-testid="policies-table"
          columns={[
            {
              title: t('policyTitle'), dataIndex: 'title',
              render: (title: string, p) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{title}</Typography.Text>
                  {p.summary && <Typography.Text type="secondary" ellipsis={{ tooltip: p.summary }} style={{ maxWidth: 320 }}>{p.summary}</Typography.Text>}
                  {p.overrideReason && <Typography.Text type="warning">{t('overrideNote', { reason: p.overrideReason })}</Typography.Text>}
                </Space>
              ),
            },
            {
              title: t('targets'), key: 'targets', responsive: ['md'],
              render: (_: unknown, p: Policy) =>
                p.targetTiers.length === 0 && p.targetUnits.length === 0 ? (
                  <Typography.Text type="secondary">{t('allDistributors')}</Typography.Text>
                ) : (
                  <Space size={[0, 4]} wrap data-testid="policy-targets">
                    {p.targetTiers.map((x) => <Tag key={x} color="gold">{t('tierTag', { tier: x })}</Tag>)}
                    {p.targetUnits.map((u) => <Tag key={u.id}>{u.name}</Tag>)}
                  </Space>
                ),
            },
            { title: t('statusLabel'), dataIndex: 'status', render: (s: Policy['status']) => <Tag color={statusColor[s]} data-testid="policy-status">{t(`status.${s}`)}</Tag> },
            { title: t('effectiveOn'), dataIndex: 'effectiveOn', responsive: ['md'], render: (d: string | null) => d ?? '—' },
            { title: t('releasedAt'), dataIndex: 'releasedAt', responsive: ['lg'], render: (d: string | null) => (d ? d.slice(0, 10) : '—') },
            {
              title: t('coverage'), key: 'coverage',
              render: (_: unknown, p) =>
                p.status === 'released' ? (
                  <Tooltip title={t('coverageOf', { delivered: p.deliveredCount, total: p.distributorCount })}>
                    <Button type="link" size="small" style={{ padding: 0, width: 140 }} onClick={() => setCoverageOf(p)} data-testid={`coverage-${p.id}`}>
                      <Progress percent={p.distributorCount > 0 ? Math.round((p.deliveredCount * 100) / p.distributorCount) : 0} size="small" format={() => `${p.deliveredCount}/${p.distributorCount}`} />
                    </Button>
                  </Tooltip>
                ) : '—',
            },
            ...(isHq
              ? [{
                  title: '', key: 'actions',
                  render: (_: unknown, p: Policy) =>
                    p.status === 'released' ? null : (
                      <Space wrap size={4}>
                        <AgendaButton policy={p} />
                        <ReleaseButton policy={p} />
                      </Space>
                    ),
                }]
              : []),
          ]}
        />
      </Card>
      <DraftModal open={drafting} onClose={() => setDrafting(false)} />
      <CoverageDrawer policy={coverageOf} onClose={() => setCoverageOf(null)} />
    </Space>
  );
}
