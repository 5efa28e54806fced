import { App, Button, Checkbox, DatePicker, Form, Input, List, Modal, Radio, Select, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/client';
import { fetchProvinces } from '../../api/endpoints';
import { fetchPolicies, policiesKey } from '../policies/api';
import { createMeeting, fetchCandidates, meetingsKey } from './api';

interface Values {
  title: string;
  scope: 'regional' | 'national';
  regionUnitId?: string;
  heldOn: Dayjs;
  place?: string;
  tiers: ('A' | 'B' | 'C')[];
  policyId?: string;
}

/** Scheduling a meeting (HQ): regional or national, date and place, invitees by tier and region with a preview list. */
export function ScheduleModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('meetings');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const scope = Form.useWatch('scope', form);
  const region = Form.useWatch('regionUnitId', form);
  const tiers = Form.useWatch('tiers', form) ?? [];
  const policyId = Form.useWatch('policyId', form);
  const provinces = useQuery({ queryKey: ['units', 'provinces'], queryFn: fetchProvinces, enabled: open });
  const policies = useQuery({ queryKey: policiesKey, queryFn: fetchPolicies, enabled: open });
  const regionReady = scope === 'national' || !!region;
  const preview = useQuery({
    queryKey: ['meetings', 'preview', scope, region, [...tiers].sort().join(','), policyId],
    queryFn: () => fetchCandidates([...tiers].sort(), scope === 'regional' ? region : undefined, policyId || undefined),
    enabled: open && tiers.length > 0 && regionReady,
  });
  const save = useMutation({
    mutationFn: (v: Values) =>
      createMeeting({ title: v.title, scope: v.scope, regionUnitId: v.scope === 'regional' ? v.regionUnitId : undefined, heldOn: v.heldOn.format('YYYY-MM-DD'), place: v.place || undefined, tiers: v.tiers, policyId: v.policyId || undefined }),
    onSuccess: async (m) => {
      onClose();
      await qc.invalidateQueries({ queryKey: meetingsKey });
      void navigate(`/meetings/${m.id}`);
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  return (
    <Modal open={open} title={t('schedule')} onCancel={onClose} footer={null} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ scope: 'regional', tiers: ['A'] }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="title" label={t('meetingTitle')} rules={[{ required: true, whitespace: true }]}><Input maxLength={200} data-testid="meeting-title" /></Form.Item>
        <Form.Item name="scope" label={t('scopeLabel')}>
          <Radio.Group options={(['regional', 'national'] as const).map((s) => ({ value: s, label: t(`scope.${s}`) }))} />
        </Form.Item>
        {scope === 'regional' && (
          <Form.Item name="regionUnitId" label={t('region')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" loading={provinces.isPending} data-testid="meeting-region"
              options={(provinces.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
        )}
        <Form.Item name="heldOn" label={t('heldOn')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} data-testid="meeting-date" /></Form.Item>
        <Form.Item name="place" label={t('place')}><Input maxLength={200} data-testid="meeting-place" /></Form.Item>
        <Form.Item name="tiers" label={t('tiers')} rules={[{ required: true }]}>
          <Checkbox.Group options={['A', 'B', 'C'].map((x) => ({ value: x, label: x }))} data-testid="meeting-tiers" />
        </Form.Item>
        <Form.Item name="policyId" label={t('forPolicy')}>
          <Select allowClear loading={policies.isPending} data-testid="meeting-policy"
            options={(policies.data?.items ?? []).filter((p) => p.status !== 'released').map((p) => ({ value: p.id, label: p.title }))} />
        </Form.Item>
        {preview.data && (
          <>
            <Typography.Text strong data-testid="invitee-preview-count">
              {preview.data.items.length > 0 ? t('preview', { count: preview.data.items.length }) : t('previewEmpty')}
            </Typography.Text>
            <List
              size="small" style={{ maxHeight: 200, overflow: 'auto', marginBottom: 12 }} dataSource={preview.data.items} data-testid="invitee-preview"
              renderItem={(c) => <List.Item>{c.name} <Tag>{c.tier}</Tag></List.Item>}
            />
          </>
        )}
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="meeting-save">{t('save')}</Button>
      </Form>
    </Modal>
  );
}
