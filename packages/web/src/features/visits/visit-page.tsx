import { useEffect } from 'react';
import { Space, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../ui/error-panel';
import { PageSpin } from '../../ui/page-spin';
import { briefKey, useBrief, useOutbox } from './api';
import { BriefCard } from './brief-card';
import { CheckInCard } from './check-in-card';
import { CompleteCard } from './complete-card';
import { ItemsCard } from './items-card';
import { SyncBar } from './sync-bar';
import './visit.css';
import { JointScoreCard } from './joint-score-card';

/** One visit on the phone: brief, check-in, items and completion, all working offline through the outbox. */
export function VisitPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('visits');
  const q = useBrief(id);
  const entries = useOutbox(id);
  const pending = entries.filter((e) => e.state === 'pending');
  const sent = entries.filter((e) => e.state !== 'pending').length;
  const client = useQueryClient();
  // Whenever something of this visit reached the server (or was refused), show the server's view.
  useEffect(() => {
    if (sent > 0) void client.invalidateQueries({ queryKey: briefKey(id) });
  }, [sent, id, client]);
  if (q.isPending) return <PageSpin />;
  if (q.isError) return <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />;
  const { brief } = q.data;
  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 720 }} className="visit-page">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {brief.account.name} <Tag data-testid="visit-status">{t(`statuses.${brief.visit.status}`)}</Tag>
      </Typography.Title>
      <SyncBar entries={entries} />
      <BriefCard brief={brief} pending={pending} />
      <CheckInCard brief={brief} pending={pending} />
      <ItemsCard brief={brief} pending={pending} />
      <CompleteCard brief={brief} pending={pending} />
      <JointScoreCard brief={brief} pending={pending} />
    </Space>
  );
}
