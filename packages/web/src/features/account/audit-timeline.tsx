import { Card, Empty, Skeleton, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../ui/error-panel';
import { fieldLabel, groupAuditEntries, valueText } from './audit-format';
import { useAccountHistory } from './use-account-history';

/** Who changed what and when on this account: old → new per field. */
export function AuditTimeline({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const h = useAccountHistory(accountId);
  const events = groupAuditEntries(h.entries);
  return (
    <Card size="small" title={t('account.history')} data-testid="audit-card">
      {h.isPending && <Skeleton active />}
      {h.error && <ErrorPanel error={h.error} onRetry={h.refetch} />}
      {!h.isPending && !h.error && events.length === 0 && <Empty description={t('account.noHistory')} />}
      {events.length > 0 && (
        <Timeline
          style={{ marginTop: 8 }}
          items={events.map((ev) => ({
            key: ev.key,
            color: ev.source === 'manual' ? 'blue' : 'gray',
            content: (
              <div data-testid="audit-event">
                {ev.entity === 'contact' && (
                  <Typography.Text type="secondary">{t('account.contactChange', { name: h.contactNames.get(ev.entityId) ?? '' })} · </Typography.Text>
                )}
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
