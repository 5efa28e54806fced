import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { auditKey } from '../account/query-keys';
import { archiveKey } from './api';

/** A write to the archive: on success the archive and the history are reloaded and "saved" is shown. */
export function useArchiveWrite<V>(accountId: string, write: (v: V) => Promise<unknown>, onDone?: () => void) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation('archive');
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      void message.success(t('saved'));
      onDone?.();
      await Promise.all([qc.invalidateQueries({ queryKey: archiveKey(accountId) }), qc.invalidateQueries({ queryKey: auditKey(accountId) })]);
    },
    onError: (err) => void message.error(errorMessage(err)),
  });
}
