import { useMemo, useState } from 'react';
import { Card, DatePicker, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PriceViolationRow } from '@qudao/contract';
import { fetchProvinces } from '../../api/endpoints';
import { currentLocale } from '../../i18n';
import { ErrorPanel } from '../../ui/error-panel';
import { formatFen } from '../../ui/money';
import { fetchViolations, pricesKey } from './api';

function Evidence({ v }: { v: PriceViolationRow }) {
  const { t } = useTranslation('prices');
  const known = ['quote', 'invoice', 'hearsay', 'online'].includes(v.source);
  return (
    <Space direction="vertical" size={4} data-testid="violation-evidence">
      <Typography.Text>
        {t('observedBy')}: {v.observedBy ?? '—'} · {v.observedOn} · {v.accountName} ({v.unitName}) · {t('sourceLabel')}: {known ? t(`source.${v.source as 'quote'}`) : v.source}
      </Typography.Text>
      {v.context && <Typography.Text type="secondary">{v.context}</Typography.Text>}
      {v.visitId && <Link to={`/visits/${v.visitId}`}>{t('visit')}</Link>}
      <Space wrap>
        {v.photoIds.length === 0 ? <Typography.Text type="secondary">{t('noPhoto')}</Typography.Text> : v.photoIds.map((id) => (
          <a key={id} href={`/api/photos/${id}`} target="_blank" rel="noreferrer"><img src={`/api/photos/${id}`} alt={t('photos')} style={{ height: 64, borderRadius: 4 }} data-testid="violation-photo" /></a>
        ))}
      </Space>
    </Space>
  );
}

/** Violations with their evidence, filtered by region, period and distributor; a row drills to its account. */
export function ViolationsCard() {
  const { t } = useTranslation('prices');
  const locale = currentLocale();
  const [regionUnitId, setRegion] = useState<string | undefined>();
  const [distributorId, setDistributor] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const query = { regionUnitId, distributorId, from: range?.[0].format('YYYY-MM-DD'), to: range?.[1].format('YYYY-MM-DD') };
  const q = useQuery({ queryKey: [...pricesKey, 'violations', query], queryFn: () => fetchViolations(query) });
  const provinces = useQuery({ queryKey: ['provinces'], queryFn: fetchProvinces, staleTime: 3_600_000 });
  const [seen, setSeen] = useState(new Map<string, string>());
  const items = useMemo(() => q.data?.items ?? [], [q.data]);
  // Distributors met so far stay selectable while one of them is the filter.
  const fresh = items.filter((v) => v.distributorId && v.distributorName && !seen.has(v.distributorId));
  if (fresh.length > 0) setSeen(new Map([...seen, ...fresh.map((v) => [v.distributorId!, v.distributorName!] as const)]));
  const patterns = items.filter((v) => v.pattern).length;
  return (
    <Card size="small" data-testid="violations-card">
      <Space wrap style={{ marginBottom: 8 }}>
        <Select allowClear placeholder={t('filters.region')} style={{ width: 160 }} value={regionUnitId} onChange={setRegion} data-testid="violations-region"
          options={(provinces.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} showSearch optionFilterProp="label" />
        <Select allowClear placeholder={t('filters.distributor')} style={{ width: 220, maxWidth: '100%' }} value={distributorId} onChange={setDistributor} data-testid="violations-distributor"
          options={[...seen].map(([value, label]) => ({ value, label }))} showSearch optionFilterProp="label" />
        <DatePicker.RangePicker value={range} onChange={(v) => setRange(v?.[0] && v[1] ? [v[0], v[1]] : null)} style={{ maxWidth: '100%' }} />
      </Space>
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="violations-count">{t('count', { count: items.length, pattern: patterns })}</Typography.Paragraph>
      <Table<PriceViolationRow>
        size="small" rowKey="id" dataSource={items} loading={q.isPending} scroll={{ x: 720 }} pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('noViolations') }} data-testid="violations-table"
        expandable={{ expandedRowRender: (v) => <Evidence v={v} /> }}
        columns={[
          { title: t('observedOn'), dataIndex: 'observedOn', width: 104 },
          { title: t('account'), dataIndex: 'accountName', render: (n: string, v) => <Link to={`/accounts/${v.accountId}`}>{n}</Link> },
          { title: t('region'), dataIndex: 'unitName', responsive: ['md'] },
          {
            title: t('distributor'), dataIndex: 'distributorName',
            render: (n: string | null, v) => (
              <Space size={4} wrap>
                {n ?? '—'}
                {v.pattern && <Tooltip title={t('patternHint')}><Tag color="red" data-testid="pattern-tag">{t('pattern')}</Tag></Tooltip>}
              </Space>
            ),
          },
          { title: t('model'), dataIndex: 'model' },
          { title: t('observed'), dataIndex: 'priceFen', align: 'right', render: (f: number) => formatFen(f, locale) },
          { title: t('minimum'), dataIndex: 'minimumFen', align: 'right', responsive: ['sm'], render: (f: number) => formatFen(f, locale) },
          { title: t('shortfall'), dataIndex: 'shortfallFen', align: 'right', render: (f: number) => <Typography.Text type="danger">{formatFen(f, locale)}</Typography.Text> },
          { title: t('observedBy'), dataIndex: 'observedBy', responsive: ['md'] },
        ]}
      />
    </Card>
  );
}
