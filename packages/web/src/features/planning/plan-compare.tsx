import { App, Alert, Button, Collapse, Popconfirm, Table } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PlanDetailWithSettings } from '@qudao/contract';
import { errorMessage } from '../../api/client';
import { approvePlan } from './api';
import { movedAccounts, weekFigures, type WeekFigures } from './plan-view';

interface Props {
  plan: PlanDetailWithSettings;
  /** The rep's approved plan, when it is not the one shown. */
  current: PlanDetailWithSettings | null;
  canApprove: boolean;
}

// Rows of the comparison: message key → figure.
const rowsOf = [
  ['visits', (f: WeekFigures) => f.visits],
  ['km', (f: WeekFigures) => f.km],
  ['travelH', (f: WeekFigures) => f.travelH],
  ['workH', (f: WeekFigures) => f.workH],
  ['planned', (f: WeekFigures) => f.planned],
  ['unplannedCount', (f: WeekFigures) => f.unplanned],
] as const;

/** Per-week figures of the shown plan beside the approved one, the accounts that change day, and Approve. */
export function PlanCompare({ plan, current, canApprove }: Props) {
  const { t } = useTranslation('planning');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const names = t('weekdays').split(',');
  const mine = weekFigures(plan);
  const theirs = current ? weekFigures(current) : null;
  const moved = current ? movedAccounts(plan, current) : [];
  const approve = useMutation({
    mutationFn: () => approvePlan(plan.id),
    onSuccess: (r) => {
      void message.success(t('approved', { n: r.created }));
      void qc.invalidateQueries({ queryKey: ['planning'] });
      void qc.invalidateQueries({ queryKey: ['today'] });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const data: { key: string; figure: string; current: number | string; candidate: number }[] = rowsOf.map(([key, get]) => ({ key, figure: t(key), current: theirs ? get(theirs) : '—', candidate: get(mine) }));
  if (current) data.push({ key: 'moved', figure: t('moved'), current: '—', candidate: moved.length });
  return (
    <>
      {!current && plan.status === 'draft' && <Alert type="info" showIcon title={t('noApproved')} style={{ marginBottom: 8 }} />}
      <Table size="small" pagination={false} dataSource={data} data-testid="plan-compare"
        columns={[
          { title: t('figure'), dataIndex: 'figure' },
          ...(current ? [{ title: t('current'), dataIndex: 'current' }] : []),
          { title: t('candidate'), dataIndex: 'candidate', render: (v: unknown, r: { key: string }) => <span data-testid={`plan-figure-${r.key}`}>{String(v)}</span> },
        ]} />
      {moved.length > 0 && (
        <Collapse size="small" style={{ marginTop: 8 }} items={[{ key: 'm', label: `${t('moved')}: ${moved.length}`, children: (
          <div data-testid="plan-moved">{moved.map((m) => <div key={m.id}>{t('movedList', { name: m.name, from: names[m.from], to: names[m.to] })}</div>)}</div>
        ) }]} />
      )}
      {canApprove && plan.status === 'draft' && (
        <Popconfirm title={t('approveConfirm')} onConfirm={() => approve.mutate()} okButtonProps={{ 'data-testid': 'plan-approve-ok' } as Record<string, string>}>
          <Button type="primary" style={{ marginTop: 12 }} loading={approve.isPending} data-testid="plan-approve">{t('approve')}</Button>
        </Popconfirm>
      )}
    </>
  );
}
