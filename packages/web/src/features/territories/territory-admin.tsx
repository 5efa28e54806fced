import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Select, Space, Table } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WorkloadReport } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { createTerritory, fetchTeamReps, patchTerritory } from './api';
import { TerritoryHistory } from './territory-history';

type Editing = { id: string | null; name: string; ownerId: string | null };

/**
 * The scope's territories: create one (for a new rep), rename it, assign another rep (their accounts
 * follow), and read each territory's history. HQ may leave a territory without a rep; managers may not.
 */
export function TerritoryAdmin({ report, isHq }: { report: WorkloadReport; isHq: boolean }) {
  const { t } = useTranslation('territories');
  const qc = useQueryClient();
  const reps = useQuery({ queryKey: ['territory-design', 'reps'], queryFn: fetchTeamReps });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [history, setHistory] = useState<{ id: string; name: string } | null>(null);
  const save = useMutation({
    mutationFn: (e: Editing) => (e.id ? patchTerritory(e.id, { name: e.name, ownerId: e.ownerId }) : createTerritory({ name: e.name, ownerId: e.ownerId })),
    onSuccess: async () => {
      setEditing(null);
      await qc.invalidateQueries({ queryKey: ['territory-design'] });
    },
  });
  const unitNames = new Map(report.units.map((u) => [u.unitId, u.name]));
  const repOptions = (reps.data?.items ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.displayName }));
  const open = (e: Editing) => {
    save.reset();
    setEditing(e);
  };
  return (
    <div data-testid="territory-admin">
      <Button type="primary" onClick={() => open({ id: null, name: '', ownerId: null })} style={{ marginBottom: 12 }} data-testid="territory-new">
        {t('admin.create')}
      </Button>
      <Table size="small" rowKey="territoryId" pagination={false} dataSource={report.territories} scroll={{ x: true }}
        columns={[
          { title: t('territory'), dataIndex: 'name' },
          { title: t('rep'), dataIndex: 'ownerName', render: (v: string | null) => v ?? t('admin.noRep') },
          { title: t('accounts'), dataIndex: 'accounts' },
          {
            key: 'actions',
            render: (_: unknown, r: WorkloadReport['territories'][number]) => (
              <Space wrap>
                <Button size="small" onClick={() => open({ id: r.territoryId, name: r.name, ownerId: r.ownerId })}>{t('admin.edit')}</Button>
                <Button size="small" onClick={() => setHistory({ id: r.territoryId, name: r.name })} data-testid="territory-history-open">{t('admin.history')}</Button>
              </Space>
            ),
          },
        ]} />
      <Modal
        open={editing !== null}
        title={editing?.id ? t('admin.edit') : t('admin.create')}
        onCancel={() => setEditing(null)}
        onOk={() => editing && save.mutate(editing)}
        okButtonProps={{ disabled: !editing?.name.trim() || (!isHq && !editing?.ownerId), loading: save.isPending }}
        destroyOnHidden
      >
        {editing ? (
          <Form layout="vertical">
            <Form.Item label={t('admin.name')} required>
              <Input value={editing.name} maxLength={60} onChange={(e) => setEditing({ ...editing, name: e.target.value })} id="territory-name" />
            </Form.Item>
            <Form.Item label={t('rep')} extra={editing.id ? t('admin.repHint') : undefined} required={!isHq}>
              <Select allowClear={isHq} value={editing.ownerId ?? undefined} onChange={(v?: string) => setEditing({ ...editing, ownerId: v ?? null })} options={repOptions} optionFilterProp="label" showSearch id="territory-rep" />
            </Form.Item>
          </Form>
        ) : null}
        {save.error ? <Alert type="error" showIcon title={errorMessage(save.error)} /> : null}
      </Modal>
      <TerritoryHistory territory={history} unitNames={unitNames} onClose={() => setHistory(null)} />
    </div>
  );
}
