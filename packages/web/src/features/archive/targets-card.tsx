import { Button, Card, Flex, InputNumber, Skeleton, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchMonthlySales } from '../../api/endpoints';
import { ErrorPanel } from '../../ui/error-panel';
import { fetchTargets, putTargets, targetsKey } from './api';
import { useArchiveWrite } from './use-archive-write';
import { TargetsChart } from './targets-chart';

const yuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? '—' : `¥${Math.round(fen / 100).toLocaleString()}`);
const shift = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + by;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
};

/** Monthly sales of the last six months and the next one against the same month last year and the target. */
export function TargetsCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation('archive');
  const sales = useQuery({ queryKey: ['accounts', accountId, 'sales-monthly'], queryFn: () => fetchMonthlySales(accountId) });
  const targets = useQuery({ queryKey: targetsKey(accountId), queryFn: () => fetchTargets(accountId) });
  const [draft, setDraft] = useState<Record<string, number | null>>({});
  const save = useArchiveWrite(accountId, (items: { month: string; amountFen: number | null }[]) => putTargets(accountId, items), () => {
    setDraft({});
    void targets.refetch();
  });
  if (sales.isPending || targets.isPending) return <Card size="small" title={t('targets')}><Skeleton active /></Card>;
  if (sales.isError || targets.isError) return <Card size="small" title={t('targets')}><ErrorPanel error={sales.error ?? targets.error} onRetry={() => void sales.refetch()} /></Card>;
  const byMonth = new Map(sales.data.months.map((m) => [m.month, m.amountFen]));
  const target = new Map(targets.data.items.map((i) => [i.month, i.amountFen]));
  const current = sales.data.months.at(-1)?.month ?? '';
  const months = [1, 0, -1, -2, -3, -4, -5].map((d) => shift(current, d));
  const rows = months.map((month) => ({ month, sales: byMonth.get(month), lastYear: byMonth.get(shift(month, -12)), target: target.get(month) ?? null }));
  const dirty = Object.keys(draft).length > 0;
  return (
    <Card size="small" title={t('targets')} data-testid="targets-card">
      <TargetsChart rows={[...rows].reverse()} />
      <Table
        size="small"
        rowKey="month"
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        columns={[
          { title: t('month'), dataIndex: 'month', render: (m: string) => <span style={{ whiteSpace: 'nowrap' }}>{m}</span> },
          { title: t('sales'), dataIndex: 'sales', render: (v?: number) => yuan(v) },
          { title: t('lastYear'), dataIndex: 'lastYear', render: (v?: number) => yuan(v) },
          {
            title: t('target'),
            dataIndex: 'target',
            render: (v: number | null, r) => (
              <InputNumber
                size="small"
                min={0}
                style={{ width: 120 }}
                value={r.month in draft ? draft[r.month] : v === null ? null : v / 100}
                onChange={(n) => setDraft((d) => ({ ...d, [r.month]: n }))}
              />
            ),
          },
          { title: t('achievement'), key: 'pct', render: (_: unknown, r) => (r.target && r.sales !== undefined ? `${Math.round((r.sales / r.target) * 100)}%` : '—') },
        ]}
      />
      <Flex justify="end" style={{ marginTop: 8 }}>
        <Button size="small" type="primary" disabled={!dirty} loading={save.isPending} onClick={() => save.mutate(Object.entries(draft).map(([month, n]) => ({ month, amountFen: n === null ? null : Math.round(n * 100) })))}>
          {t('setTarget')}
        </Button>
      </Flex>
    </Card>
  );
}
