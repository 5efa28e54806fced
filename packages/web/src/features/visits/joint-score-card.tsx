import { Button, Card, Form, Input, Rate, Space, Tag, Typography } from 'antd';
import { visitStepIds, type VisitBriefView } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/use-me';
import { enqueue, type OutboxEntry } from './outbox';

/** A done joint visit: the manager scores the rep's steps 1–5 with a comment; everyone sees the score (issue 5 item 1). */
export function JointScoreCard({ brief, pending }: { brief: VisitBriefView; pending: OutboxEntry[] }) {
  const { t } = useTranslation('visits');
  const me = useMe();
  const v = brief.visit;
  if (v.kind !== 'joint' || v.status !== 'done') return null;
  const score = v.report?.jointScore ?? null;
  const reviewer = me.data?.role === 'manager' || me.data?.role === 'hq';
  const queued = pending.some((e) => e.path.endsWith('/joint-score'));
  const submit = (values: Record<string, number | string | undefined>) => {
    const scores = Object.fromEntries(visitStepIds.flatMap((s) => (values[s] ? [[s, values[s]]] : [])));
    void enqueue(v.id, 'POST', `/visits/${v.id}/joint-score`, { scores, comment: values.comment });
  };
  return (
    <Card size="small" title={t('joint.title')} data-testid="joint-score">
      {score && (
        <Space direction="vertical" size={2} style={{ width: '100%' }}>
          <Space wrap>
            <Tag color="blue" data-testid="joint-average">{t('joint.average', { n: score.average })}</Tag>
            <Tag color="orange">{t('joint.coach', { step: t(`settings.steps.${score.coachStep}`) })}</Tag>
            <Typography.Text type="secondary">{t('joint.by', { name: score.managerName })}</Typography.Text>
          </Space>
          {score.steps.map((s) => (
            <span key={s.step}>{t(`settings.steps.${s.step}`)} <Rate disabled value={s.score} style={{ fontSize: 14 }} /></span>
          ))}
          <Typography.Paragraph>{score.comment}</Typography.Paragraph>
        </Space>
      )}
      {queued && <Tag color="blue">{t('queued')}</Tag>}
      {reviewer && !queued && (
        <Form layout="vertical" onFinish={submit}>
          {visitStepIds.map((s) => (
            <Form.Item key={s} name={s} label={t(`settings.steps.${s}`)} style={{ marginBottom: 4 }}>
              <Rate data-testid={`joint-${s}`} />
            </Form.Item>
          ))}
          <Form.Item name="comment" label={t('joint.comment')} rules={[{ required: true, message: t('missing') }]}>
            <Input.TextArea rows={2} data-testid="joint-comment" />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="joint-save">{t('joint.save')}</Button>
        </Form>
      )}
    </Card>
  );
}
