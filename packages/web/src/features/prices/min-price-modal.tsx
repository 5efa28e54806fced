import { App, DatePicker, Form, InputNumber, Modal, Select } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MinimumPriceRow } from '@qudao/contract';
import { errorMessage } from '../../api/client';
import { fetchProducts, fetchProvinces } from '../../api/endpoints';
import { createMinimumPrice, patchMinimumPrice, pricesKey } from './api';

interface Values {
  model: string;
  tier?: 'A' | 'B' | 'C';
  regionUnitId?: string;
  priceYuan: number;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
}

/** HQ's form: a new minimum price, or (with `editing`) a changed price or last valid day of one. */
export function MinPriceModal({ open, editing, onClose }: { open: boolean; editing: MinimumPriceRow | null; onClose: () => void }) {
  const { t } = useTranslation('prices');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const products = useQuery({ queryKey: ['products'], queryFn: fetchProducts, enabled: open && !editing });
  const provinces = useQuery({ queryKey: ['provinces'], queryFn: fetchProvinces, enabled: open && !editing, staleTime: 3_600_000 });
  const save = useMutation({
    mutationFn: (v: Values) => {
      const priceFen = Math.round(v.priceYuan * 100);
      const validTo = v.validTo ? v.validTo.format('YYYY-MM-DD') : undefined;
      if (editing) return patchMinimumPrice(editing.id, { priceFen, validTo: validTo ?? null });
      return createMinimumPrice({ model: v.model, tier: v.tier, regionUnitId: v.regionUnitId, priceFen, validFrom: v.validFrom.format('YYYY-MM-DD'), validTo });
    },
    onSuccess: () => {
      void message.success(t('saved'));
      void qc.invalidateQueries({ queryKey: pricesKey });
      onClose();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const initial: Partial<Values> = editing
    ? { model: editing.model, tier: editing.tier ?? undefined, regionUnitId: editing.regionUnitId ?? undefined, priceYuan: editing.priceFen / 100, validFrom: dayjs(editing.validFrom), validTo: editing.validTo ? dayjs(editing.validTo) : null }
    : { validFrom: dayjs().startOf('month') };
  const need = (field: string) => [{ required: true, message: t('required', { field }) }];
  return (
    <Modal
      open={open} title={editing ? `${t('edit')} · ${editing.model}` : t('add')} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending}
      onOk={() => form.submit()} onCancel={onClose} destroyOnHidden width={520}
    >
      <Form<Values> form={form} layout="vertical" name="minprice" initialValues={initial} onFinish={(v) => save.mutate(v)} preserve={false} data-testid="min-price-form">
        <Form.Item name="model" label={t('model')} rules={need(t('model'))}>
          <Select disabled={!!editing} showSearch optionFilterProp="label" options={(products.data?.items ?? []).map((p) => ({ value: p.model, label: `${p.model} ${p.name}` }))} />
        </Form.Item>
        <Form.Item name="tier" label={t('tier')}>
          <Select disabled={!!editing} allowClear placeholder={t('allTiers')} options={['A', 'B', 'C'].map((x) => ({ value: x, label: x }))} />
        </Form.Item>
        <Form.Item name="regionUnitId" label={t('region')}>
          <Select disabled={!!editing} allowClear placeholder={editing?.regionName ?? t('allRegions')} showSearch optionFilterProp="label" options={(provinces.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="priceYuan" label={t('price')} rules={need(t('price'))}>
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="validFrom" label={t('validFrom')} rules={need(t('validFrom'))}>
          <DatePicker disabled={!!editing} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="validTo" label={t('validTo')} extra={t('openEnded')}>
          <DatePicker allowClear style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
