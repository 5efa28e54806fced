import { useState } from 'react';
import { App, Button, Modal, Select, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Policy } from '@qudao/contract';
import { errorMessage } from '../../api/client';
import { fetchMeetings, meetingsKey } from '../meetings/api';
import { policiesKey, putOnAgenda } from './api';

/** Puts a policy on the agenda of a scheduled meeting (HQ), which counts as its discussion (R2.3). */
export function AgendaButton({ policy }: { policy: Policy }) {
  const { t } = useTranslation('policies');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [meetingId, setMeetingId] = useState<string>();
  const meetings = useQuery({ queryKey: meetingsKey, queryFn: fetchMeetings, enabled: open });
  const scheduled = (meetings.data?.items ?? []).filter((m) => m.status === 'scheduled' && !m.agenda.some((g) => g.policyId === policy.id));
  const put = useMutation({
    mutationFn: () => putOnAgenda(meetingId!, policy.id),
    onSuccess: async () => {
      const m = scheduled.find((x) => x.id === meetingId);
      void message.success(t('onAgenda', { title: m?.title ?? '' }));
      setOpen(false);
      await qc.invalidateQueries({ queryKey: policiesKey });
      await qc.invalidateQueries({ queryKey: meetingsKey });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid={`agenda-${policy.id}`}>{t('toAgenda')}</Button>
      <Modal open={open} title={t('toAgenda')} onCancel={() => setOpen(false)} onOk={() => put.mutate()} okButtonProps={{ disabled: !meetingId, loading: put.isPending }} okText={t('save')} cancelText={t('cancel')} destroyOnHidden>
        <Typography.Paragraph strong>{policy.title}</Typography.Paragraph>
        {meetings.isSuccess && scheduled.length === 0 ? (
          <Typography.Text type="secondary">{t('noMeetings')}</Typography.Text>
        ) : (
          <Select
            style={{ width: '100%' }} placeholder={t('chooseMeeting')} value={meetingId} onChange={setMeetingId} loading={meetings.isPending} data-testid="agenda-meeting"
            options={scheduled.map((m) => ({ value: m.id, label: `${m.heldOn} · ${m.title}` }))}
          />
        )}
      </Modal>
    </>
  );
}
