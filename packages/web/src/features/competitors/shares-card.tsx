import { useState } from 'react';
import { Card, Segmented, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CompetitorShares } from '@qudao/contract';

/** Share of business per region and brand, or at each account with the competitors named there. */
export function SharesCard({ shares }: { shares: CompetitorShares }) {
  const { t } = useTranslation('competitors');
  const [view, setView] = useState<'region' | 'account'>('region');
  return (
    <Card size="small" title={t('shares')} extra={<Segmented size="small" value={view} onChange={setView} options={[{ value: 'region', label: t('byRegion') }, { value: 'account', label: t('byAccount') }]} />}>
      {view === 'region' ? (
        <Table
          size="small" rowKey={(r) => `${r.regionName}|${r.brand}`} dataSource={shares.regions} scroll={{ x: 420 }} locale={{ emptyText: t('noShares') }} data-testid="shares-regions"
          pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
          columns={[
            { title: t('regionCol'), dataIndex: 'regionName' },
            { title: t('brand'), dataIndex: 'brand', render: (b: string) => (b === '' ? <Tag color="blue">{t('ours')}</Tag> : b) },
            { title: t('avgShare'), dataIndex: 'avgSharePct', align: 'right', render: (x: number) => `${x} %` },
            { title: t('accounts'), dataIndex: 'accounts', align: 'right' },
          ]}
        />
      ) : (
        <Table
          size="small" rowKey="accountId" dataSource={shares.accounts} scroll={{ x: 560 }} locale={{ emptyText: t('noShares') }} data-testid="shares-accounts"
          pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
          columns={[
            { title: t('account'), dataIndex: 'name', render: (n: string, r) => <Link to={`/accounts/${r.accountId}`}>{n}</Link> },
            { title: t('regionCol'), dataIndex: 'regionName', responsive: ['md'] },
            { title: t('date'), dataIndex: 'date', responsive: ['sm'] },
            { title: t('ourShare'), dataIndex: 'ourSharePct', align: 'right', render: (x: number) => `${x} %` },
            {
              title: t('competitorsCol'), dataIndex: 'competitors',
              render: (cs: CompetitorShares['accounts'][number]['competitors']) => <Space size={2} wrap>{cs.map((c) => <Tag key={c.competitor}>{`${c.competitor} ${c.sharePct} %`}</Tag>)}</Space>,
            },
          ]}
        />
      )}
    </Card>
  );
}
