import { useState } from 'react';
import { Alert, App, Button, Input, Modal, Popconfirm, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Policy } from '@qudao/contract';
import { ApiError, errorMessage } from '../../api/client';
import { policiesKey, releasePolicy } from './api';

/**
 * Releases a policy (HQ). A policy no meeting has discussed is refused by the server (R2.3); its message
 * (in the user's language) opens the exception dialog, where HQ may release it with a recorded reason.
 */
export function ReleaseButton({ policy }: { policy: Policy }) {
  const { t } = useTranslation('policies');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const release = useMutation({
    mutationFn: (overrideReason?: string) => releasePolicy(policy.id, overrideReason),
    onSuccess: async () => {
      setRefusal(null);
      setReason('');
      void message.success(t('released'));
      await qc.invalidateQueries({ queryKey: policiesKey });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'POLICY.NOT_DISCUSSED') setRefusal(e.message);
      else void message.error(errorMessage(e));
    },
  });
  return (
    <>
      <Popconfirm title={t('releaseConfirm')} onConfirm={() => release.mutate(undefined)} okText={t('release')} cancelText={t('cancel')}>
        <Button size="small" type="primary" loading={release.isPending && refusal === null} data-testid={`release-${policy.id}`}>{t('release')}</Button>
      </Popconfirm>
      <Modal
        open={refusal !== null}
        title={t('override')}
        onCancel={() => setRefusal(null)}
        okText={t('override')}
        cancelText={t('cancel')}
        okButtonProps={{ disabled: reason.trim().length === 0, danger: true, loading: release.isPending }}
        onOk={() => release.mutate(reason.trim())}
        destroyOnHidden
      >
        <Alert type="warning" showIcon title={refusal} style={{ marginBottom: 12 }} data-testid="release-refusal" />
        <Typography.Paragraph type="secondary">{t('overrideHint')}</Typography.Paragraph>
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} placeholder={t('overrideReason')} autoSize={{ minRows: 2 }} data-testid="override-reason" />
      </Modal>
    </>
  );
}
