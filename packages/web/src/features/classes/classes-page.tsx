import { useEffect, useMemo, useState } from 'react';
import { App, Button, Card, Empty, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClassRun } from '@qudao/contract';
import { errorMessage } from '../../api/client';
import { currentLocale } from '../../i18n';
import { ErrorPanel } from '../../ui/error-panel';
import { formatFen } from '../../ui/money';
import { useMe } from '../auth/use-me';
import { classesKey, fetchClassConfig, fetchRunAccounts, fetchRuns, startRun } from './api';
import { ClassParams } from './class-params';
import { ParetoChart } from './pareto-chart';

type KindFilter = 'distributor' | 'sub_dealer' | 'end_user' | 'all';

function SummaryTable({ run, kind }: { run: ClassRun; kind: KindFilter }) {
  const { t } = useTranslation('classes');
  const rows = run.summary.filter((s) => s.kind === kind);
  return (
    <Table
      size="small" pagination={false} rowKey="valueClass" dataSource={rows} scroll={{ x: true }} data-testid="class-summary"
      columns={[
        { title: t('cls'), dataIndex: 'valueClass', render: (c: string) => <Tag color={c === 'A' ? 'volcano' : c === 'B' ? 'gold' : 'default'}>{c}</Tag> },
        { title: t('count'), dataIndex: 'count', align: 'right' },
        { title: t('accountShare'), dataIndex: 'accountSharePercent', align: 'right', render: (v: number) => `${v.toFixed(1)} %` },
        { title: t('valueShare'), dataIndex: 'valueSharePercent', align: 'right', render: (v: number) => `${v.toFixed(1)} %` },
        { title: t('value'), dataIndex: 'valueFen', align: 'right', render: (v: number) => formatFen(v, currentLocale()) },
        { title: t('interval'), dataIndex: 'visitIntervalDays', align: 'right', render: (v: number | null) => (v === null ? '—' : t('days', { n: v })) },
      ]}
    />
  );
}

/** The classification page (R2.2.4): parameters, run now, stored runs, summary, Pareto chart and who moved. */
export function ClassesPage() {
  const { t } = useTranslation('classes');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const isHq = useMe().data?.role === 'hq';
  const [runId, setRunId] = useState<string | null>(null);
  const [kind, setKind] = useState<KindFilter>('distributor');
  const config = useQuery({ queryKey: [...classesKey, 'config'], queryFn: fetchClassConfig });
  const runs = useQuery({ queryKey: [...classesKey, 'runs'], queryFn: fetchRuns });
  useEffect(() => {
    if (!runId && runs.data?.items[0]?.id) setRunId(runs.data.items[0].id);
  }, [runs.data, runId]);
  const detail = useQuery({
    queryKey: [...classesKey, 'run', runId, kind],
    queryFn: () => fetchRunAccounts(runId!, kind === 'all' ? {} : { kind }),
    enabled: runId !== null,
  });
  const run = useMutation({
    mutationFn: (dryRun: boolean) => startRun({ metric: config.data?.metric, dryRun }),
    onSuccess: (r) => {
      void message.success(t('ran', { count: r.accountCount, moved: r.movedCount }));
      if (r.id) {
        setRunId(r.id);
        void qc.invalidateQueries({ queryKey: classesKey });
      }
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const moved = useMemo(() => (detail.data?.items ?? []).filter((a) => a.previousClass !== a.valueClass), [detail.data]);
  const kinds: KindFilter[] = ['distributor', 'sub_dealer', 'end_user', 'all'];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>{t('title')}</Typography.Title>
      {config.isError && <ErrorPanel error={config.error} onRetry={() => void config.refetch()} />}
      {config.data && <ClassParams config={config.data} editable={isHq} />}
      {isHq && (
        <Space wrap>
          <Button type="primary" loading={run.isPending} onClick={() => run.mutate(false)} data-testid="run-classification">{t('run')}</Button>
          <Button loading={run.isPending} onClick={() => run.mutate(true)}>{t('dryRun')}</Button>
        </Space>
      )}
      <Card size="small" title={t('runs')}>
        {runs.isError && <ErrorPanel error={runs.error} onRetry={() => void runs.refetch()} />}
        {runs.data && runs.data.items.length === 0 && <Empty description={t('noRuns')} />}
        {runs.data && runs.data.items.length > 0 && (
          <Select
            style={{ width: '100%', maxWidth: 480 }} value={runId ?? undefined} onChange={setRunId} data-testid="run-select"
            options={runs.data.items.map((r) => ({
              value: r.id!, label: `${r.asOf} · ${t(`metricOpt.${r.metric}`)} · ${t(`trigger.${r.trigger as 'manual'}`)} · ${r.accountCount} / ${r.movedCount}`,
            }))}
          />
        )}
      </Card>
      {detail.data && (
        <>
          <Segmented<KindFilter> value={kind} onChange={setKind} options={kinds.map((k) => ({ value: k, label: k === 'all' ? t('kindAll') : tc(`kind.${k}`) }))} />
          <Card size="small" title={t('summary')}><SummaryTable run={detail.data.run} kind={kind} /></Card>
          <Card size="small" title={t('pareto')}>
            <ParetoChart accounts={detail.data.items} aTopPercent={config.data?.aTopPercent ?? 80} />
          </Card>
          <Card size="small" title={`${t('moved')} (${moved.length})`}>
            <Table
              size="small" rowKey="accountId" dataSource={moved} locale={{ emptyText: t('noMoves') }} pagination={{ pageSize: 20, hideOnSinglePage: true }} scroll={{ x: true }}
              columns={[
                { title: t('account'), dataIndex: 'name', render: (n: string, a) => <Link to={`/accounts/${a.accountId}`}>{n}</Link> },
                { title: t('from'), dataIndex: 'previousClass', render: (c: string | null) => c ?? t('newcomer') },
                { title: t('to'), dataIndex: 'valueClass' },
                { title: t('value'), dataIndex: 'valueFen', align: 'right', render: (v: number) => formatFen(v, currentLocale()) },
              ]}
            />
          </Card>
        </>
      )}
      {detail.isError && <ErrorPanel error={detail.error} onRetry={() => void detail.refetch()} />}
    </Space>
  );
}
