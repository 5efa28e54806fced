import { App, Button, Card, Flex, Input, Popconfirm, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { ErrorPanel } from '../../ui/error-panel';
import { fetchFeed, regenerateFeed } from './api';

/**
 * The iCalendar subscription address of a rep's planned visits, to copy into a phone calendar, and a new
 * address when the old one leaked. `repId` null = the signed-in rep's own feed.
 */
export function IcalCard({ repId }: { repId: string | null }) {
  const { t } = useTranslation('planning');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const key = ['planning', 'ical', repId ?? 'me'];
  const q = useQuery({ queryKey: key, queryFn: () => fetchFeed(repId) });
  const regenerate = useMutation({
    mutationFn: () => regenerateFeed(repId),
    onSuccess: (r) => {
      qc.setQueryData(key, r);
      void message.success(t('regenerated'));
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const url = q.data ? `${window.location.origin}${q.data.path}` : '';
  const copy = () =>
    navigator.clipboard.writeText(url).then(() => void message.success(t('copied')), () => void message.error(url));
  return (
    <Card size="small" title={t('ical')} data-testid="plan-ical">
      {q.isError ? <ErrorPanel error={q.error} onRetry={() => void q.refetch()} /> : (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('icalHint')}</Typography.Text>
          <Input readOnly value={url} data-testid="plan-ical-url" onFocus={(e) => e.target.select()} />
          <Flex gap={8} wrap>
            <Button onClick={() => void copy()} disabled={!url} data-testid="plan-ical-copy">{t('copy')}</Button>
            <Popconfirm title={t('regenerateConfirm')} onConfirm={() => regenerate.mutate()} okButtonProps={{ 'data-testid': 'plan-ical-regenerate-ok' } as Record<string, string>}>
              <Button danger loading={regenerate.isPending} data-testid="plan-ical-regenerate">{t('regenerate')}</Button>
            </Popconfirm>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
