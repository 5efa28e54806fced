import { Badge, Button, Tooltip } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Role } from '@qudao/contract';
import { dumpingKey, fetchCases } from './api';

/**
 * The header's dumping alert (R4): the managers of both territories (and HQ) see how many cases wait for
 * investigation; a tap opens the list. The cases are the alert — there is no separate message channel.
 */
export function DumpingAlert({ role }: { role: Role }) {
  const { t } = useTranslation('dumping');
  const navigate = useNavigate();
  const enabled = role !== 'rep';
  const q = useQuery({ queryKey: dumpingKey, queryFn: fetchCases, enabled, refetchInterval: 5 * 60_000 });
  const open = (q.data?.items ?? []).filter((c) => c.status === 'investigating').length;
  if (!enabled || open === 0) return null;
  return (
    <Tooltip title={t('alertTip', { count: open })}>
      <Badge count={open} size="small" offset={[-4, 4]}>
        <Button type="text" style={{ color: '#fff' }} aria-label={t('alertTip', { count: open })} data-testid="dumping-alert" onClick={() => navigate('/dumping')}>
          {/* A warning sign drawn inline, like the overdue bell (no icon package). */}
          <svg width="18" height="18" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
            <path d="M12 2 1 21h22L12 2zm0 5.5 7.5 12.5h-15L12 7.5zM11 11v4h2v-4h-2zm0 5v2h2v-2h-2z" />
          </svg>
        </Button>
      </Badge>
    </Tooltip>
  );
}
