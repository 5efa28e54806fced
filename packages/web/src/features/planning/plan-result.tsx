import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanDetailWithSettings } from '@qudao/contract';
import { PlanCalendar } from './plan-calendar';
import { PlanCompare } from './plan-compare';
import { PlanMap } from './plan-map';
import { PlanWorkload } from './plan-workload';
import { UnplannedList } from './unplanned-list';

/** One plan: routes on the map, comparison and Approve, the calendar, workload per day, unplanned accounts. */
export function PlanResult({ plan, current, canApprove }: { plan: PlanDetailWithSettings; current: PlanDetailWithSettings | null; canApprove: boolean }) {
  const { t } = useTranslation('planning');
  return (
    <Row gutter={[12, 12]} data-testid="plan-result" data-plan-id={plan.id} data-status={plan.status}>
      <Col xs={24} lg={14}>
        <Card size="small" title={t('map')} styles={{ body: { padding: 0 } }}>
          <PlanMap plan={plan} />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card size="small" title={current ? t('compare') : t('figures')}>
          <PlanCompare plan={plan} current={current} canApprove={canApprove} />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title={t('calendar')}>
          <PlanCalendar plan={plan} />
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card size="small" title={t('workload')}>
          <PlanWorkload plan={plan} />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card size="small" title={`${t('unplanned')} (${plan.summary.unplanned.length})`}>
          <UnplannedList plan={plan} />
        </Card>
      </Col>
    </Row>
  );
}
