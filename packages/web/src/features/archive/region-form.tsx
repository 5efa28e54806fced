import { Button, Descriptions, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountArchive } from '@qudao/contract';
import { patchUnitProfile } from './api';
import { SourceAndButtons } from './profile-form';
import { useArchiveWrite } from './use-archive-write';

const fields = ['culture', 'customs', 'developmentPotential', 'exportMarketPolicy'] as const;

/** Regional characteristics of the account's unit (R5.2): recorded once per unit, shown on each account in it. */
export function RegionForm({ archive }: { archive: AccountArchive }) {
  const { t } = useTranslation('archive');
  const [editing, setEditing] = useState(false);
  const save = useArchiveWrite(archive.accountId, (body: Record<string, unknown>) => patchUnitProfile(archive.unitId, body), () => setEditing(false));
  const label = (f: string) => t(`field.region.${f}` as 'field.region.culture');
  const shown = fields.filter((f) => f !== 'exportMarketPolicy' || archive.profile.exportOriented || archive.region.exportMarketPolicy);
  return (
    <Flex vertical gap={4}>
      <Typography.Text type="secondary">{t('regionOf', { unit: archive.unitName })}</Typography.Text>
      {!editing ? (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} items={shown.map((f) => ({ key: f, label: label(f), children: archive.region[f] ?? t('empty') }))} />
          <Button size="small" style={{ alignSelf: 'flex-start' }} onClick={() => setEditing(true)}>{t('edit')}</Button>
        </>
      ) : (
        <Form
          layout="vertical"
          size="small"
          initialValues={{ ...archive.region, source: 'manual' }}
          onFinish={(v: Record<string, unknown>) => save.mutate(Object.fromEntries([['source', v.source], ...shown.map((f) => [f, typeof v[f] === 'string' ? v[f] : null])]))}
        >
          {shown.map((f) => (
            <Form.Item key={f} name={f} label={label(f)}><Input.TextArea autoSize maxLength={1000} /></Form.Item>
          ))}
          <SourceAndButtons saving={save.isPending} onCancel={() => setEditing(false)} />
        </Form>
      )}
    </Flex>
  );
}
