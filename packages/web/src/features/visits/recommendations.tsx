import { List, Space, Tag, Typography } from 'antd';
import type { VisitBriefView } from '@qudao/contract';
import { useTranslation } from 'react-i18next';

/** The system's suggested order lines for this visit (R3.2), with why each is suggested. */
export function Recommendations({ brief }: { brief: VisitBriefView }) {
  const { t } = useTranslation('visits');
  return (
    <Space direction="vertical" size={2} style={{ width: '100%', marginTop: 8 }}>
      <Typography.Text strong>{t('recs.title')}</Typography.Text>
      <List
        size="small"
        locale={{ emptyText: t('recs.none') }}
        dataSource={brief.orderRecommendations}
        renderItem={(r) => (
          <List.Item data-testid="order-recommendation">
            <span>
              <Typography.Text strong>{r.model}</Typography.Text> · {t('recs.qty', { n: r.quantity })} · <Typography.Text type="secondary">{t('recs.last', { d: r.lastBoughtOn })}</Typography.Text>{' '}
              {r.reasons.map((x) => <Tag key={x} color={x === 'behind_target' ? 'orange' : 'blue'}>{t(`recs.reasons.${x}`)}</Tag>)}
            </span>
          </List.Item>
        )}
      />
    </Space>
  );
}
