import { Card, Descriptions, List, Rate, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { serviceCriteria } from '@qudao/domain';
import type { DownlineRecord } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorPanel } from '../../ui/error-panel';

/** A distributor's record from its downline visits (R3.4): service evaluations (averages and each) and orders booked as its own. */
export function DownlineCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation('visits');
  const q = useQuery({ queryKey: ['downline-record', accountId], queryFn: () => api<DownlineRecord>(`/accounts/${accountId}/downline-record`) });
  if (q.isError) return <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />;
  const r = q.data;
  return (
    <Card size="small" title={t('downline.title')} loading={q.isPending} data-testid="downline-card">
      {r && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text strong>{t('downline.evaluations', { n: r.summary.count })}</Typography.Text>
          {r.summary.count > 0 && (
            <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
              {serviceCriteria.map((c) => <Descriptions.Item key={c} label={t(`downline.criteria.${c}`)}>{r.summary.averages[c]}</Descriptions.Item>)}
              <Descriptions.Item label={t('downline.overall')}><span data-testid="downline-overall">{r.summary.overall}</span></Descriptions.Item>
            </Descriptions>
          )}
          <List
            size="small"
            locale={{ emptyText: t('downline.none') }}
            dataSource={r.evaluations.slice(0, 10)}
            renderItem={(e) => (
              <List.Item data-testid="downline-evaluation">
                <Space direction="vertical" size={0}>
                  <span>{e.visitedOn} · {e.downlineName ?? t('downline.hidden')} · {e.repName}</span>
                  <Rate disabled allowHalf value={(e.scores.responsiveness + e.scores.technicalSkill + e.scores.spareParts + e.scores.attitude) / 4} style={{ fontSize: 12 }} />
                  {e.comment && <Typography.Text type="secondary">{e.comment}</Typography.Text>}
                </Space>
              </List.Item>
            )}
          />
          <Typography.Text strong>{t('downline.orders')}</Typography.Text>
          <List
            size="small"
            locale={{ emptyText: t('downline.none') }}
            dataSource={r.orders.slice(0, 10)}
            renderItem={(o) => <List.Item data-testid="downline-order">{o.visitedOn} · {o.downlineName ?? t('downline.hidden')} · {o.model} × {o.quantity}</List.Item>}
          />
        </Space>
      )}
    </Card>
  );
}
