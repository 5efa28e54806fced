import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOnline } from './use-online';
import { dismiss, flush, type OutboxEntry } from './outbox';

/** The phone's sync state for a visit: offline notice, pending count, refused writes and the conflict rule. */
export function SyncBar({ entries }: { entries: OutboxEntry[] }) {
  const { t } = useTranslation('visits');
  const online = useOnline();
  const pending = entries.filter((e) => e.state === 'pending').length;
  const refused = entries.filter((e) => e.state === 'refused');
  return (
    <Space direction="vertical" style={{ width: '100%' }} className="no-print">
      {!online && <Alert type="warning" showIcon message={t('offline')} data-testid="offline-banner" />}
      <Typography.Text type={pending ? 'warning' : 'secondary'} data-testid="sync-state">
        {pending ? t('pending', { n: pending }) : t('synced')}{' '}
        {pending > 0 && online && <Button size="small" type="link" onClick={() => void flush()}>↻</Button>}
      </Typography.Text>
      {refused.map((e) => (
        <Alert key={e.key} type="error" showIcon closable onClose={() => void dismiss(e.key)} message={t('syncFailed', { msg: e.error ?? '' })} data-testid="sync-refused" />
      ))}
      {refused.length > 0 && <Typography.Text type="secondary">{t('conflictRule')}</Typography.Text>}
    </Space>
  );
}
