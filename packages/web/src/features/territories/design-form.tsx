import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, InputNumber, Progress, Select, Space, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { designMeasures, type DesignResult, type WorkloadReport } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { fetchSizing } from './api';
import { useDesignJob } from './use-design-job';

type Measure = (typeof designMeasures)[number];

/** The design form (k, measures, tolerance, re-align limit, locked units) and the before/after of its result. */
export function DesignForm({ report, onResult }: { report: WorkloadReport; onResult: (r: DesignResult) => void }) {
  const { t } = useTranslation('territories');
  const sizing = useQuery({ queryKey: ['territory-design', 'sizing'], queryFn: fetchSizing });
  const [k, setK] = useState<number>(report.territories.length);
  const [measures, setMeasures] = useState<Measure[]>(['hours']);
  const [tolerance, setTolerance] = useState(5);
  const [maxMoved, setMaxMoved] = useState<number | null>(null);
  const [locked, setLocked] = useState<string[]>([]);
  const [lockHomes, setLockHomes] = useState(false);
  // A rep's base: the unit carrying most of their current workload (the users table has no home address).
  const homes = report.territories.flatMap((tr) => {
    const own = report.units.filter((u) => u.territoryId === tr.territoryId).sort((a, b) => b.hours - a.hours);
    return own[0] ? [own[0].unitId] : [];
  });
  const lockedIds = [...new Set([...locked, ...(lockHomes ? homes : [])])];
  const [timeLimitS, setTimeLimitS] = useState(8);
  // The design runs as a job on the server's solver pool; a cancelled job still answers its best design so far.
  const job = useDesignJob((e) => {
    if (e.result) onResult(e.result);
  });
  const r = job.event?.result ?? null;
  const progress = job.busy ? job.event?.progress : null;
  const row = (label: string, pick: (s: DesignResult['before']) => string) => (r ? { key: label, label, before: pick(r.before), after: pick(r.after) } : null);
  const rows = r
    ? [
        row(t('spread'), (s) => `${s.spreadPct.toFixed(1)} %`),
        row(t('maxDeviation'), (s) => `${s.maxDeviationPct.toFixed(1)} %`),
        row(t('travelHours'), (s) => s.travelHours.toFixed(0)),
        row(t('contiguous'), (s) => (s.contiguous ? t('yes') : t('no'))),
        row(t('compactness'), (s) => s.compactness.toFixed(3)),
      ]
    : [];
  return (
    <Card size="small">
      <Form layout="vertical" onFinish={() => job.start({ k, measures, tolerancePct: tolerance, lockedUnitIds: lockedIds, ...(maxMoved !== null ? { maxMoved } : {}), timeLimitS })}>
        <Space wrap align="end">
          <Form.Item label={t('k')}>
            <InputNumber min={1} max={report.territories.length} value={k} onChange={(v) => setK(v ?? 1)} id="design-k" />
          </Form.Item>
          {sizing.data ? (
            <Form.Item>
              <Button onClick={() => setK(Math.min(report.territories.length, sizing.data.repsNeeded))}>{t('useSizing', { n: sizing.data.repsNeeded })}</Button>
            </Form.Item>
          ) : null}
          <Form.Item label={t('tolerance')}>
            <InputNumber min={1} max={50} value={tolerance} onChange={(v) => setTolerance(v ?? 5)} id="design-tolerance" />
          </Form.Item>
          <Form.Item label={t('timeLimit')}>
            <InputNumber min={1} max={30} value={timeLimitS} onChange={(v) => setTimeLimitS(v ?? 8)} id="design-time-limit" />
          </Form.Item>
          <Form.Item label={t('maxMoved')}>
            <InputNumber min={0} value={maxMoved} onChange={(v) => setMaxMoved(v)} id="design-max-moved" />
          </Form.Item>
        </Space>
        <Form.Item label={t('measures')}>
          <Checkbox.Group value={measures} onChange={(v) => setMeasures(v.length ? (v as Measure[]) : ['hours'])} options={designMeasures.map((m) => ({ value: m, label: t(`measure.${m}`) }))} />
        </Form.Item>
        <Form.Item>
          <Checkbox checked={lockHomes} onChange={(e) => setLockHomes(e.target.checked)}>{t('lockHomes')}</Checkbox>
        </Form.Item>
        <Form.Item label={t('locked')}>
          <Select mode="multiple" allowClear value={locked} onChange={setLocked} optionFilterProp="label" options={report.units.map((u) => ({ value: u.unitId, label: u.name }))} />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={job.busy} data-testid="design-run">
            {job.busy ? t('running') : t('run')}
          </Button>
          {job.busy ? <Button danger onClick={job.cancel} data-testid="design-cancel">{t('cancelDesign')}</Button> : null}
        </Space>
      </Form>
      {job.busy ? (
        <div style={{ marginTop: 12 }} data-testid="design-progress">
          <Progress percent={Math.min(99, Math.round(((progress?.elapsedS ?? 0) / timeLimitS) * 100))} size="small" />
          <span>{progress ? t('designProgress', { s: progress.elapsedS.toFixed(1), dev: progress.bestMaxDeviationPct.toFixed(1) }) : t('designQueued')}</span>
        </div>
      ) : null}
      {job.error ? <Alert style={{ marginTop: 12 }} type="error" showIcon title={errorMessage(job.error)} /> : null}
      {job.lost ? <Alert style={{ marginTop: 12 }} type="warning" showIcon title={t('designLost')} /> : null}
      {job.event?.state === 'failed' ? <Alert style={{ marginTop: 12 }} type="error" showIcon title={job.event.error ?? t('designFailed')} /> : null}
      {job.event?.state === 'cancelled' ? <Alert style={{ marginTop: 12 }} type="info" showIcon title={t(r ? 'designCancelledBest' : 'designCancelled')} /> : null}
      {r ? (
        <div style={{ marginTop: 12 }} data-testid="design-result">
          {!r.feasible ? <Alert type="warning" showIcon title={t('infeasible', { reasons: r.reasons.join('; ') })} style={{ marginBottom: 8 }} /> : null}
          <Table size="small" pagination={false} dataSource={rows.filter((x) => x !== null)} columns={[{ dataIndex: 'label' }, { title: t('before'), dataIndex: 'before' }, { title: t('after'), dataIndex: 'after' }]} />
          <p>{t('unitsMoved', { n: r.unitsMoved })} · {t('changes', { n: r.changes.length })}</p>
        </div>
      ) : null}
    </Card>
  );
}
