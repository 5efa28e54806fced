import { useState } from 'react';
import { App, Button, Card, Form, InputNumber, Select, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ClassConfig } from '@qudao/contract';
import { errorMessage } from '../../api/client';
import { classesKey, saveClassConfig } from './api';

const kinds = ['distributor', 'sub_dealer', 'end_user'] as const;
const classes = ['A', 'B', 'C'] as const;

/** HQ's classification parameters: metric, cut-offs and the visit interval per kind and class. */
export function ClassParams({ config, editable }: { config: ClassConfig; editable: boolean }) {
  const { t } = useTranslation('classes');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [draft, setDraft] = useState<ClassConfig>(config);
  const save = useMutation({
    mutationFn: () => saveClassConfig(draft),
    onSuccess: () => {
      void message.success(t('saved'));
      void qc.invalidateQueries({ queryKey: [...classesKey, 'config'] });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const setInterval = (kind: (typeof kinds)[number], cls: (typeof classes)[number], v: number | null) =>
    setDraft((d) => ({ ...d, visitIntervalDays: { ...d.visitIntervalDays, [kind]: { ...d.visitIntervalDays[kind], [cls]: v ?? 1 } } }));
  return (
    <Card size="small" title={t('params')}>
      <Form layout="inline" disabled={!editable} style={{ rowGap: 8 }}>
        <Form.Item label={t('metric')}>
          <Select
            style={{ minWidth: 200 }} value={draft.metric} onChange={(metric) => setDraft((d) => ({ ...d, metric }))}
            options={(['sales', 'gross_profit'] as const).map((m) => ({ value: m, label: t(`metricOpt.${m}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('aTop')}>
          <InputNumber min={1} max={100} value={draft.aTopPercent} onChange={(v) => setDraft((d) => ({ ...d, aTopPercent: v ?? 80 }))} />
        </Form.Item>
        <Form.Item label={t('bNext')}>
          <InputNumber min={0} max={99} value={draft.bNextPercent} onChange={(v) => setDraft((d) => ({ ...d, bNextPercent: v ?? 15 }))} />
        </Form.Item>
      </Form>
      <Typography.Text strong style={{ display: 'block', marginTop: 12 }}>{t('intervals')}</Typography.Text>
      <Space direction="vertical" size={4}>
        {kinds.map((kind) => (
          <Space key={kind} wrap>
            <span style={{ display: 'inline-block', minWidth: 90 }}>{tc(`kind.${kind}`)}</span>
            {classes.map((cls) => (
              <InputNumber key={cls} addonBefore={cls} min={1} max={366} style={{ width: 110 }} disabled={!editable} value={draft.visitIntervalDays[kind][cls]} onChange={(v) => setInterval(kind, cls, v)} />
            ))}
          </Space>
        ))}
      </Space>
      {editable && (
        <div style={{ marginTop: 12 }}>
          <Button onClick={() => save.mutate()} loading={save.isPending}>{t('saveParams')}</Button>
        </div>
      )}
    </Card>
  );
}
