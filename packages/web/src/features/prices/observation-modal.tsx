import { useState } from 'react';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { observationSources } from '@qudao/contract';
import { errorMessage } from '../../api/client';
import { fetchAccounts } from '../../api/endpoints';
import { createObservation, pricesKey } from './api';

interface Values {
  accountId: string;
  observedOn: Dayjs;
  competitorBrand?: string;
  model: string;
  priceYuan: number;
  source: (typeof observationSources)[number];
  context?: string;
}

/** A manager's or rep's price seen outside a visit; our model below its minimum raises a violation at once. */
export function ObservationModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('prices');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [search, setSearch] = useState('');
  const accounts = useQuery({ queryKey: ['accounts', 'pick', search], queryFn: () => fetchAccounts({ q: search || undefined, pageSize: 20 }), enabled: open });
  const save = useMutation({
    mutationFn: (v: Values) => createObservation({
      accountId: v.accountId, observedOn: v.observedOn.format('YYYY-MM-DD'), competitorBrand: v.competitorBrand?.trim() || undefined, model: v.model.trim(),
      priceFen: Math.round(v.priceYuan * 100), source: v.source, context: v.context?.trim() || undefined,
    }),
    onSuccess: (o) => {
      void message.success(o.violationId ? t('recordedViolation') : t('recorded'));
      void qc.invalidateQueries({ queryKey: pricesKey });
      void qc.invalidateQueries({ queryKey: ['competitors'] });
      onClose();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const need = (field: string) => [{ required: true, whitespace: true, message: t('required', { field }) }];
  return (
    <Modal open={open} title={t('observeTitle')} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden width={520}>
      <Form<Values> form={form} layout="vertical" name="observation" initialValues={{ observedOn: dayjs(), source: 'quote' }} onFinish={(v) => save.mutate(v)} preserve={false} data-testid="observation-form">
        <Form.Item name="accountId" label={t('account')} rules={[{ required: true, message: t('required', { field: t('account') }) }]}>
          <Select showSearch filterOption={false} onSearch={setSearch} placeholder={t('searchAccount')} loading={accounts.isFetching}
            options={(accounts.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))} />
        </Form.Item>
        <Form.Item name="observedOn" label={t('observedOn')} rules={[{ required: true, message: t('required', { field: t('observedOn') }) }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="competitorBrand" label={t('competitorBrand')} rules={[{ max: 60 }]}><Input maxLength={60} /></Form.Item>
        <Form.Item name="model" label={t('model')} rules={need(t('model'))}><Input maxLength={60} /></Form.Item>
        <Form.Item name="priceYuan" label={t('observedPrice')} rules={[{ required: true, message: t('required', { field: t('observedPrice') }) }]}>
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="source" label={t('sourceLabel')}>
          <Select options={observationSources.map((s) => ({ value: s, label: t(`source.${s}`) }))} />
        </Form.Item>
        <Form.Item name="context" label={t('context')} rules={[{ max: 500 }]}><Input.TextArea maxLength={500} rows={2} /></Form.Item>
      </Form>
    </Modal>
  );
}
