import { Alert, Button, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchAccount } from '../../api/endpoints';
import type { ObjectiveDraft } from '../visits/objectives-editor';
import { fetchPending, pendingKey } from './api';


/**
 * Released policies a distributor has not heard yet, offered as "announce the policy" objectives of the
 * visit being planned (R2.3: delivery coverage feeds the visit's objectives).
 */
export function PendingObjectives({ accountId, value, onChange }: { accountId: string | undefined; value: ObjectiveDraft[]; onChange: (v: ObjectiveDraft[]) => void }) {
  const { t } = useTranslation('policies');
  const account = useQuery({ queryKey: ['accounts', accountId], queryFn: () => fetchAccount(accountId!), enabled: !!accountId });
  const isDistributor = account.data?.kind === 'distributor';
  const q = useQuery({ queryKey: pendingKey(accountId ?? ''), queryFn: () => fetchPending(accountId!), enabled: !!accountId && isDistributor });
  const items = isDistributor ? (q.data?.items ?? []) : [];
  if (items.length === 0) return null;
  const chosen = (id: string) => value.some((o) => o.type === 'policy' && o.details.policyId === id);
  return (
    <Alert
      type="info" style={{ marginBottom: 12 }} data-testid="pending-policies"
      title={t('pendingTitle')}
      description={
        <Space direction="vertical" size={4} style={{ width: '100%' }}>
          {items.map((p) => (
            <Space key={p.id} wrap>
              <Typography.Text>{p.title}</Typography.Text>
              <Button size="small" disabled={chosen(p.id)} data-testid={`pending-add-${p.id}`}
                onClick={() => onChange([...value, { type: 'policy', details: { policyId: p.id, policy: p.title } }])}>
                + {t('addObjective')}
              </Button>
            </Space>
          ))}
        </Space>
      }
    />
  );
}
