import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanDetailWithSettings } from '@qudao/contract';

/** The accounts the plan could not place, each with its reason, A and B first. */
export function UnplannedList({ plan }: { plan: PlanDetailWithSettings }) {
  const { t } = useTranslation('planning');
  const accounts = new Map(plan.accounts.map((a) => [a.id, a]));
  const rank = (c: string | null | undefined) => (c === 'A' ? 0 : c === 'B' ? 1 : 2);
  const rows = plan.summary.unplanned
    .map((u) => ({ ...u, account: accounts.get(u.id) }))
    .sort((x, y) => rank(x.account?.valueClass) - rank(y.account?.valueClass));
  return (
    <List
      size="small"
      data-testid="plan-unplanned"
      locale={{ emptyText: t('noUnplanned') }}
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
      renderItem={(u) => (
        <List.Item data-testid="plan-unplanned-item" data-reason={u.reason}>
          <span>
            {u.account?.valueClass && <Tag>{u.account.valueClass}</Tag>}
            <Link to={`/accounts/${u.id}`}>{u.account?.name ?? u.id}</Link>
          </span>
          <Typography.Text type="secondary">{t(`reasons.${u.reason}`)}</Typography.Text>
        </List.Item>
      )}
    />
  );
}
