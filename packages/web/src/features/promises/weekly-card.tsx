import { Card, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { WeeklyReport } from '@qudao/contract';
import { api } from '../../api/client';
import type { Page } from '../../api/endpoints';

/** This week's report per rep (issue 5 item 8), for the rep themself or a manager's team. */
export function WeeklyCard() {
  const { t } = useTranslation('visits');
  const q = useQuery({ queryKey: ['reports', 'weekly'], queryFn: () => api<Page<WeeklyReport>>('/reports/weekly') });
  const first = q.data?.items[0];
  return (
    <Card size="small" title={`${t('weekly.title')}${first ? ` · ${first.weekFrom} – ${first.weekTo}` : ''}`}>
      <Table<WeeklyReport>
        size="small"
        rowKey="repId"
        pagination={false}
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        scroll={{ x: true }}
        data-testid="weekly-report"
        columns={[
          { title: t('ledger.rep'), dataIndex: 'repName' },
          { title: t('weekly.planned'), dataIndex: 'planned' },
          { title: t('weekly.done'), dataIndex: 'done' },
          { title: t('weekly.effective'), dataIndex: 'effective' },
          { title: t('weekly.missed'), dataIndex: 'missedOrCancelled' },
          { title: t('weekly.outOfRange'), dataIndex: 'outOfRange' },
          { title: t('weekly.promises'), dataIndex: 'promisesMade' },
          { title: t('weekly.tickets'), dataIndex: 'ticketsOpened' },
        ]}
      />
    </Card>
  );
}
