import { Form, Input, Select } from 'antd';
import type { VisitBriefView } from '@qudao/contract';
import { useTranslation } from 'react-i18next';

/**
 * The fields of a "policy delivered" visit item: a released policy this distributor has not heard yet
 * (from the brief, so it works offline), which the server records as delivered with who acknowledged it
 * (R2.3); or, when none is pending, the policy's name as text.
 */
export function PolicyItemFields({ brief, toWhom }: { brief: VisitBriefView; toWhom: string }) {
  const { t } = useTranslation('policies');
  const form = Form.useFormInstance();
  const pending = brief.pendingPolicies ?? [];
  const req = [{ required: true, whitespace: true }];
  return (
    <>
      {pending.length > 0 && (
        <Form.Item name="policyId" label={t('pickPolicy')}>
          <Select
            allowClear data-testid="item-policyId" options={pending.map((p) => ({ value: p.id, label: p.title }))}
            onChange={(id?: string) => form.setFieldValue('policy', pending.find((p) => p.id === id)?.title ?? '')}
          />
        </Form.Item>
      )}
      <Form.Item name="policy" label={pending.length > 0 ? t('freeText') : t('policyTitle')} rules={req}>
        <Input maxLength={200} data-testid="item-policy" />
      </Form.Item>
      <Form.Item name="acknowledgedBy" label={toWhom} rules={req}>
        <Input maxLength={100} data-testid="item-acknowledgedBy" />
      </Form.Item>
    </>
  );
}
