import { DatePicker, Select, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DashboardFilters as Filters, Role } from '@qudao/contract';
import { fetchProvinces, fetchUsers } from '../../api/endpoints';

/**
 * Region, team, rep and period (months). A rep sees no team or rep choice (their own accounts are all
 * they see); a manager chooses among their reps; HQ among all teams and reps.
 */
export function DashboardFilters({ role, filters, onChange }: { role: Role; filters: Filters; onChange: (patch: Partial<Filters>) => void }) {
  const { t } = useTranslation('dashboards');
  const provinces = useQuery({ queryKey: ['provinces'], queryFn: fetchProvinces, staleTime: 3_600_000 });
  const users = useQuery({ queryKey: ['users', 'dashboards'], queryFn: fetchUsers, enabled: role !== 'rep', staleTime: 300_000 });
  const managers = (users.data?.items ?? []).filter((u) => u.role === 'manager');
  const reps = (users.data?.items ?? []).filter((u) => u.role === 'rep' && (!filters.managerId || u.managerId === filters.managerId));
  const range: [dayjs.Dayjs, dayjs.Dayjs] | null = filters.from && filters.to ? [dayjs(`${filters.from}-01`), dayjs(`${filters.to}-01`)] : null;
  return (
    <Space wrap data-testid="dashboard-filters">
      <Select allowClear showSearch optionFilterProp="label" placeholder={t('region')} style={{ width: 150 }} value={filters.regionUnitId} data-testid="filter-region"
        onChange={(v?: string) => onChange({ regionUnitId: v })} options={(provinces.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} />
      {role === 'hq' && (
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('team')} style={{ width: 150 }} value={filters.managerId} data-testid="filter-team"
          onChange={(v?: string) => onChange({ managerId: v, repId: undefined })} options={managers.map((u) => ({ value: u.id, label: u.displayName }))} />
      )}
      {role !== 'rep' && (
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('rep')} style={{ width: 150 }} value={filters.repId} data-testid="filter-rep"
          onChange={(v?: string) => onChange({ repId: v })} options={reps.map((u) => ({ value: u.id, label: u.displayName }))} />
      )}
      <DatePicker.RangePicker picker="month" value={range} allowClear style={{ maxWidth: '100%' }} aria-label={t('period')}
        onChange={(v) => onChange(v?.[0] && v[1] ? { from: v[0].format('YYYY-MM'), to: v[1].format('YYYY-MM') } : { from: undefined, to: undefined })} />
    </Space>
  );
}
