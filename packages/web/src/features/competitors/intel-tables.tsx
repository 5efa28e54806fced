import { Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CompetitorIntel } from '@qudao/contract';
import { currentLocale } from '../../i18n';
import { formatFen } from '../../ui/money';

interface PriceRow {
  key: string;
  who: string;
  ours: boolean;
  model: string;
  listFen: number | null;
  avgFen: number | null;
  minFen: number | null;
  observations: number;
}

/** Our models (list and observed) next to the competitors' models (observed over the period). */
export function CompareTable({ intel }: { intel: CompetitorIntel }) {
  const { t } = useTranslation('competitors');
  const locale = currentLocale();
  const money = (f: number | null) => (f === null ? '—' : formatFen(f, locale));
  const theirs = new Map<string, PriceRow>();
  for (const p of intel.competitorPrices) {
    const key = `${p.brand}|${p.model}`;
    const e = theirs.get(key) ?? { key, who: p.brand, ours: false, model: p.model, listFen: null, avgFen: 0, minFen: p.minPriceFen, observations: 0 };
    e.avgFen = (e.avgFen ?? 0) + p.avgPriceFen * p.observations;
    e.minFen = Math.min(e.minFen ?? p.minPriceFen, p.minPriceFen);
    e.observations += p.observations;
    theirs.set(key, e);
  }
  const rows: PriceRow[] = [
    ...intel.ourModels.filter((m) => m.observations > 0).map((m) => ({ key: `ours|${m.model}`, who: t('ours'), ours: true, model: m.model, listFen: m.listPriceFen, avgFen: m.avgObservedFen, minFen: null, observations: m.observations })),
    ...[...theirs.values()].map((e) => ({ ...e, avgFen: e.observations > 0 ? Math.round((e.avgFen ?? 0) / e.observations) : null })),
  ].sort((a, b) => a.model.localeCompare(b.model) || Number(b.ours) - Number(a.ours) || a.who.localeCompare(b.who));
  return (
    <Card size="small" title={t('compare')}>
      <Table<PriceRow>
        size="small" rowKey="key" dataSource={rows} scroll={{ x: 560 }} pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }} data-testid="compare-table"
        columns={[
          { title: t('who'), dataIndex: 'who', render: (w: string, r) => <Tag color={r.ours ? 'blue' : 'default'}>{w}</Tag> },
          { title: t('model'), dataIndex: 'model' },
          { title: t('list'), dataIndex: 'listFen', align: 'right', render: money },
          { title: t('avgObserved'), dataIndex: 'avgFen', align: 'right', render: money },
          {
            title: t('vsList'), key: 'vs', align: 'right', responsive: ['sm'],
            render: (_: unknown, r) => (r.listFen && r.avgFen ? `${Math.round((r.avgFen / r.listFen) * 1000) / 10} %` : '—'),
          },
          { title: t('minObserved'), dataIndex: 'minFen', align: 'right', responsive: ['md'], render: money },
          { title: t('observations'), dataIndex: 'observations', align: 'right' },
        ]}
      />
    </Card>
  );
}

/** Orders won and lost per competitor with the reasons given. */
export function OrdersTable({ orders }: { orders: CompetitorIntel['orders'] }) {
  const { t } = useTranslation('competitors');
  return (
    <Card size="small" title={t('orders')}>
      <Table
        size="small" rowKey={(r) => r.brand ?? ''} dataSource={orders} scroll={{ x: 480 }} pagination={false} data-testid="orders-table"
        columns={[
          { title: t('competitor'), dataIndex: 'brand', render: (b: string | null) => b ?? t('noCompetitor') },
          { title: t('won'), dataIndex: 'won', align: 'right' },
          { title: t('lost'), dataIndex: 'lost', align: 'right' },
          { title: t('winRate'), key: 'rate', align: 'right', render: (_: unknown, r) => (r.won + r.lost > 0 ? `${Math.round((r.won / (r.won + r.lost)) * 100)} %` : '—') },
          { title: t('reasons'), dataIndex: 'reasons', render: (rs: string[]) => <Space size={2} wrap>{rs.map((x) => <Tag key={x}>{x}</Tag>)}</Space> },
        ]}
      />
    </Card>
  );
}
