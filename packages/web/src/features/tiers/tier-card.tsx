import { useMemo } from 'react';
import { Card, Empty, List, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { ErrorPanel } from '../../ui/error-panel';
import { useEChart } from '../../ui/use-echart';
import { fetchAccountTier, type AccountTier, type Tier } from './api';

const color: Record<Tier, string> = { A: 'volcano', B: 'gold', C: 'blue', needs_review: 'purple' };

function ShareChart({ shares }: { shares: AccountTier['shares'] }) {
  const option = useMemo(() => ({
    grid: { left: 8, right: 8, top: 12, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${Number(v).toFixed(1)} %` },
    xAxis: { type: 'category', data: shares.map((s) => s.date) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    series: [{ type: 'line', data: shares.map((s) => s.ourSharePct), smooth: false }],
  }), [shares]);
  const ref = useEChart(option);
  return <div ref={ref} style={{ height: 180, width: '100%' }} data-testid="share-chart" />;
}

/**
 * The distributor tier of an account (R6): tier with its explanation, the support policy and
 * recommended actions, the tier history and our share over time. Renders nothing for non-distributors.
 */
export function TierCard({ accountId, kind }: { accountId: string; kind: string }) {
  const { t } = useTranslation('tiers');
  const q = useQuery({ queryKey: ['accounts', accountId, 'tier'], queryFn: () => fetchAccountTier(accountId), enabled: kind === 'distributor' });
  if (kind !== 'distributor') return null;
  const lang = currentLocale();
  const d = q.data;
  return (
    <Card size="small" title={t('card')} data-testid="tier-card">
      {q.isPending && <Skeleton active />}
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      {d && !d.current && <Empty description={t('notTiered')} />}
      {d?.current && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Tag color={color[d.current.tier]}>{t(`tier.${d.current.tier}`)}</Tag>
            <Typography.Text>{d.current.explanation[lang]}</Typography.Text>
          </Space>
          {d.policy && (
            <>
              <Typography.Text strong>{t('policy')}: {d.policy.summary[lang]}</Typography.Text>
              <List size="small" header={t('actions')} dataSource={d.policy.actions} renderItem={(a) => <List.Item>{a[lang]}</List.Item>} />
            </>
          )}
          <Typography.Text strong>{t('history')}</Typography.Text>
          <Timeline items={d.history.map((h) => ({ children: `${h.effectiveOn} ${t(`tier.${h.tier}`)}${h.reasons.length ? ` (${h.reasons.map((r) => t(`reason.${r as 'small'}`)).join(', ')})` : ''}` }))} />
        </Space>
      )}
      {d && (
        <>
          <Typography.Text strong>{t('shares')}</Typography.Text>
          {d.shares.length > 0 ? <ShareChart shares={d.shares} /> : <Typography.Paragraph type="secondary">{t('noShares')}</Typography.Paragraph>}
        </>
      )}
    </Card>
  );
}
