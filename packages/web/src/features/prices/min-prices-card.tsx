import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Select, Space, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MinimumPriceRow } from '@qudao/contract';
import { currentLocale } from '../../i18n';
import { ErrorPanel } from '../../ui/error-panel';
import { formatFen } from '../../ui/money';
import { fetchMinimumPrices, pricesKey } from './api';
import { MinPriceModal } from './min-price-modal';

/** Minimum prices per model, tier, region and validity; HQ adds and changes them, others read. */
export function MinPricesCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation('prices');
  const locale = currentLocale();
  const q = useQuery({ queryKey: [...pricesKey, 'minimum'], queryFn: fetchMinimumPrices });
  const [model, setModel] = useState<string | undefined>();
  const [on, setOn] = useState<Dayjs | null>(null);
  const [modal, setModal] = useState<{ editing: MinimumPriceRow | null } | null>(null);
  const day = on?.format('YYYY-MM-DD');
  const items = (q.data?.items ?? []).filter((p) => (!model || p.model === model) && (!day || (p.validFrom <= day && (p.validTo === null || p.validTo >= day))));
  const models = [...new Set((q.data?.items ?? []).map((p) => p.model))];
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <Card size="small" data-testid="min-prices-card">
      {!canEdit && <Alert type="info" showIcon message={t('hqOnly')} style={{ marginBottom: 8 }} />}
      <Space wrap style={{ marginBottom: 8 }}>
        <Select allowClear showSearch placeholder={t('allModels')} style={{ width: 180 }} value={model} onChange={setModel} options={models.map((m) => ({ value: m, label: m }))} />
        <DatePicker placeholder={t('activeOn')} value={on} onChange={setOn} />
        {canEdit && <Button type="primary" onClick={() => setModal({ editing: null })} data-testid="min-price-add">{t('add')}</Button>}
      </Space>
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      <Table<MinimumPriceRow>
        size="small" rowKey="id" dataSource={items} loading={q.isPending} scroll={{ x: 640 }} pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        data-testid="min-prices-table"
        columns={[
          { title: t('model'), dataIndex: 'model' },
          { title: t('tier'), dataIndex: 'tier', render: (x: string | null) => x ?? t('allTiers') },
          { title: t('region'), dataIndex: 'regionName', render: (x: string | null) => x ?? t('allRegions') },
          { title: t('minimum'), dataIndex: 'priceFen', align: 'right', render: (f: number) => formatFen(f, locale) },
          { title: t('validFrom'), dataIndex: 'validFrom' },
          {
            title: t('validTo'), dataIndex: 'validTo',
            render: (x: string | null) => (x === null ? <Tag color="green">{t('openEnded')}</Tag> : x < today ? <Tag>{x}</Tag> : x),
          },
          ...(canEdit ? [{ title: '', key: 'edit', render: (_: unknown, p: MinimumPriceRow) => <Button size="small" onClick={() => setModal({ editing: p })}>{t('edit')}</Button> }] : []),
        ]}
      />
      {modal && <MinPriceModal open editing={modal.editing} onClose={() => setModal(null)} />}
    </Card>
  );
}
