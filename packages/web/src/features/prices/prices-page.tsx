import { useState } from 'react';
import { Button, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/use-me';
import { MinPricesCard } from './min-prices-card';
import { ObservationModal } from './observation-modal';
import { ViolationsCard } from './violations-card';

/** Price discipline (R4): violations with their evidence, the minimum prices, and recording a price seen. */
export function PricesPage() {
  const { t } = useTranslation('prices');
  const role = useMe().data?.role;
  const [observing, setObserving] = useState(false);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('title')}</Typography.Title>
        {role && <Button onClick={() => setObserving(true)} data-testid="observe">{t('observe')}</Button>}
      </Space>
      <Tabs
        items={[
          { key: 'violations', label: t('tabs.violations'), children: <ViolationsCard /> },
          { key: 'minimum', label: t('tabs.minimum'), children: <MinPricesCard canEdit={role === 'hq'} /> },
        ]}
      />
      {observing && <ObservationModal open onClose={() => setObserving(false)} />}
    </Space>
  );
}
