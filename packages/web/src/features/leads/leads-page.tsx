import { App, Button, Card, Drawer, Flex, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { leadStatuses } from '@qudao/contract';
import { errorMessage } from '../../api/client';
import { ErrorPanel } from '../../ui/error-panel';
import { convertLead, dropLead, fetchLead, fetchLeads, type LeadItem } from './api';
import { DuplicateList } from './duplicate-list';
import { LeadCreateModal } from './lead-create-modal';

function LeadDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('archive');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['leads', id], queryFn: () => fetchLead(id!), enabled: id !== null });
  const convert = useMutation({
    mutationFn: () => convertLead(id!),
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: ['leads'] });
      void navigate(`/accounts/${r.accountId}`);
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const drop = useMutation({
    mutationFn: () => dropLead(id!),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['leads'] });
      onClose();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const l = q.data;
  return (
    <Drawer open={id !== null} onClose={onClose} title={l?.name ?? ''} width={420}>
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      {l && (
        <Flex vertical gap={8}>
          <Typography.Text>{l.unitName} · {l.address ?? ''} · {l.phone ?? ''}</Typography.Text>
          <Typography.Text>{t('leads.contactName')}: {l.contactName ?? '—'}</Typography.Text>
          <Typography.Text>{t('leads.needs')}: {l.collected.needs ?? '—'}</Typography.Text>
          <Typography.Text>{t('leads.machines')}: {l.collected.machines ?? '—'}</Typography.Text>
          <Typography.Text>{t('leads.notes')}: {l.collected.notes ?? '—'}</Typography.Text>
          {l.status === 'open' && <DuplicateList duplicates={l.duplicates} hiddenMatches={l.hiddenMatches} />}
          {l.status === 'open' ? (
            <Flex gap={8}>
              <Button type="primary" loading={convert.isPending} onClick={() => convert.mutate()} data-testid="lead-convert">{t('leads.convert')}</Button>
              <Popconfirm title={t('leads.drop')} onConfirm={() => drop.mutate()}>
                <Button danger loading={drop.isPending}>{t('leads.drop')}</Button>
              </Popconfirm>
            </Flex>
          ) : (
            l.convertedAccountId && <Button onClick={() => navigate(`/accounts/${l.convertedAccountId}`)}>{t('leads.openAccount')}</Button>
          )}
        </Flex>
      )}
    </Drawer>
  );
}

/** Leads (R2.1): list by status, create with duplicate warnings, open one and convert it to an account. */
export function LeadsPage() {
  const { t } = useTranslation('archive');
  const { t: tc } = useTranslation();
  const [status, setStatus] = useState<string | undefined>('open');
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const q = useQuery({ queryKey: ['leads', 'list', status], queryFn: () => fetchLeads(status) });
  return (
    <Card size="small" title={t('leads.title')} extra={<Button type="primary" onClick={() => setCreating(true)}>{t('leads.create')}</Button>}>
      <Select allowClear style={{ width: 160, marginBottom: 8 }} value={status} onChange={setStatus} placeholder={t('leads.statusLabel')} options={leadStatuses.map((s) => ({ value: s, label: t(`leads.status.${s}`) }))} />
      {q.isError ? (
        <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Table<LeadItem>
          size="small"
          rowKey="id"
          loading={q.isPending}
          scroll={{ x: true }}
          dataSource={q.data?.items ?? []}
          onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('leads.name'), dataIndex: 'name' },
            { title: t('leads.kind'), dataIndex: 'kind', render: (k: LeadItem['kind']) => tc(`kind.${k}`) },
            { title: t('leads.unit'), dataIndex: 'unitName' },
            { title: t('leads.sourceLabel'), dataIndex: 'source', render: (s: LeadItem['source']) => t(`leads.source.${s}`) },
            { title: t('leads.statusLabel'), dataIndex: 'status', render: (s: LeadItem['status']) => <Tag>{t(`leads.status.${s}`)}</Tag> },
            { title: t('leads.owner'), dataIndex: 'ownerName' },
          ]}
        />
      )}
      <LeadCreateModal open={creating} onClose={() => setCreating(false)} />
      <LeadDrawer id={openId} onClose={() => setOpenId(null)} />
    </Card>
  );
}
