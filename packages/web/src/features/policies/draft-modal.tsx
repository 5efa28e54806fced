import { App, Button, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { createPolicy, policiesKey } from './api';

interface Values {
  title: string;
  summary?: string;
  effectiveOn?: Dayjs;
}

/** Drafting a policy (HQ): title, content, effective date. */
export function DraftModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('policies');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) => createPolicy({ title: v.title, summary: v.summary || undefined, effectiveOn: v.effectiveOn?.format('YYYY-MM-DD') }),
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
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="policy-save">{t('save')}</Button>
      </Form>
    </Modal>
  );
}
