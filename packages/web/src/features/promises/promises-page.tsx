import { Card, List, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CrossTerritoryAlert, PromiseKeepingRate, VisitPromiseView } from '@qudao/contract';
import { api } from '../../api/client';
import type { Page } from '../../api/endpoints';
import { ErrorPanel } from '../../ui/error-panel';
import { OverdueCard } from './overdue-card';
import { WeeklyCard } from './weekly-card';

/** The promise ledger (R3.5): keeping rate per rep, open promises (overdue first) and 窜货 alerts (R3.4). */
export function PromisesPage() {
  const { t } = useTranslation('visits');
  const rates = useQuery({ queryKey: ['promises', 'rates'], queryFn: () => api<Page<PromiseKeepingRate>>('/promises/rates') });
  const open = useQuery({ queryKey: ['promises', 'open'], queryFn: () => api<Page<VisitPromiseView>>('/promises', { query: { status: 'open' } }) });
  const alerts = useQuery({ queryKey: ['alerts'], queryFn: () => api<Page<CrossTerritoryAlert>>('/alerts/cross-territory') });
  const error = rates.error ?? open.error ?? alerts.error;
  const openSorted = [...(open.data?.items ?? [])].sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueOn < b.dueOn ? -1 : 1));
  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 900 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>{t('ledger.title')}</Typography.Title>
      {error && <ErrorPanel error={error} />}
      <OverdueCard />
      <WeeklyCard />
      <Card size="small" title={t('ledger.rates')}>
        <Table<PromiseKeepingRate>
          size="small"
          rowKey="ownerId"
          pagination={false}
          loading={rates.isPending}
          dataSource={rates.data?.items ?? []}
          data-testid="keeping-rates"
          scroll={{ x: true }}
          columns={[
            { title: t('ledger.rep'), dataIndex: 'ownerName' },
            { title: t('ledger.kept'), dataIndex: 'kept' },
            { title: t('ledger.broken'), dataIndex: 'broken' },
            { title: t('ledger.overdueOpen'), dataIndex: 'overdueOpen' },
            { title: t('ledger.rate'), dataIndex: 'keepingRatePercent', render: (v: number | null) => (v === null ? '—' : `${v}%`) },
          ]}
        />
      </Card>
      <Card size="small" title={t('ledger.alerts')}>
        <List
          size="small"
          locale={{ emptyText: t('ledger.none') }}
          dataSource={alerts.data?.items ?? []}
          renderItem={(a) => (
            <List.Item data-testid="alert-row">
              <span>
                <Tag color="red">{a.serial}</Tag> {t('ledger.soldTo')} {String(a.evidence.soldTo ?? '')} ({String(a.evidence.soldOn ?? '')}) → {t('ledger.foundAt')} {String(a.evidence.foundAt ?? '')}
                {a.evidence.place ? ` · ${String(a.evidence.place)}` : ''} · {a.createdAt.slice(0, 10)}
              </span>
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('ledger.open')}>
        <List
          size="small"
          loading={open.isPending}
          locale={{ emptyText: t('ledger.none') }}
          dataSource={openSorted}
          renderItem={(p) => (
            <List.Item data-testid="ledger-promise">
              {p.what} → {p.toWhom} · {t('due')} {p.dueOn} {p.overdue && <Tag color="red">{t('overdue')}</Tag>}
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
