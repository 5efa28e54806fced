import { Select, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Account } from '@qudao/contract';
import { api } from '../../api/client';

type Tier = 'A' | 'B' | 'C' | 'needs_review';
interface Status {
  accountId: string;
  valueClass: 'A' | 'B' | 'C' | null;
  provisional: boolean;
  tier: Tier | null;
  sharePct: number | null;
}
const tierColor: Record<Tier, string> = { A: 'volcano', B: 'gold', C: 'blue', needs_review: 'purple' };

/** Value class, tier and our share of the accounts on the current page of the list (one request per page). */
export function useClassTierColumns(accounts: Account[] | undefined): ColumnsType<Account> {
  const { t } = useTranslation('classes');
  const { t: tt } = useTranslation('tiers');
  const ids = (accounts ?? []).map((a) => a.id);
  const q = useQuery({ queryKey: ['classes', 'status', ids], queryFn: () => api<{ items: Status[] }>('/classes/status', { query: { ids: ids.join(',') } }), enabled: ids.length > 0 });
  const byId = new Map((q.data?.items ?? []).map((s) => [s.accountId, s]));
  return [
    {
      key: 'valueClass', title: t('cls'), width: 70,
      render: (_, a) => {
        const s = byId.get(a.id);
        return s?.valueClass ? <Tag data-testid="list-class" color={s.valueClass === 'A' ? 'volcano' : s.valueClass === 'B' ? 'gold' : 'default'}>{s.valueClass}{s.provisional ? '*' : ''}</Tag> : null;
      },
    },
    {
      key: 'tier', title: tt('card'), responsive: ['md'],
      render: (_, a) => {
        const s = byId.get(a.id);
        return s?.tier ? <Tag color={tierColor[s.tier]}>{tt(`tier.${s.tier}`)}</Tag> : null;
      },
    },
    {
      key: 'share', title: tt('shares'), responsive: ['lg'], align: 'right',
      render: (_, a) => {
        const s = byId.get(a.id);
        return s?.sharePct === null || s?.sharePct === undefined ? null : `${s.sharePct.toFixed(1)} %`;
      },
    },
  ];
}

/** Filters of the account list by current value class and distributor tier. */
export function ClassTierFilters({ valueClass, tier, onChange }: { valueClass?: 'A' | 'B' | 'C'; tier?: Tier; onChange: (p: { valueClass?: 'A' | 'B' | 'C'; tier?: Tier }) => void }) {
  const { t } = useTranslation('classes');
  const { t: tt } = useTranslation('tiers');
  return (
    <>
      <Select
        allowClear placeholder={t('cls')} value={valueClass} onChange={(v) => onChange({ valueClass: v })} style={{ flex: '1 1 90px', maxWidth: 120 }} data-testid="filter-class"
        options={(['A', 'B', 'C'] as const).map((c) => ({ value: c, label: `${t('cls')} ${c}` }))}
      />
      <Select
        allowClear placeholder={tt('card')} value={tier} onChange={(v) => onChange({ tier: v })} style={{ flex: '1 1 120px', maxWidth: 150 }} data-testid="filter-tier"
        options={(['A', 'B', 'C', 'needs_review'] as const).map((x) => ({ value: x, label: tt(`tier.${x}`) }))}
      />
    </>
  );
}
