import { useState } from 'react';
import { Alert, Button, Card, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplyDesignResult, WorkloadReport } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { applyDesign } from './api';
import { pendingMoves, type Assignment } from './recompute';

interface Props {
  report: WorkloadReport;
  assignment: Assignment;
  selected: string | null;
  onSelect: (unitId: string | null) => void;
  onMove: (unitId: string, territoryId: string) => void;
  onReset: () => void;
}

/** What-if: move a unit by hand (workloads update at once), then apply the pending changes with a handover list. */
export function WhatIf({ report, assignment, selected, onSelect, onMove, onReset }: Props) {
  const { t } = useTranslation('territories');
  const qc = useQueryClient();
  const [target, setTarget] = useState<string | null>(null);
  const [done, setDone] = useState<ApplyDesignResult | null>(null);
  const moves = pendingMoves(report, assignment);
  const apply = useMutation({
    mutationFn: () => applyDesign(moves),
    onSuccess: async (r) => {
      setDone(r);
      await qc.invalidateQueries({ queryKey: ['territory-design'] });
      await qc.invalidateQueries({ queryKey: ['accounts'] });
      onReset();
    },
  });
  return (
    <Card size="small" title={t('whatIf')}>
      <Typography.Paragraph type="secondary">{t('mapHint')}</Typography.Paragraph>
      <Space wrap>
        <span>{t('moveUnit')}</span>
        <Select showSearch style={{ minWidth: 160 }} value={selected} onChange={onSelect} optionFilterProp="label" data-testid="whatif-unit"
          options={report.units.map((u) => ({ value: u.unitId, label: u.name }))} />
        <span>{t('toTerritory')}</span>
        <Select style={{ minWidth: 180 }} value={target} onChange={setTarget} data-testid="whatif-territory"
          options={report.territories.map((tr) => ({ value: tr.territoryId, label: `${tr.name}${tr.ownerName ? ` · ${tr.ownerName}` : ''}` }))} />
        <Button disabled={!selected || !target} onClick={() => selected && target && onMove(selected, target)} data-testid="whatif-move">{t('move')}</Button>
      </Space>
      <div style={{ marginTop: 12 }}>
        <Space wrap>
          <span data-testid="pending-count">{t('pending', { n: moves.length })}</span>
          <Button disabled={moves.length === 0} onClick={onReset}>{t('reset')}</Button>
          <Popconfirm title={t('applyConfirm', { n: moves.length })} onConfirm={() => apply.mutate()} okButtonProps={{ 'data-testid': 'apply-confirm' } as Record<string, string>}>
            <Button type="primary" danger disabled={moves.length === 0} loading={apply.isPending} data-testid="apply">{t('apply')}</Button>
          </Popconfirm>
        </Space>
      </div>
      {apply.error ? <Alert style={{ marginTop: 12 }} type="error" showIcon title={errorMessage(apply.error)} /> : null}
      {done ? (
        <div style={{ marginTop: 12 }} data-testid="handover">
          <Alert type="success" showIcon title={t('applied', { n: done.unitsMoved })} />
          <Typography.Title level={5}>{t('handover')}</Typography.Title>
          <Table size="small" rowKey="accountId" dataSource={done.handover} pagination={{ pageSize: 20 }} scroll={{ x: true }}
            columns={[
              { title: t('accounts'), dataIndex: 'accountName', render: (v: string, r) => <Link to={`/accounts/${r.accountId}`}>{v}</Link> },
              { title: t('from'), dataIndex: 'fromRep' },
              { title: t('to'), dataIndex: 'toRep' },
              { title: t('lastVisit'), dataIndex: 'lastVisitOn' },
              { title: t('openPromises'), dataIndex: 'openPromises' },
              { title: t('openTickets'), dataIndex: 'openTickets' },
              { title: t('lastSale'), dataIndex: 'lastSaleOn' },
              { title: t('contact'), dataIndex: 'primaryContact' },
            ]} />
        </div>
      ) : null}
    </Card>
  );
}
