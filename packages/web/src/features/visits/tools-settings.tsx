import { useEffect, useState } from 'react';
import { App, Button, Card, Checkbox, Input, List, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountKinds, type SalesToolView, type SalesToolsPut } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { putSalesTools, visitSettingsKey } from './api';

type Draft = SalesToolsPut['tools'][number] & { key: string };

/** HQ edits the sales-tools checklist (R3.1 q4): names in both languages, account kinds, order; a removed tool is retired. */
export function ToolsSettings({ tools }: { tools: SalesToolView[] }) {
  const { t } = useTranslation('visits');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const fromServer = () => tools.filter((x) => x.active).map((x): Draft => ({ key: x.id, id: x.id, name: x.name, nameEn: x.nameEn, accountKinds: x.accountKinds }));
  const [draft, setDraft] = useState<Draft[]>(fromServer);
  // Re-read when the server list changes (after a save).
  useEffect(() => setDraft(tools.filter((x) => x.active).map((x): Draft => ({ key: x.id, id: x.id, name: x.name, nameEn: x.nameEn, accountKinds: x.accountKinds }))), [tools]);
  const set = (i: number, patch: Partial<Draft>) => setDraft(draft.map((d, n) => (n === i ? { ...d, ...patch } : d)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...draft];
    const [d] = next.splice(i, 1);
    next.splice(i + by, 0, d!);
    setDraft(next);
  };
  const save = useMutation({
    mutationFn: () => putSalesTools({ tools: draft.map(({ key: _key, ...d }) => d) }),
    onSuccess: () => {
      void message.success(t('settings.saved'));
      void qc.invalidateQueries({ queryKey: visitSettingsKey });
    },
    onError: (err) => void message.error(errorMessage(err)),
  });
  return (
    <Card size="small" title={t('settings.tools')}>
      <Typography.Paragraph type="secondary">{t('settings.toolsHint')}</Typography.Paragraph>
      <List
        dataSource={draft}
        rowKey="key"
        renderItem={(d, i) => (
          <List.Item data-testid="tool-row">
            <Space wrap style={{ width: '100%' }}>
              <Input style={{ width: 160 }} placeholder={t('settings.name')} value={d.name} onChange={(e) => set(i, { name: e.target.value })} data-testid="tool-name" />
              <Input style={{ width: 160 }} placeholder={t('settings.nameEn')} value={d.nameEn} onChange={(e) => set(i, { nameEn: e.target.value })} data-testid="tool-name-en" />
              <Checkbox.Group
                value={d.accountKinds}
                onChange={(v) => set(i, { accountKinds: v as Draft['accountKinds'] })}
                options={accountKinds.map((k) => ({ value: k, label: t(`settings.accountKinds.${k}`) }))}
              />
              <Button size="small" disabled={i === 0} onClick={() => move(i, -1)}>{t('settings.up')}</Button>
              <Button size="small" disabled={i === draft.length - 1} onClick={() => move(i, 1)}>{t('settings.down')}</Button>
              <Button size="small" danger onClick={() => setDraft(draft.filter((_, n) => n !== i))}>{t('settings.remove')}</Button>
            </Space>
          </List.Item>
        )}
      />
      <Space>
        <Button onClick={() => setDraft([...draft, { key: `new-${Date.now()}`, name: '', nameEn: '', accountKinds: [...accountKinds] }])} data-testid="tool-add">+ {t('settings.add')}</Button>
        <Button type="primary" loading={save.isPending} onClick={() => save.mutate()} data-testid="tools-save">{t('settings.save')}</Button>
      </Space>
    </Card>
  );
}
