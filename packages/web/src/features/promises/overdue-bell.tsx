import { Badge, Button, List, Popover, Typography } from 'antd';
import { Link } from 'react-router';
import type { Role } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { useOverduePromises } from './overdue';

/** The header's overdue-promise alert for reps and managers (R3.5): a count, and the list on a tap. */
export function OverdueBell({ role }: { role: Role }) {
  const { t } = useTranslation('visits');
  const q = useOverduePromises(role !== 'hq');
  const items = q.data?.items ?? [];
  if (role === 'hq' || items.length === 0) return null;
  const content = (
    <div style={{ maxWidth: 320 }}>
      <List
        size="small"
        dataSource={items.slice(0, 8)}
        renderItem={(p) => (
          <List.Item data-testid="overdue-notice">
            <span>
              <Typography.Text strong>{p.accountName}</Typography.Text> · {p.what} · <Typography.Text type="danger">{t('notices.days', { n: p.daysOverdue })}</Typography.Text>
              {role === 'manager' && <Typography.Text type="secondary"> · {p.ownerName}</Typography.Text>}
            </span>
          </List.Item>
        )}
      />
      <Link to="/promises">{t('notices.all')}</Link>
    </div>
  );
  return (
    <Popover content={content} title={t('notices.title')} trigger="click" placement="bottomRight">
      <Badge count={items.length} size="small" offset={[-4, 4]}>
        <Button type="text" style={{ color: '#fff' }} aria-label={t('notices.bell')} data-testid="overdue-bell">
          {/* A bell drawn inline: the phone fonts may lack emoji and the web app has no icon package. */}
          <svg width="18" height="18" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
            <path d="M12 2a1.5 1.5 0 0 0-1.5 1.5v.7A6 6 0 0 0 6 10v4.5L4 17v1h16v-1l-2-2.5V10a6 6 0 0 0-4.5-5.8v-.7A1.5 1.5 0 0 0 12 2zm-2 17a2 2 0 0 0 4 0z" />
          </svg>
        </Button>
      </Badge>
    </Popover>
  );
}
