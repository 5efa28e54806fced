import { useState } from 'react';
import { App, Button, Card, DatePicker, Input, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { currentLocale } from '../../i18n';
import { ErrorPanel } from '../../ui/error-panel';
import { useMe } from '../auth/use-me';
import { deleteOverride, fetchAccountClass, putOverride } from './api';

/** An account's value class (R2.2.4): class, visit interval, explanation, manual override with reason and expiry. */
export function ClassCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation('classes');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const role = useMe().data?.role;
  const key = ['accounts', accountId, 'class'];
  const q = useQuery({ queryKey: key, queryFn: () => fetchAccountClass(accountId) });
  const [cls, setCls] = useState<'A' | 'B' | 'C'>('A');
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState<Dayjs>(dayjs().add(3, 'month'));
  const done = () => void qc.invalidateQueries({ queryKey: key });
  const set = useMutation({
    mutationFn: () => putOverride(accountId, { valueClass: cls, reason, expiresOn: until.format('YYYY-MM-DD') }),
    onSuccess: done,
    onError: (e) => void message.error(errorMessage(e)),
  });
  const clear = useMutation({ mutationFn: () => deleteOverride(accountId), onSuccess: done, onError: (e) => void message.error(errorMessage(e)) });
  const d = q.data;
  const canOverride = role === 'hq' || role === 'manager';
  return (
    <Card size="small" title={t('card')} data-testid="class-card">
      {q.isPending && <Skeleton active />}
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      {d && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            {d.valueClass ? <Tag color={d.valueClass === 'A' ? 'volcano' : d.valueClass === 'B' ? 'gold' : 'default'}>{d.valueClass}</Tag> : <Typography.Text type="secondary">{t('none')}</Typography.Text>}
            {d.provisional && <Tag>{t('provisional')}</Tag>}
            {d.visitIntervalDays !== null && <Typography.Text>{t('interval')}: {t('days', { n: d.visitIntervalDays })}</Typography.Text>}
          </Space>
          {d.explanation && <Typography.Text type="secondary">{d.explanation[currentLocale()]}</Typography.Text>}
          {d.override && (
            <Space wrap>
              <Typography.Text>{t('overrideActive', { cls: d.override.valueClass, until: d.override.expiresOn, reason: d.override.reason })}</Typography.Text>
              {canOverride && <Button size="small" onClick={() => clear.mutate()} loading={clear.isPending}>{t('overrideClear')}</Button>}
            </Space>
          )}
          {canOverride && (
            <Space wrap>
              <Typography.Text>{t('override')}</Typography.Text>
              <Select value={cls} onChange={setCls} options={(['A', 'B', 'C'] as const).map((c) => ({ value: c, label: c }))} style={{ width: 70 }} />
              <Input placeholder={t('overrideReason')} value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 200 }} maxLength={500} />
              <DatePicker value={until} onChange={(v) => v && setUntil(v)} allowClear={false} placeholder={t('overrideUntil')} />
              <Button onClick={() => set.mutate()} loading={set.isPending}>{t('overrideSave')}</Button>
            </Space>
          )}
          {d.history.length > 0 && (
            <Typography.Text type="secondary">{t('history')}: {d.history.map((h) => `${h.asOf} ${h.valueClass}`).join(' · ')}</Typography.Text>
          )}
        </Space>
      )}
    </Card>
  );
}
