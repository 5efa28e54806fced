import { useEffect, useState } from 'react';
import { App, Button, Card, Checkbox, List, Space, Switch, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { visitStepIds, type EffectiveVisitRulePut, type EffectiveVisitRuleView } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { putVisitRule, visitSettingsKey } from './api';

const flags = ['requireVerifiedCheckIn', 'requireObjectiveOutcomes', 'requireStepsOfObjectives', 'requireSalesTools'] as const;

/** One account kind's rule: four switches and the required steps, saved together. */
function RuleRow({ rule }: { rule: EffectiveVisitRuleView }) {
  const { t } = useTranslation('visits');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const toPut = (r: EffectiveVisitRuleView): EffectiveVisitRulePut => ({
    requireVerifiedCheckIn: r.requireVerifiedCheckIn, requireObjectiveOutcomes: r.requireObjectiveOutcomes, requiredSteps: r.requiredSteps,
    requireStepsOfObjectives: r.requireStepsOfObjectives, requireSalesTools: r.requireSalesTools,
  });
  const [draft, setDraft] = useState<EffectiveVisitRulePut>(toPut(rule));
  useEffect(() => setDraft(toPut(rule)), [rule]);
  const save = useMutation({
    mutationFn: () => putVisitRule(rule.accountKind, draft),
    onSuccess: () => {
      void message.success(t('settings.saved'));
      void qc.invalidateQueries({ queryKey: visitSettingsKey });
    },
    onError: (err) => void message.error(errorMessage(err)),
  });
  return (
    <List.Item data-testid={`rule-${rule.accountKind}`}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{t(`settings.accountKinds.${rule.accountKind}`)}</Typography.Text>
          {rule.updatedAt ? <Tag color="blue">{t('settings.changed', { at: rule.updatedAt.slice(0, 10) })}</Tag> : <Tag>{t('settings.default')}</Tag>}
        </Space>
        <Space wrap size="large">
          {flags.map((f) => (
            <Space key={f} size={4}>
              <Switch size="small" checked={draft[f]} onChange={(on) => setDraft({ ...draft, [f]: on })} data-testid={`rule-${rule.accountKind}-${f}`} />
              <span>{t(`settings.${f}`)}</span>
            </Space>
          ))}
        </Space>
        <Space wrap>
          <Typography.Text type="secondary">{t('settings.requiredSteps')}:</Typography.Text>
          <Checkbox.Group
            value={draft.requiredSteps}
            onChange={(v) => setDraft({ ...draft, requiredSteps: v as EffectiveVisitRulePut['requiredSteps'] })}
            options={visitStepIds.map((s) => ({ value: s, label: t(`settings.steps.${s}`) }))}
          />
        </Space>
        <Button size="small" type="primary" loading={save.isPending} onClick={() => save.mutate()} data-testid={`rule-${rule.accountKind}-save`}>
          {t('settings.save')}
        </Button>
      </Space>
    </List.Item>
  );
}

/** HQ's effective-visit rule per account kind (R1.5). */
export function RulesSettings({ rules }: { rules: EffectiveVisitRuleView[] }) {
  const { t } = useTranslation('visits');
  return (
    <Card size="small" title={t('settings.rules')}>
      <Typography.Paragraph type="secondary">{t('settings.rulesHint')}</Typography.Paragraph>
      <List dataSource={rules} rowKey="accountKind" renderItem={(r) => <RuleRow rule={r} />} />
    </Card>
  );
}
