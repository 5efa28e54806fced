import { App, Button, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountKinds, leadSources, type LeadCreate } from '@qudao/contract';
import { errorMessage } from '../../api/client';
import { checkDuplicates, createLead, searchUnits } from './api';
import { DuplicateList } from './duplicate-list';

type FormValues = Omit<LeadCreate, 'collected'> & { needs?: string; machines?: string; notes?: string };

/** Creating a lead, with a duplicate check against accounts and leads before saving. */
export function LeadCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('archive');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [unitQ, setUnitQ] = useState('');
  const units = useQuery({ queryKey: ['units', 'search', unitQ], queryFn: () => searchUnits(unitQ), enabled: unitQ.length > 0 });
  const check = useMutation({ mutationFn: checkDuplicates, onError: (e) => void message.error(errorMessage(e)) });
  const create = useMutation({
    mutationFn: (v: FormValues) => {
      const { needs, machines, notes, ...rest } = v;
      return createLead({ ...rest, collected: { needs, machines, notes } });
    },
    onSuccess: async () => {
      form.resetFields();
      check.reset();
      onClose();
      await qc.invalidateQueries({ queryKey: ['leads'] });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const runCheck = () => {
    const v = form.getFieldsValue();
    if (v.name?.trim()) check.mutate({ name: v.name, phone: v.phone || null, address: v.address || null });
  };
  return (
    <Modal open={open} title={t('leads.create')} onCancel={onClose} footer={null} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ kind: 'end_user', source: 'visit' }} onFinish={(v) => create.mutate(v)}>
        <Form.Item name="name" label={t('leads.name')} rules={[{ required: true }]}><Input maxLength={200} onBlur={runCheck} data-testid="lead-name" /></Form.Item>
        <Form.Item name="kind" label={t('leads.kind')}><Select options={accountKinds.map((k) => ({ value: k, label: tc(`kind.${k}`) }))} /></Form.Item>
        <Form.Item name="unitId" label={t('leads.unit')} rules={[{ required: true }]}>
          <Select showSearch filterOption={false} onSearch={setUnitQ} options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.id})` }))} data-testid="lead-unit" />
        </Form.Item>
        <Form.Item name="address" label={t('leads.address')}><Input maxLength={300} onBlur={runCheck} /></Form.Item>
        <Form.Item name="phone" label={t('leads.phone')}><Input maxLength={50} onBlur={runCheck} /></Form.Item>
        <Form.Item name="contactName" label={t('leads.contactName')}><Input maxLength={100} /></Form.Item>
        <Form.Item name="source" label={t('leads.sourceLabel')}><Select options={leadSources.map((s) => ({ value: s, label: t(`leads.source.${s}`) }))} /></Form.Item>
        <Form.Item name="needs" label={t('leads.needs')}><Input.TextArea autoSize maxLength={1000} /></Form.Item>
        <Form.Item name="machines" label={t('leads.machines')}><Input.TextArea autoSize maxLength={1000} /></Form.Item>
        <Form.Item name="notes" label={t('leads.notes')}><Input.TextArea autoSize maxLength={2000} /></Form.Item>
        {check.data && <DuplicateList duplicates={check.data.duplicates} hiddenMatches={check.data.hiddenMatches} />}
        <Button onClick={runCheck} loading={check.isPending} style={{ marginTop: 8, marginRight: 8 }}>{t('leads.check')}</Button>
        <Button type="primary" htmlType="submit" loading={create.isPending} style={{ marginTop: 8 }}>{t('save')}</Button>
      </Form>
    </Modal>
  );
}
