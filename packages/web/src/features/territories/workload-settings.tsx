import { useEffect } from 'react';
import { Alert, Button, Col, Form, InputNumber, Row, Skeleton, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WorkloadConfigBody } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { fetchWorkloadConfig, saveWorkloadConfig } from './api';

const kinds = ['distributor', 'sub_dealer', 'end_user'] as const;
const classes = ['A', 'B', 'C'] as const;
/** Scalar parameters with the same bounds as the API (contract `workloadConfig`); utilisation is shown in %. */
const scalars = [
  { name: 'daysPerMonth', min: 1, max: 31, step: 1 },
  { name: 'hoursPerDay', min: 1, max: 24, step: 0.5 },
  { name: 'utilisationPct', min: 1, max: 100, step: 1 },
  { name: 'visitsPerDay', min: 0.5, max: 20, step: 0.5 },
  { name: 'speedKmh', min: 5, max: 150, step: 5 },
  { name: 'roadFactor', min: 1, max: 3, step: 0.05 },
  { name: 'maxCommuteHoursPerDay', min: 0, max: 12, step: 0.5 },
  { name: 'tourK', min: 0.1, max: 5, step: 0.005 },
] as const;

type FormValues = Omit<WorkloadConfigBody, 'utilisation'> & { utilisationPct: number };

/** Workload parameters (R1.2–R1.4): visit hours per kind and class, travel, working time. HQ edits, managers read. */
export function WorkloadSettings({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation('territories');
  const qc = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const q = useQuery({ queryKey: ['territory-design', 'config'], queryFn: fetchWorkloadConfig });
  useEffect(() => {
    if (q.data) form.setFieldsValue({ ...q.data, utilisationPct: Math.round(q.data.utilisation * 1000) / 10 });
  }, [q.data, form]);
  const save = useMutation({
    mutationFn: ({ utilisationPct, ...rest }: FormValues) => saveWorkloadConfig({ ...rest, utilisation: utilisationPct / 100 }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['territory-design'] }),
  });
  if (q.error) return <Alert type="error" showIcon title={errorMessage(q.error)} />;
  if (!q.data) return <Skeleton active />;
  const required = { required: true, message: t('settings.required') };
  return (
    <Form form={form} layout="vertical" disabled={!canEdit} onFinish={(v) => save.mutate(v)} data-testid="workload-settings">
      {!canEdit ? <Alert type="info" showIcon title={t('settings.readOnly')} style={{ marginBottom: 12 }} /> : null}
      <Typography.Title level={5}>{t('settings.visitHours')}</Typography.Title>
      <Row gutter={12}>
        {kinds.map((kind) => (
          <Col xs={24} md={8} key={kind}>
            <Typography.Text strong>{t(`settings.kind.${kind}`)}</Typography.Text>
            <Row gutter={8}>
              {classes.map((c) => (
                <Col span={8} key={c}>
                  <Form.Item label={t('settings.class', { c })} name={['visitHours', kind, c]} rules={[required]}>
                    <InputNumber min={0.1} max={12} step={0.25} style={{ width: '100%' }} id={`visit-hours-${kind}-${c}`} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </Col>
        ))}
      </Row>
      <Typography.Title level={5}>{t('settings.timeAndTravel')}</Typography.Title>
      <Row gutter={12}>
        {scalars.map((s) => (
          <Col xs={12} md={6} key={s.name}>
            <Form.Item label={t(`settings.${s.name}`)} name={s.name} rules={[required]} tooltip={s.name === 'tourK' ? t('settings.tourKHelp') : undefined}>
              <InputNumber min={s.min} max={s.max} step={s.step} style={{ width: '100%' }} id={`workload-${s.name}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      {canEdit ? (
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="workload-settings-save">
          {t('settings.save')}
        </Button>
      ) : null}
      {save.isSuccess ? <Alert style={{ marginTop: 12 }} type="success" showIcon title={t('settings.saved')} /> : null}
      {save.error ? <Alert style={{ marginTop: 12 }} type="error" showIcon title={errorMessage(save.error)} /> : null}
    </Form>
  );
}
