import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Form, InputNumber, Progress, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GenerateBody } from './api';
import type { PlanJobState } from './use-plan-job';

const efforts = { quick: 2000, normal: 6000, thorough: 20000 } as const;
type Effort = keyof typeof efforts;

/** The plan options (horizon, working days, disruption limit, solving time), Generate with progress, Cancel. */
export function GenerateCard({ repId, basePlanId, job }: { repId: string; basePlanId: string | null; job: PlanJobState }) {
  const { t } = useTranslation('planning');
  const names = t('weekdays').split(',');
  const [horizonWeeks, setHorizon] = useState(8);
  const [workDays, setWorkDays] = useState<number[]>([0, 1, 2, 3, 4]);
  const [maxMovedPct, setMaxMoved] = useState(10);
  const [effort, setEffort] = useState<Effort>('normal');
  const body: GenerateBody = { repId, horizonWeeks, workDays: [...workDays].sort((a, b) => a - b), maxMovedPct, timeLimitMs: efforts[effort], ...(basePlanId ? { basePlanId } : {}) };
  const p = job.progress;
  return (
    <Card size="small" data-testid="plan-generate">
      <Form layout="vertical" size="small">
        <Flex wrap gap={12}>
          <Form.Item label={t('horizon')} style={{ marginBottom: 8 }}>
            <InputNumber min={1} max={12} value={horizonWeeks} onChange={(v) => setHorizon(v ?? 8)} data-testid="plan-horizon" />
          </Form.Item>
          <Form.Item label={t('effort')} style={{ marginBottom: 8, minWidth: 160 }}>
            <Select value={effort} onChange={setEffort} data-testid="plan-effort"
              options={(Object.keys(efforts) as Effort[]).map((k) => ({ value: k, label: <span data-testid={`plan-effort-${k}`}>{t(`efforts.${k}`)}</span> }))} />
          </Form.Item>
          {basePlanId && (
            <Form.Item label={t('maxMoved')} tooltip={t('maxMovedHint')} style={{ marginBottom: 8 }}>
              <InputNumber min={0} max={100} value={maxMovedPct} onChange={(v) => setMaxMoved(v ?? 10)} data-testid="plan-max-moved" />
            </Form.Item>
          )}
        </Flex>
        <Form.Item label={t('workDays')} style={{ marginBottom: 8 }}>
          <Checkbox.Group value={workDays} onChange={(v) => setWorkDays(v as number[])} data-testid="plan-workdays"
            options={names.map((n, i) => ({ value: i, label: n }))} />
        </Form.Item>
      </Form>
      <Flex gap={8} align="center" wrap>
        <Button type="primary" loading={job.running} disabled={workDays.length === 0} onClick={() => job.start(body)} data-testid="plan-generate-button">
          {t('generate')}
        </Button>
        {job.running && <Button danger onClick={job.cancel} data-testid="plan-cancel">{t('cancel')}</Button>}
        {job.running && p && (
          <Flex vertical style={{ flex: 1, minWidth: 200 }}>
            <Progress percent={Math.round(p.fraction * 100)} size="small" status="active" data-testid="plan-progress" />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(`phases.${p.phase}`)}</Typography.Text>
          </Flex>
        )}
      </Flex>
      {job.error && <Alert style={{ marginTop: 8 }} type="warning" showIcon title={job.error} data-testid="plan-job-error" />}
    </Card>
  );
}
