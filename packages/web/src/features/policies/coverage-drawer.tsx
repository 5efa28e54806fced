import { Drawer, Empty, List, Progress, Tabs, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Policy, PolicyCoverage } from '@qudao/contract';
import { ErrorPanel } from '../../ui/error-panel';
import { coverageKey, fetchCoverage } from './api';

type Row = PolicyCoverage['missing'][number];

function Rows({ rows, delivered }: { rows: Row[]; delivered: boolean }) {
  const { t } = useTranslation('policies');
  return (
    <List
      size="small" dataSource={rows} pagination={rows.length > 20 ? { pageSize: 20, size: 'small' } : false}
      locale={{ emptyText: delivered ? <Empty description={false} /> : t('allHeard') }}
      renderItem={(r) => (
        <List.Item data-testid={delivered ? 'coverage-delivered' : 'coverage-missing'}>
          <Link to={`/accounts/${r.accountId}`}>{r.name}</Link>
          {delivered && <Typography.Text type="secondary">{`${r.deliveredOn ?? ''} · ${r.acknowledgedBy ?? ''}`}</Typography.Text>}
        </List.Item>
      )}
    />
  );
}

/** Delivery coverage of one policy (R2.3): the distributors that have not heard it yet first, each a link to its account. */
export function CoverageDrawer({ policy, onClose }: { policy: Policy | null; onClose: () => void }) {
  const { t } = useTranslation('policies');
  const q = useQuery({ queryKey: coverageKey(policy?.id ?? ''), queryFn: () => fetchCoverage(policy!.id), enabled: !!policy });
  const pct = policy && policy.distributorCount > 0 ? Math.round((policy.deliveredCount * 100) / policy.distributorCount) : 0;
  return (
    <Drawer open={!!policy} onClose={onClose} title={policy?.title} width={480} styles={{ wrapper: { maxWidth: '100vw' } }} destroyOnHidden>
      {policy && (
        <>
          <Progress percent={pct} />
          <Typography.Paragraph type="secondary">{t('coverageOf', { delivered: policy.deliveredCount, total: policy.distributorCount })}</Typography.Paragraph>
        </>
      )}
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && (
        <Tabs
          items={[
            { key: 'missing', label: t('missing', { count: q.data.missing.length }), children: <Rows rows={q.data.missing} delivered={false} /> },
            { key: 'delivered', label: t('delivered', { count: q.data.delivered.length }), children: <Rows rows={q.data.delivered} delivered /> },
          ]}
        />
      )}
    </Drawer>
  );
}
