import { useState } from 'react';
import { Button, Card, Descriptions, Space, Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { DumpingCaseDetail, DumpingDecision } from '@qudao/contract';
import { ErrorPanel } from '../../ui/error-panel';
import { PageSpin } from '../../ui/page-spin';
import { dumpingKey, fetchCase } from './api';
import { statusColor } from './dumping-page';
import { StepModal } from './step-modal';

function Chain({ c }: { c: DumpingCaseDetail }) {
  const { t } = useTranslation('dumping');
  const u = t('unknown');
  return (
    <Card size="small" title={t('chain')} data-testid="case-chain">
      <Timeline
        items={[
          { color: 'blue', children: <><b>{t('serial')}</b> {c.serial}</> },
          { color: 'blue', children: <><b>{t('sale')}</b> {t('saleText', { model: c.model ?? u, date: c.soldOn ?? u, name: c.soldToName, unit: c.soldToUnitName ?? u, ref: c.salesRef ?? u })} <Link to={`/accounts/${c.soldToAccountId}`}>→</Link></> },
          {
            color: 'red',
            children: (
              <Space direction="vertical" size={0}>
                <span><b>{t('found')}</b> {t('foundText', { name: c.foundAtName, unit: c.foundInUnitName ?? u })} <Link to={`/accounts/${c.foundAtAccountId}`}>→</Link></span>
                <span data-testid="case-found-by">{t('foundHow', { how: t(`foundBy.${c.foundBy}`), who: c.reportedBy ?? u, date: c.foundOn ?? u })}</span>
                {c.place && <span>{t('place', { place: c.place })}</span>}
                {c.registrationRef && <span>{t('registration', { ref: c.registrationRef })}</span>}
                {c.visitId && <Link to={`/visits/${c.visitId}`}>{t('visit')}</Link>}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

function Steps({ c }: { c: DumpingCaseDetail }) {
  const { t } = useTranslation('dumping');
  const label = (s: DumpingCaseDetail['steps'][number], i: number) => {
    if (i === 0) return t('step.created');
    const to = s.field === 'status' && s.to ? t(`status.${s.to as 'confirmed'}`) : (s.to ?? '');
    return t(`step.${s.field as 'status'}`, { to });
  };
  return (
    <Card size="small" title={t('steps')} data-testid="case-steps">
      <Timeline
        items={c.steps.map((s, i) => ({
          children: <span data-testid="case-step">{dayjs(s.at).format('YYYY-MM-DD HH:mm')} · {s.by ?? t('system')} · {label(s, i)}</span>,
        }))}
      />
    </Card>
  );
}

/** One dumping case: chain of evidence, the managers alerted, the workflow buttons and the step trail. */
export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('dumping');
  const q = useQuery({ queryKey: [...dumpingKey, id], queryFn: () => fetchCase(id) });
  const [step, setStep] = useState<DumpingDecision['step'] | null>(null);
  if (q.isPending) return <PageSpin />;
  if (q.isError) return <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />;
  const c = q.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/dumping">{t('back')}</Link>
      <Space wrap align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>{c.serial}</Typography.Title>
        <Tag color={statusColor[c.status]} data-testid="case-status">{t(`status.${c.status}`)}</Tag>
      </Space>
      <Space wrap>
        {c.status === 'investigating' && <Button type="primary" danger onClick={() => setStep('confirmed')} data-testid="case-confirm">{t('confirm')}</Button>}
        {c.status === 'investigating' && <Button onClick={() => setStep('dismissed')} data-testid="case-dismiss">{t('dismiss')}</Button>}
        {c.status === 'confirmed' && <Button type="primary" onClick={() => setStep('action')} data-testid="case-action">{t('action')}</Button>}
      </Space>
      <Chain c={c} />
      <Card size="small">
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('managers')}>{c.managers.map((m) => m.name).join('、') || t('unknown')}</Descriptions.Item>
          {c.decisionNote && <Descriptions.Item label={t('decision')}>{c.decisionNote}</Descriptions.Item>}
          {c.action && <Descriptions.Item label={t('actionTaken')}>{c.action}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Steps c={c} />
      {step && <StepModal caseId={c.id} step={step} onClose={() => setStep(null)} />}
    </Space>
  );
}
