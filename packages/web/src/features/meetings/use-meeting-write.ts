import { App } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '@qudao/contract';
import { errorMessage } from '../../api/client';
import { meetingKey, meetingsKey } from './api';

/** A write to one meeting: the answered meeting replaces the cached one, lists and archives refresh, errors show in the user's language. */
export function useMeetingWrite<V>(id: string, write: (v: V) => Promise<Meeting>, onDone?: (m: Meeting) => void) {
  const { t } = useTranslation('meetings');
  const { message } = App.useApp();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (m) => {
      qc.setQueryData(meetingKey(id), m);
      void message.success(t('saved'));
      onDone?.(m);
      await qc.invalidateQueries({ queryKey: meetingsKey });
      await qc.invalidateQueries({ queryKey: ['policies'] });
      await qc.invalidateQueries({ queryKey: ['accounts'] });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
}
