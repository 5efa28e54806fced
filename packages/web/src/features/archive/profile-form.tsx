import { Button, Descriptions, Flex, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creditRatingValues, type AccountProfileValues } from '@qudao/contract';
import { patchArchive } from './api';
import { useArchiveWrite } from './use-archive-write';

type Section = 'basic' | 'competitors' | 'trading' | 'deeper';
type FieldKind = 'text' | 'bool' | 'credit' | 'yuan';

/** The fields of each account-level section and how they are edited. */
export const sectionFieldKinds: Record<Section, [keyof AccountProfileValues, FieldKind][]> = {
  basic: [['businessScope', 'text'], ['exportOriented', 'bool']],
  competitors: [['competitorRelations', 'text'], ['orderFlow', 'text']],
  trading: [['salesActivity', 'text'], ['problems', 'text'], ['potential', 'text'], ['financialStatus', 'text'], ['creditRating', 'credit'], ['creditLimitFen', 'yuan']],
  deeper: [
    ['businessSpecialty', 'text'], ['industryPosition', 'text'], ['distributionCapacity', 'text'], ['capitalStrength', 'text'],
    ['commercialCredit', 'text'], ['willingnessToCooperate', 'text'], ['machineToolTurnoverFen', 'yuan'],
  ],
};

const yuan = (fen: number | null) => (fen === null ? null : fen / 100);

/** Shows a section's stored fields and edits them in place (one PATCH with the chosen source). */
export function ProfileSectionForm({ accountId, section, values, kind }: { accountId: string; section: Section; values: AccountProfileValues; kind: string }) {
  const { t } = useTranslation('archive');
  const [editing, setEditing] = useState(false);
  const fields = sectionFieldKinds[section].filter(([f]) => !(f === 'machineToolTurnoverFen' && kind !== 'distributor') && !(f === 'distributionCapacity' && kind === 'end_user'));
  const save = useArchiveWrite(accountId, (body: Record<string, unknown>) => patchArchive(accountId, { section, ...body }), () => setEditing(false));
  const label = (f: string) => t(`field.${section}.${f}` as 'field.basic.businessScope');
  const show = (f: keyof AccountProfileValues, k: FieldKind) => {
    const v = values[f];
    if (v === null || v === '') return t('empty');
    if (k === 'bool') return v ? t('yes') : t('no');
    if (k === 'yuan') return `¥${(Number(v) / 100).toLocaleString()}`;
    return String(v);
  };
  if (!editing) {
    return (
      <Flex vertical gap={4}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} items={fields.map(([f, k]) => ({ key: f, label: label(f), children: show(f, k) }))} />
        <Button size="small" style={{ alignSelf: 'flex-start' }} onClick={() => setEditing(true)} data-testid={`edit-${section}`}>{t('edit')}</Button>
      </Flex>
    );
  }
  const initial = Object.fromEntries(fields.map(([f, k]) => [f, k === 'yuan' ? yuan(values[f] as number | null) : values[f]]));
  return (
    <Form
      layout="vertical"
      size="small"
      initialValues={{ ...initial, source: 'manual' }}
      onFinish={(v: Record<string, unknown>) => {
        const body: Record<string, unknown> = { source: v.source };
        for (const [f, k] of fields) {
          const raw = v[f];
          body[f] = k === 'yuan' ? (raw === null || raw === undefined ? null : Math.round(Number(raw) * 100)) : k === 'bool' ? Boolean(raw) : raw === undefined || raw === '' ? null : raw;
        }
        save.mutate(body);
      }}
    >
      {fields.map(([f, k]) => (
        <Form.Item key={f} name={f} label={label(f)} valuePropName={k === 'bool' ? 'checked' : 'value'}>
          {k === 'bool' ? <Switch /> : k === 'credit' ? <Select allowClear options={creditRatingValues.map((c) => ({ value: c, label: c }))} /> : k === 'yuan' ? <InputNumber min={0} style={{ width: '100%' }} /> : <Input.TextArea autoSize maxLength={1000} />}
        </Form.Item>
      ))}
      <SourceAndButtons saving={save.isPending} onCancel={() => setEditing(false)} />
    </Form>
  );
}

/** The source picker and the save/cancel buttons shared by the archive forms. */
export function SourceAndButtons({ saving, onCancel }: { saving: boolean; onCancel: () => void }) {
  const { t } = useTranslation('archive');
  return (
    <Flex gap={8} wrap align="center">
      <Form.Item name="source" label={t('sourceLabel')} style={{ marginBottom: 0, minWidth: 120 }}>
        <Select options={(['manual', 'visit', 'import'] as const).map((s) => ({ value: s, label: t(`source.${s}`) }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="archive-save">{t('save')}</Button>
      <Button onClick={onCancel}>{t('cancel')}</Button>
    </Flex>
  );
}
