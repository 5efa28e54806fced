import { Card, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fetchAccountAudit, itemsOf } from '../../api/endpoints';
import { ErrorPanel } from '../../ui/error-panel';
import { fieldLabel, groupAuditEntries, valueText } from './audit-format';

/** Query key of an account's history, invalidated by every edit of the account or its contacts. */
export const auditKey = (accountId: string) => ['accounts', accountId, 'audit'] as const;

/** Who changed what and when on this account: old → new per field. */
export function AuditTimeline({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: auditKey(accountId), queryFn: () => fetchAccountAudit(accountId) });
  const events = q.data ? groupAuditEntries(itemsOf(q.data)) : [];
  return (
    <Card size="small" title={t('account.history')} data-testid="audit-card">
      {q.isPending && <Skeleton active />}
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && events.length === 0 && <Empty description={t('account.noHistory')} />}
      {events.length > 0 && (
        <Timeline
          style={{ marginTop: 8 }}
          items={events.map((ev) => ({
            key: ev.key,
            color: ev.source === 'manual' ? 'blue' : 'gray',
            content: (
              <div data-testid="audit-event">
                <Typography.Text strong>{ev.userName ?? t(`account.source.${ev.source}`)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {ev.userName ? ` · ${t(`account.source.${ev.source}`)}` : ''} · {dayjs(ev.at).format('YYYY-MM-DD HH:mm')}
                </Typography.Text>
                {ev.entries.map((e) => (
                  <div key={e.id} style={{ fontSize: 13 }}>
                    {fieldLabel(t, e.field)}
                    {t('account.colon')}
                    <Typography.Text delete type="secondary">{valueText(t, e.field, e.oldValue)}</Typography.Text>
                    {' → '}
                    <Typography.Text>{valueText(t, e.field, e.newValue)}</Typography.Text>
                  </div>
                ))}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
