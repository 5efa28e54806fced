import { useEffect, useState } from 'react';
import { Card, Col, Empty, Flex, Row, Select, Skeleton, Tag } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorPanel } from '../../ui/error-panel';
import { useMe } from '../auth/use-me';
import { fetchPlan, fetchPlans, fetchReps } from './api';
import { CoverageCard } from './coverage-card';
import { GenerateCard } from './generate-card';
import { HomeCard } from './home-card';
import { IcalCard } from './ical-card';
import { PlanResult } from './plan-result';
import { usePlanJob } from './use-plan-job';

const statusColour = { draft: 'gold', approved: 'green', superseded: 'default' } as const;

/**
 * The visit plan of one rep (issue 6, R2.2): managers and HQ choose the rep, generate a plan with progress
 * and cancel, compare it with the approved one and approve it; a rep sees their approved plan. Both get
 * the calendar subscription address.
 */
export function PlanningPage() {
  const { t } = useTranslation('planning');
  const me = useMe().data;
  const manages = me?.role === 'hq' || me?.role === 'manager';
  const [params, setParams] = useSearchParams();
  const reps = useQuery({ queryKey: ['planning', 'reps'], queryFn: fetchReps, enabled: manages });
  const repId = me?.role === 'rep' ? me.id : (params.get('rep') ?? reps.data?.items[0]?.id ?? null);
  const plans = useQuery({ queryKey: ['planning', 'plans', repId], queryFn: () => fetchPlans(repId!), enabled: repId !== null });
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => setChosen(null), [repId]);
  const list = (plans.data?.items ?? []).filter((p) => manages || p.status === 'approved');
  const approvedId = list.find((p) => p.status === 'approved')?.id ?? null;
  const shownId = chosen && list.some((p) => p.id === chosen) ? chosen : (list[0]?.id ?? null);
  const plan = useQuery({ queryKey: ['planning', 'plan', shownId], queryFn: () => fetchPlan(shownId!), enabled: shownId !== null });
  const current = useQuery({ queryKey: ['planning', 'plan', approvedId], queryFn: () => fetchPlan(approvedId!), enabled: approvedId !== null && approvedId !== shownId });
  const qc = useQueryClient();
  const job = usePlanJob((planId) => {
    setChosen(planId);
    void qc.invalidateQueries({ queryKey: ['planning', 'plans', repId] });
  });

  const error = reps.error ?? plans.error ?? plan.error;
  if (error) return <ErrorPanel error={error} />;
  if (!me || (manages && reps.isPending)) return <Skeleton active />;
  if (manages && reps.data?.items.length === 0) return <Empty description={t('noReps')} />;
  const repSelect = manages && (
    <Select showSearch optionFilterProp="label" value={repId} style={{ minWidth: 200 }} placeholder={t('chooseRep')} data-testid="plan-rep"
      onChange={(v: string) => setParams({ rep: v }, { replace: true })}
      options={reps.data?.items.map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))} />
  );
  const planSelect = list.length > 0 && (
    <Select value={shownId} style={{ minWidth: 260 }} onChange={setChosen} data-testid="plan-choose" aria-label={t('showing')}
      options={list.map((p) => ({ value: p.id, label: <span><Tag color={statusColour[p.status]}>{t(`status.${p.status}`)}</Tag>{t('planOf', { start: p.startDate, weeks: p.horizonWeeks })} · {p.createdAt.slice(5, 16).replace('T', ' ')}</span> }))} />
  );
  return (
    <Card title={t('title')} extra={repSelect} styles={{ body: { padding: 12 } }}>
      <Flex vertical gap={12}>
        {manages && repId && <GenerateCard repId={repId} basePlanId={approvedId} job={job} />}
        {plans.isPending ? <Skeleton active /> : list.length === 0 ? (
          <Empty description={t('empty')} data-testid="plan-empty" />
        ) : (
          <>
            {planSelect}
            {plan.data ? <PlanResult plan={plan.data} current={approvedId !== shownId ? (current.data ?? null) : null} canApprove={manages} /> : <Skeleton active />}
          </>
        )}
        {repId && (
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={12}><IcalCard repId={manages ? repId : null} /></Col>
            {manages && <Col xs={24} lg={12}><CoverageCard repId={repId} /></Col>}
            {manages && <Col xs={24} lg={12}><HomeCard key={repId} repId={repId} accounts={plan.data?.accounts ?? []} /></Col>}
          </Row>
        )}
      </Flex>
    </Card>
  );
}
