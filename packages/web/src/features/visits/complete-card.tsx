import { Alert, Button, Card, Form, Input, Select, Tag } from 'antd';
import { objectiveOutcomes, type VisitBriefView } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { objectiveTypeSpecs } from '@qudao/domain';
import { currentLocale } from '../../i18n';
import { enqueue, type OutboxEntry } from './outbox';
import { useMe } from '../auth/use-me';

/** Completion: each objective's outcome and the rep's report; then the effective-visit verdict (R1.5). */
export function CompleteCard({ brief, pending }: { brief: VisitBriefView; pending: OutboxEntry[] }) {
  const { t } = useTranslation('visits');
  const v = brief.visit;
  const me = useMe();
  const reviewer = me.data?.role === 'manager' || me.data?.role === 'hq';
  const queued = pending.some((e) => e.path.endsWith('/complete'));
  const checkedIn = v.status === 'in_progress' || pending.some((e) => e.path.endsWith('/check-in'));
  if (v.status === 'done') {
    return (
      <Card size="small" title={t('report')}>
        <Tag color={v.effective ? 'green' : 'orange'} data-testid="visit-effective">{v.effective ? t('effective') : t('notEffective')}</Tag>
        {v.effectiveGaps && v.effectiveGaps.length > 0 && <span>{v.effectiveGaps.map((g) => g.kind).join(', ')}</span>}
        <p style={{ whiteSpace: 'pre-wrap' }}>{v.report?.summary}</p>
        {v.report?.nextSteps && <p>{t('nextSteps')}: {v.report.nextSteps}</p>}
        {v.report?.managerComment && <Alert type="info" message={`${t('managerComment')}: ${v.report.managerComment}`} data-testid="manager-comment" />}
        {reviewer && !v.report?.managerComment && (
          <Form layout="inline" onFinish={(x: { comment: string }) => void enqueue(v.id, 'POST', `/visits/${v.id}/report-comment`, { comment: x.comment })}>
            <Form.Item name="comment" rules={[{ required: true, message: t('missing') }]}><Input placeholder={t('managerComment')} data-testid="comment-input" /></Form.Item>
            <Button htmlType="submit" data-testid="comment-save">{t('comment')}</Button>
          </Form>
        )}
      </Card>
    );
  }
  if (!checkedIn) return null;
  if (queued) return <Card size="small" title={t('complete')}><Tag color="blue" data-testid="complete-queued">{t('queued')}</Tag></Card>;
  const submit = (values: { summary: string; nextSteps?: string } & Record<string, string>) => {
    const outcomes = v.objectives.map((_, i) => values[`outcome${i}`] ?? null);
    void enqueue(v.id, 'POST', `/visits/${v.id}/complete`, { outcomes, summary: values.summary, nextSteps: values.nextSteps ?? null, clientAt: new Date().toISOString() });
  };
  return (
    <Card size="small" title={t('complete')}>
      <Form layout="vertical" onFinish={submit}>
        {v.objectives.map((o, i) => (
          <Form.Item key={i} name={`outcome${i}`} label={`${t('outcome')}: ${objectiveTypeSpecs[o.type].label[currentLocale()]}`} rules={[{ required: true, message: t('missing') }]}>
            <Select data-testid={`outcome-${i}`} options={objectiveOutcomes.map((x) => ({ value: x, label: t(`outcomes.${x}`) }))} />
          </Form.Item>
        ))}
        <Form.Item name="summary" label={t('summary')} rules={[{ required: true, message: t('missing') }]}>
          <Input.TextArea rows={3} data-testid="complete-summary" />
        </Form.Item>
        <Form.Item name="nextSteps" label={t('nextSteps')}><Input.TextArea rows={2} /></Form.Item>
        <Button type="primary" htmlType="submit" block size="large" data-testid="complete">{t('complete')}</Button>
      </Form>
    </Card>
  );
}
