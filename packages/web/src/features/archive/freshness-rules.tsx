import { App, Button, Flex, InputNumber, Popover, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FreshnessRulesBody } from '@qudao/contract';
import { api, errorMessage } from '../../api/client';
import { useMe } from '../auth/use-me';

const classes = ['A', 'B', 'C'] as const;

/** The freshness limit per value class (days); HQ changes it here (settings row), others read it. */
export function FreshnessRules() {
  const { t } = useTranslation('archive');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const isHq = useMe().data?.role === 'hq';
  const q = useQuery({ queryKey: ['settings', 'archive-freshness'], queryFn: () => api<FreshnessRulesBody>('/settings/archive-freshness') });
  const [draft, setDraft] = useState<FreshnessRulesBody | null>(null);
  const save = useMutation({
    mutationFn: (body: FreshnessRulesBody) => api<FreshnessRulesBody>('/settings/archive-freshness', { method: 'PUT', body }),
    onSuccess: async () => {
      setDraft(null);
      void message.success(t('saved'));
      await qc.invalidateQueries({ queryKey: ['settings', 'archive-freshness'] });
      await qc.invalidateQueries({ predicate: (x) => x.queryKey.includes('archive') });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  if (!q.data) return null;
  const rules = q.data;
  const text = classes.map((c) => `${c} ${rules[c]}`).join(' · ');
  if (!isHq) return <Typography.Text type="secondary">{t('freshnessRules')}: {text} {t('days')}</Typography.Text>;
  const value = draft ?? rules;
  const editor = (
    <Flex vertical gap={6}>
      {classes.map((c) => (
        <Flex key={c} gap={6} align="center">
          <span style={{ width: 20 }}>{c}</span>
          <InputNumber min={1} max={3650} value={value[c]} onChange={(n) => setDraft({ ...value, [c]: n ?? 1 })} addonAfter={t('days')} />
        </Flex>
      ))}
      <Button type="primary" size="small" loading={save.isPending} onClick={() => save.mutate(value)}>{t('save')}</Button>
    </Flex>
  );
  return (
    <Popover trigger="click" content={editor} title={t('freshnessRules')}>
      <Button size="small" type="link" style={{ paddingInline: 0 }}>{t('freshnessRules')}: {text} {t('days')}</Button>
    </Popover>
  );
}
