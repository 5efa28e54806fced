import { Card, Empty, List, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Leaderboard } from '@qudao/contract';
import { ErrorPanel } from '../../ui/error-panel';
import { fetchRecognitions, recognitionsKey } from './api';

/** A distributor's honours in its archive: recognitions HQ confirmed at meetings (R2.3). */
export function RecognitionsCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation('meetings');
  const q = useQuery({ queryKey: recognitionsKey(accountId), queryFn: () => fetchRecognitions(accountId) });
  return (
    <Card size="small" title={t('recognitions')} data-testid="recognitions-card" loading={q.isPending}>
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noRecognitions')} />}
      {q.data && q.data.items.length > 0 && (
        <List
          size="small" dataSource={q.data.items}
          renderItem={(r) => (
            <List.Item data-testid="recognition">
              <List.Item.Meta
                title={<>🏆 {r.title} {r.board && <Tag>{t(`board.${r.board as Leaderboard}`)}</Tag>}</>}
                description={<Typography.Text type="secondary"><Link to={`/meetings/${r.meetingId}`}>{t('at', { date: r.heldOn, meeting: r.meetingTitle })}</Link></Typography.Text>}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
