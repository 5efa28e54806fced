import { Button, Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchProvinces } from '../../api/endpoints';
import { ErrorPanel } from '../../ui/error-panel';
import { PageSpin } from '../../ui/page-spin';
import { useMe } from '../auth/use-me';
import { ActionsCard } from './actions-card';
import { AgendaCard } from './agenda-card';
import { fetchMeeting, meetingKey, patchMeeting } from './api';
import { InviteesCard } from './invitees-card';
import { LeaderboardCard } from './leaderboard-card';
import { meetingStatusColor } from './meetings-page';
import { MinutesCard } from './minutes-card';
import { useMeetingWrite } from './use-meeting-write';

/** One distributor meeting: invitees and attendance, agenda, leaderboards and recognitions, minutes, follow-up actions. */
export function MeetingPage() {
  const { t } = useTranslation('meetings');
  const id = useParams().id ?? '';
  const role = useMe().data?.role;
  const canEdit = role === 'hq';
  const q = useQuery({ queryKey: meetingKey(id), queryFn: () => fetchMeeting(id) });
  const provinces = useQuery({ queryKey: ['units', 'provinces'], queryFn: fetchProvinces });
  const held = useMeetingWrite(id, () => patchMeeting(id, { status: 'held' }));
  if (q.isPending) return <PageSpin />;
  if (q.isError) return <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />;
  const m = q.data;
  const region = m.regionUnitId ? (provinces.data?.items.find((u) => u.id === m.regionUnitId)?.name ?? m.regionUnitId) : null;
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Link to="/meetings">← {t('back')}</Link>
        <Flex wrap align="center" gap={8} style={{ marginTop: 4 }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="meeting-name">{m.title}</Typography.Title>
          <Tag color={meetingStatusColor[m.status]} data-testid="meeting-status">{t(`status.${m.status}`)}</Tag>
          {canEdit && m.status === 'scheduled' && <Button size="small" loading={held.isPending} onClick={() => held.mutate(undefined)} data-testid="meeting-held">{t('markHeld')}</Button>}
        </Flex>
        <Descriptions size="small" column={{ xs: 1, sm: 3 }} style={{ marginTop: 8 }}>
          <Descriptions.Item label={t('heldOn')}>{m.heldOn}</Descriptions.Item>
          <Descriptions.Item label={t('scopeLabel')}>{`${t(`scope.${m.scope}`)}${region ? ` · ${region}` : ''}`}</Descriptions.Item>
          <Descriptions.Item label={t('place')}>{m.place ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={10}><InviteesCard meeting={m} canEdit={canEdit} /></Col>
        <Col xs={24} lg={14}>
          <Flex vertical gap={12}>
            <AgendaCard meeting={m} canEdit={canEdit} />
            {(canEdit || role === 'manager') && <LeaderboardCard meeting={m} />}
          </Flex>
        </Col>
        <Col xs={24} lg={12}><MinutesCard meeting={m} canEdit={canEdit} /></Col>
        <Col xs={24} lg={12}><ActionsCard meeting={m} canEdit={canEdit} /></Col>
      </Row>
    </Flex>
  );
}
