import { useState } from 'react';
import { Button, Card, Segmented, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { leaderboards, type Leaderboard, type Meeting } from '@qudao/contract';
import { ErrorPanel } from '../../ui/error-panel';
import { fetchLeaderboard, proposeRecognition, type BoardRow } from './api';
import { useMeetingWrite } from './use-meeting-write';

/** Leaderboards among the invitees the caller sees (HQ all, a manager their own); a row can be proposed for recognition, which HQ confirms. */
export function LeaderboardCard({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const [board, setBoard] = useState<Leaderboard>('sales_growth');
  const q = useQuery({ queryKey: ['meetings', meeting.id, 'leaderboard', board], queryFn: () => fetchLeaderboard(meeting.id, board) });
  const propose = useMeetingWrite(meeting.id, (r: BoardRow) => proposeRecognition(meeting.id, { accountId: r.accountId, board, title: t('proposedTitle', { board: t(`board.${board}`) }) }));
  const proposed = (accountId: string) => meeting.agenda.some((g) => g.kind === 'recognition' && g.accountId === accountId && g.board === board);
  return (
    <Card size="small" title={t('leaderboard')} data-testid="leaderboard-card">
      <div style={{ overflowX: 'auto', marginBottom: 8 }}>
        <Segmented value={board} onChange={(v) => setBoard(v as Leaderboard)} options={leaderboards.map((b) => ({ value: b, label: t(`board.${b}`) }))} data-testid="board-select" />
      </div>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('boardHint')}</Typography.Paragraph>
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      <Table
        size="small" rowKey="accountId" loading={q.isPending} dataSource={q.data?.items ?? []} locale={{ emptyText: t('noBoard') }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }} scroll={{ x: true }} data-testid="leaderboard"
        columns={[
          { title: t('rank'), dataIndex: 'rank', width: 56 },
          { title: t('invitees'), dataIndex: 'name' },
          { title: t('value'), dataIndex: 'value', align: 'right', render: (v: number) => `${v} ${t(`boardUnit.${board}`)}` },
          {
            title: '', key: 'propose',
            render: (_: unknown, r: BoardRow) => (
              <Button size="small" disabled={proposed(r.accountId)} loading={propose.isPending} onClick={() => propose.mutate(r)} data-testid={`propose-${r.rank}`}>{t('propose')}</Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
