import { Tag, Typography } from 'antd';
import type { VisitBriefView } from '@qudao/contract';
import { useTranslation } from 'react-i18next';

/** In the visit brief: released policies this distributor has not heard yet, to deliver at this visit (R2.3). */
export function BriefPendingPolicies({ brief }: { brief: VisitBriefView }) {
  const { t } = useTranslation('policies');
  const pending = brief.pendingPolicies ?? [];
  if (pending.length === 0) return null;
  return (
    <div data-testid="brief-pending-policies">
      <Typography.Text type="warning">{t('pendingTitle')}：</Typography.Text>
      {pending.map((p) => <Tag key={p.id} color="orange">{p.title}</Tag>)}
    </div>
  );
}
