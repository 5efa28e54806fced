import { Button, Flex, Input, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { accountKinds, accountStatuses } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { fetchProvinces, type AccountListParams } from '../../api/endpoints';
import { ClassTierFilters } from '../classes/class-columns';
import { StaleSectionFilter } from '../archive/archive-columns';

/** Provinces for the filter; they change rarely, so they are cached for the session. */
function useProvinces() {
  return useQuery({ queryKey: ['units', 'provinces'], queryFn: fetchProvinces, staleTime: Infinity });
}

interface Props {
  params: AccountListParams;
  onChange: (change: Partial<AccountListParams>) => void;
  onClear: () => void;
}

/** Search box and kind / status / province filters of the account list. */
export function AccountsFilters({ params, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const provinces = useProvinces();
  const filtered = Boolean(params.q || params.kind || params.status || params.provinceId || params.valueClass || params.tier || params.staleSection);
  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }}>
      <Input.Search
        key={params.q ?? ''}
        defaultValue={params.q}
        placeholder={t('accounts.search')}
        allowClear
        enterButton
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        style={{ flex: '1 1 260px', maxWidth: 420 }}
        data-testid="accounts-search"
      />
      <Select
        allowClear
        placeholder={t('accounts.allKinds')}
        value={params.kind}
        onChange={(kind) => onChange({ kind })}
        options={accountKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        style={{ flex: '1 1 130px', maxWidth: 160 }}
        data-testid="filter-kind"
      />
      <Select
        allowClear
        placeholder={t('accounts.allStatuses')}
        value={params.status}
        onChange={(status) => onChange({ status })}
        options={accountStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        style={{ flex: '1 1 110px', maxWidth: 140 }}
        data-testid="filter-status"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('accounts.allProvinces')}
        value={params.provinceId}
        loading={provinces.isPending}
        onChange={(provinceId) => onChange({ provinceId })}
        options={(provinces.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
        style={{ flex: '1 1 140px', maxWidth: 180 }}
        data-testid="filter-province"
      />
      <StaleSectionFilter value={params.staleSection} onChange={(staleSection) => onChange({ staleSection })} />
      <ClassTierFilters valueClass={params.valueClass} tier={params.tier} onChange={onChange} />
      {filtered && <Button onClick={onClear}>{t('accounts.reset')}</Button>}
    </Flex>
  );
}
