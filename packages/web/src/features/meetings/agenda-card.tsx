import { useState } from 'react';
import { Button, Card, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Leaderboard, Meeting } from '@qudao/contract';
import { fetchPolicies, policiesKey } from '../policies/api';
import { addAgenda, confirmRecognition } from './api';
import { useMeetingWrite } from './use-meeting-write';

const kindColor = { policy: 'blue', recognition: 'gold', training: 'cyan' } as const;

/** The agenda: policies to discuss, recognitions (proposed, then confirmed by HQ) and trainings. */
export function AgendaCard({ meeting, canEdit }: { meeting: Meeting; canEdit: boolean }) {
  const { t } = useTranslation('meetings');
  const [policyId, setPolicyId] = useState<string>();
  const [training, setTraining] = useState('');
  const policies = useQuery({ queryKey: policiesKey, queryFn: fetchPolicies, enabled: canEdit });
  const add = useMeetingWrite(meeting.id, (body: Parameters<typeof addAgenda>[1]) => addAgenda(meeting.id, body), () => {
    setPolicyId(undefined);
    setTraining('');
  });
  const confirm = useMeetingWrite(meeting.id, (itemId: string) => confirmRecognition(meeting.id, itemId));
  const open = (policies.data?.items ?? []).filter((p) => p.status !== 'released' && !meeting.agenda.some((g) => g.policyId === p.id));
  const name = (accountId: string | null) => meeting.invitees.find((i) => i.accountId === accountId)?.name ?? '';
  return (
    <Card size="small" title={t('agenda')} data-testid="agenda-card">
      <List
        size="small" dataSource={meeting.agenda}
        renderItem={(g) => (
          <List.Item data-testid={`agenda-${g.kind}`}>
            <Space wrap size={4}>
              <Tag color={kindColor[g.kind]}>{t(`kind.${g.kind}`)}</Tag>
              <Typography.Text>{g.title}</Typography.Text>
              {g.kind === 'recognition' && (
                <>
                  <Link to={`/accounts/${g.accountId}`}>{name(g.accountId)}</Link>
                  {g.board && <Tag>{t(`board.${g.board as Leaderboard}`)}</Tag>}
                </>
              )}
            </Space>
            {g.kind === 'recognition' &&
              (g.confirmedAt ? (
                <Tag color="green" data-testid="recognition-confirmed">{t('confirmed')}</Tag>
              ) : canEdit ? (
                <Button size="small" type="primary" loading={confirm.isPending} onClick={() => confirm.mutate(g.id)} data-testid={`confirm-${g.id}`}>{t('confirm')}</Button>
              ) : (
                <Tag>{t('proposed')}</Tag>
              ))}
          </List.Item>
        )}
      />
      {canEdit && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 8 }}>
          <Space.Compact style={{ width: '100%' }}>
            <Select style={{ flex: 1, minWidth: 0 }} placeholder={t('choosePolicy')} value={policyId} onChange={setPolicyId} data-testid="agenda-policy"
              options={open.map((p) => ({ value: p.id, label: p.title }))} />
            <Button disabled={!policyId} loading={add.isPending} onClick={() => policyId && add.mutate({ kind: 'policy', policyId })} data-testid="agenda-add-policy">{t('addPolicy')}</Button>
          </Space.Compact>
          <Space.Compact style={{ width: '100%' }}>
            <Input placeholder={t('trainingTitle')} value={training} maxLength={200} onChange={(e) => setTraining(e.target.value)} />
            <Button disabled={!training.trim()} loading={add.isPending} onClick={() => add.mutate({ kind: 'training', title: training.trim() })}>{t('addTraining')}</Button>
          </Space.Compact>
        </Space>
      )}
    </Card>
  );
}
