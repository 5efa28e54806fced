import { useState } from 'react';
import { App, Button, Card, DatePicker, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { currentLocale } from '../../i18n';
import { ErrorPanel } from '../../ui/error-panel';
import { useMe } from '../auth/use-me';
import { fetchMigration, fetchTiers, startTierRun, tiersKey, type Tier, type TierOverview } from './api';

const tiers: Tier[] = ['A', 'B', 'C', 'needs_review'];
const sizes = ['large', 'average', 'small', 'unknown'] as const;
const bands = ['above', 'band', 'below', 'unknown'] as const;
/** Colour of a tier tag. */
export const tierColor: Record<Tier, string> = { A: 'volcano', B: 'gold', C: 'blue', needs_review: 'purple' };

function Matrix({ data }: { data: TierOverview }) {
  const { t } = useTranslation('tiers');
  const cell = (size: string, band: string) => data.matrix.filter((m) => m.size === size && m.shareBand === band);
  return (
    <Table
      size="small" pagination={false} rowKey="size" dataSource={sizes.map((size) => ({ size }))} scroll={{ x: true }} data-testid="tier-matrix"
      columns={[
        { title: '', dataIndex: 'size', render: (s: (typeof sizes)[number]) => t(`size.${s}`) },
        ...bands.map((band) => ({
          title: t(`band.${band}`), key: band,
          render: (_: unknown, row: { size: string }) => (
            <Space size={2} wrap>
              {cell(row.size, band).map((c) => <Tag key={c.tier} color={tierColor[c.tier as Tier]}>{`${t(`tier.${c.tier as Tier}`)} ${c.count}`}</Tag>)}
            </Space>
          ),
        })),
      ]}
    />
  );
}

function Migration() {
  const { t } = useTranslation('tiers');
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(1, 'year'), dayjs()]);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const q = useQuery({ queryKey: [...tiersKey, 'migration', from, to], queryFn: () => fetchMigration(from, to) });
  const label = (x: Tier | null) => (x === null ? t('none') : t(`tier.${x}`));
  return (
    <Card size="small" title={t('migration')}>
      <DatePicker.RangePicker allowClear={false} value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} style={{ marginBottom: 8, maxWidth: '100%' }} />
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      <Table
        size="small" pagination={false} rowKey={(r) => `${r.from}-${r.to}`} dataSource={q.data?.items ?? []} loading={q.isPending}
        columns={[
          { title: t('from'), dataIndex: 'from', render: label },
          { title: t('to'), dataIndex: 'to', render: label },
          { title: t('count'), dataIndex: 'count', align: 'right' },
        ]}
      />
    </Card>
  );
}

/** The tiers page (R6): counts, the size × share matrix, the needs-review list with reasons, migration. */
export function TiersPage() {
  const { t } = useTranslation('tiers');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const isHq = useMe().data?.role === 'hq';
  const q = useQuery({ queryKey: tiersKey, queryFn: fetchTiers });
  const run = useMutation({
    mutationFn: startTierRun,
    onSuccess: (r) => {
      void message.success(t('ran', r.counts));
      void qc.invalidateQueries({ queryKey: tiersKey });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const review = (q.data?.items ?? []).filter((i) => i.tier === 'needs_review');
  const lang = currentLocale();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>{t('title')}</Typography.Title>
      {isHq && (
        <Space wrap>
          <Button type="primary" loading={run.isPending} onClick={() => run.mutate(false)}>{t('run')}</Button>
          <Button loading={run.isPending} onClick={() => run.mutate(true)}>{t('dryRun')}</Button>
        </Space>
      )}
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && (
        <>
          <Card size="small" title={t('counts')} extra={q.data.asOf ? t('asOf', { date: q.data.asOf }) : null}>
            <Space size="large" wrap>
              {tiers.map((tier) => <Statistic key={tier} title={t(`tier.${tier}`)} value={q.data.counts[tier] ?? 0} />)}
            </Space>
          </Card>
          <Card size="small" title={t('matrix')}><Matrix data={q.data} /></Card>
          <Card size="small" title={`${t('needsReview')} (${review.length})`}>
            <Table
              size="small" rowKey="accountId" dataSource={review} locale={{ emptyText: t('noReview') }} pagination={{ pageSize: 20, hideOnSinglePage: true }} scroll={{ x: true }}
              data-testid="needs-review"
              columns={[
                { title: t('account'), dataIndex: 'name', render: (n: string, r) => <Link to={`/accounts/${r.accountId}`}>{n}</Link> },
                { title: t('reasons'), dataIndex: 'reasons', render: (rs: string[]) => <Space size={2} wrap>{rs.map((x) => <Tag key={x}>{t(`reason.${x as 'small'}`)}</Tag>)}</Space> },
                { title: t('explanation'), dataIndex: 'explanation', responsive: ['md'], render: (e: { 'zh-CN': string; en: string }) => e[lang] },
              ]}
            />
          </Card>
          <Migration />
        </>
      )}
    </Space>
  );
}
