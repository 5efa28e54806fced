import { useState } from 'react';
import { DatePicker, Select, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fetchProvinces } from '../../api/endpoints';
import { ErrorPanel } from '../../ui/error-panel';
import { PageSpin } from '../../ui/page-spin';
import { competitorsKey, fetchIntel, fetchShares } from './api';
import { CompareTable, OrdersTable } from './intel-tables';
import { PriceTrendChart } from './price-trend-chart';
import { SharesCard } from './shares-card';

/** Competitor intelligence (R4, R5.3) over the caller's accounts, by region and period. */
export function CompetitorsPage() {
  const { t } = useTranslation('competitors');
  const [regionUnitId, setRegion] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const query = { regionUnitId, from: range?.[0].format('YYYY-MM-DD'), to: range?.[1].format('YYYY-MM-DD') };
  const intel = useQuery({ queryKey: [...competitorsKey, 'intel', query], queryFn: () => fetchIntel(query) });
  const shares = useQuery({ queryKey: [...competitorsKey, 'shares', query], queryFn: () => fetchShares(query) });
  const provinces = useQuery({ queryKey: ['provinces'], queryFn: fetchProvinces, staleTime: 3_600_000 });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>{t('title')}</Typography.Title>
      <Space wrap>
        <Select allowClear placeholder={t('region')} style={{ width: 160 }} value={regionUnitId} onChange={setRegion} showSearch optionFilterProp="label"
          options={(provinces.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} />
        <DatePicker.RangePicker value={range} onChange={(v) => setRange(v?.[0] && v[1] ? [v[0], v[1]] : null)} style={{ maxWidth: '100%' }} />
      </Space>
      {intel.isError && <ErrorPanel error={intel.error} onRetry={() => void intel.refetch()} />}
      {shares.isError && <ErrorPanel error={shares.error} onRetry={() => void shares.refetch()} />}
      {intel.isPending && <PageSpin />}
      {intel.data && (
        <>
          <PriceTrendChart prices={intel.data.competitorPrices} ours={intel.data.ourModels} />
          <CompareTable intel={intel.data} />
          <OrdersTable orders={intel.data.orders} />
        </>
      )}
      {shares.data && <SharesCard shares={shares.data} />}
    </Space>
  );
}
