import { useEffect, useMemo, useState } from 'react';
import { Alert, Card, Col, Row, Skeleton, Table, Tabs, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { fetchWorkload } from './api';
import { DesignForm } from './design-form';
import { currentAssignment, recomputeTerritories } from './recompute';
import { SizingCard } from './sizing-card';
import { TerritoryAdmin } from './territory-admin';
import { TerritoryMap } from './territory-map';
import { UnitsAdmin } from './units-admin';
import { useMe } from '../auth/use-me';
import { WhatIf } from './what-if';
import { WorkloadBars } from './workload-bars';
import { WorkloadSettings } from './workload-settings';

/** Territory design (R1): workload map and bars, sizing, design, what-if and apply. */
export function TerritoriesPage() {
  const { t } = useTranslation('territories');
  const me = useMe().data;
  const q = useQuery({ queryKey: ['territory-design', 'workload'], queryFn: fetchWorkload });
  const report = q.data;
  const [assignment, setAssignment] = useState<Map<string, string>>(new Map());
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    if (report) setAssignment(currentAssignment(report));
  }, [report]);
  const territories = useMemo(() => (report ? recomputeTerritories(report, assignment) : []), [report, assignment]);

  if (q.error) return <Alert type="error" showIcon title={errorMessage(q.error)} />;
  if (!report) return <Skeleton active />;
  const move = (unitId: string, territoryId: string) => setAssignment((prev) => new Map(prev).set(unitId, territoryId));

  const workloadTable = (
    <Table size="small" rowKey="territoryId" pagination={false} dataSource={territories} scroll={{ x: true }} data-testid="territory-table"
      columns={[
        { title: t('territory'), dataIndex: 'name' },
        { title: t('rep'), dataIndex: 'ownerName' },
        { title: t('accounts'), dataIndex: 'accounts' },
        { title: t('visitsPerMonth'), dataIndex: 'visitsPerMonth', render: (v: number) => v.toFixed(1) },
        { title: t('hours'), dataIndex: 'hours', render: (v: number) => v.toFixed(1) },
        { title: t('travelHours'), dataIndex: 'travelHours', render: (v: number) => v.toFixed(1) },
        { title: t('effectiveVisits', { days: report.effectivePeriodDays }), dataIndex: 'effectiveVisits' },
        { title: t('utilisation'), dataIndex: 'utilisationPct', render: (v: number) => <span data-testid="utilisation">{v.toFixed(0)} %</span> },
      ]} />
  );
  const overview = (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={12}>
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <TerritoryMap report={report} assignment={assignment} selected={selected} onSelect={setSelected} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small">
          <WorkloadBars rows={territories} capacityHours={report.capacityHours} />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('capacity', { hours: report.capacityHours.toFixed(1) })} {t('travelNote')} {t('noEffective')}
          </Typography.Paragraph>
        </Card>
      </Col>
      <Col span={24}>
        <WhatIf report={report} assignment={assignment} selected={selected} onSelect={setSelected} onMove={move} onReset={() => setAssignment(currentAssignment(report))} />
      </Col>
    </Row>
  );
  return (
    <Card title={t('title')}>
      <Tabs
        items={[
          { key: 'workload', label: t('tabs.workload'), children: workloadTable },
          { key: 'sizing', label: t('tabs.sizing'), children: <SizingCard /> },
          { key: 'design', label: t('tabs.design'), children: <DesignForm report={report} onResult={(r) => setAssignment(new Map(r.assignment.map((a) => [a.unitId, a.territoryId])))} /> },
          { key: 'admin', label: t('admin.tab'), children: <TerritoryAdmin report={report} isHq={me?.role === 'hq'} /> },
          { key: 'settings', label: t('settings.tab'), children: <WorkloadSettings canEdit={me?.role === 'hq'} /> },
          ...(me?.role === 'hq' ? [{ key: 'units', label: t('unitsTab'), children: <UnitsAdmin report={report} /> }] : []),
        ]}
      />
      <div style={{ marginTop: 12 }}>{overview}</div>
    </Card>
  );
}
