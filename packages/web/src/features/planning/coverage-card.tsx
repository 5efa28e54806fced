import { Card, List, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPanel } from '../../ui/error-panel';
import { fetchCoverage } from './api';

/** This month's coverage of a rep: required vs effective visits per class, overdue accounts, backtracking. */
export function CoverageCard({ repId }: { repId: string }) {
  const { t } = useTranslation('planning');
  const q = useQuery({ queryKey: ['planning', 'coverage', repId], queryFn: () => fetchCoverage(repId) });
  if (q.isError) return <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />;
  const rep = q.data?.reps[0];
  return (
    <Card size="small" loading={q.isPending} title={t('coverage', { month: q.data?.month ?? '' })} data-testid="plan-coverage">
      {rep && (
        <>
          <Table size="small" pagination={false} rowKey="c"
            dataSource={(['A', 'B', 'C'] as const).map((c) => ({ c, ...rep.classes[c] }))}
            columns={[
              { title: t('valueClass'), dataIndex: 'c' },
              { title: t('required'), dataIndex: 'required' },
              { title: t('effective'), dataIndex: 'effective', render: (v: number, r) => <Typography.Text type={v < r.required ? 'danger' : 'success'}>{v}</Typography.Text> },
            ]} />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0' }}>
            {rep.backtracking.index === null ? t('noBacktracking') : t('backtracking', { index: rep.backtracking.index.toFixed(2), days: rep.backtracking.days })}
          </Typography.Paragraph>
          <Typography.Text strong>{t('overdue')} ({rep.overdue.length})</Typography.Text>
          <List size="small" locale={{ emptyText: t('noOverdue') }} dataSource={rep.overdue}
            pagination={rep.overdue.length > 8 ? { pageSize: 8, size: 'small' } : false}
            renderItem={(o) => (
              <List.Item>
                <span><Tag>{o.valueClass}</Tag><Link to={`/accounts/${o.accountId}`}>{o.name}</Link></span>
                <Typography.Text type="secondary">{o.neverVisited ? t('neverVisited') : t('overdueDays', { n: o.overdueDays })}</Typography.Text>
              </List.Item>
            )} />
        </>
      )}
    </Card>
  );
}
