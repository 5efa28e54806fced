import { Card, Table, Typography } from 'antd';
import type { OverduePromise } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOverduePromises } from './overdue';

/** Overdue promises on the ledger page (R3.5): account, promise, due day, days overdue and owner. */
export function OverdueCard() {
  const { t } = useTranslation('visits');
  const q = useOverduePromises();
  return (
    <Card size="small" title={t('notices.title')} data-testid="overdue-card">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('notices.hint')}</Typography.Paragraph>
      <Table<OverduePromise>
        size="small"
        rowKey="id"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        locale={{ emptyText: t('notices.none') }}
        scroll={{ x: true }}
        columns={[
          { title: t('account'), dataIndex: 'accountName', render: (name: string, p) => <Link to={`/accounts/${p.accountId}`}>{name}</Link> },
          { title: t('what'), dataIndex: 'what', render: (w: string, p) => `${w} → ${p.toWhom}` },
          { title: t('due'), dataIndex: 'dueOn' },
          { title: t('overdue'), dataIndex: 'daysOverdue', render: (n: number) => <Typography.Text type="danger">{t('notices.days', { n })}</Typography.Text> },
          { title: t('notices.owner'), dataIndex: 'ownerName', responsive: ['sm'] },
        ]}
      />
    </Card>
  );
}
