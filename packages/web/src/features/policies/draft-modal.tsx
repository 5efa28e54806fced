import { App, Button, Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { fetchProvinces } from '../../api/endpoints';
import { createPolicy, policiesKey } from './api';

interface Values {
  title: string;
  summary?: string;
  effectiveOn?: Dayjs;
  targetTiers?: ('A' | 'B' | 'C')[];
  targetUnitIds?: string[];
}

/** Drafting a policy (HQ): title, content, effective date, and the tiers and provinces it is for (none = all). */
export function DraftModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('policies');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const provinces = useQuery({ queryKey: ['units', 'provinces'], queryFn: fetchProvinces, enabled: open });
  const save = useMutation({
    mutationFn: (v: Values) =>
      createPolicy({ title: v.title, summary: v.summary || undefined, effectiveOn: v.effectiveOn?.format('YYYY-MM-DD'), targetTiers: v.targetTiers ?? [], targetUnitIds: v.targetUnitIds ?? [] }),
    onSuccess: async () => {
      form.resetFields();
      onClose();
      void message.success(t('saved'));
      await qc.invalidateQueries({ queryKey: policiesKey });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  return (
    <Modal open={open} title={t('draft')} onCancel={onClose} footer={null} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="title" label={t('policyTitle')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} data-testid="policy-title" />
        </Form.Item>
        <Form.Item name="summary" label={t('summary')}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="effectiveOn" label={t('effectiveOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="targetTiers" label={t('targetTiers')} extra={t('targetsHint')}>
          <Checkbox.Group options={['A', 'B', 'C'].map((x) => ({ value: x, label: x }))} data-testid="policy-tiers" />
        </Form.Item>
        <Form.Item name="targetUnitIds" label={t('targetRegions')} extra={t('targetsHint')}>
          <Select mode="multiple" showSearch optionFilterProp="label" loading={provinces.isPending} data-testid="policy-regions"
            options={(provinces.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="policy-save">{t('save')}</Button>
      </Form>
    </Modal>
  );
}
