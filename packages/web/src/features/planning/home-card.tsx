import { useState } from 'react';
import { App, Button, Card, Flex, Input, InputNumber, Select, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { ErrorPanel } from '../../ui/error-panel';
import { clearHome, fetchHome, saveHome } from './api';

/** An account the home base can be taken from (the rep's accounts of the shown plan). */
export interface HomeAccountOption {
  id: string;
  name: string;
  lng: number | null;
  lat: number | null;
}

/**
 * The rep's home base (issue 6): where each planned day starts and ends. A manager types a point or takes
 * an account's location, with a name; clearing goes back to the densest-market default.
 */
export function HomeCard({ repId, accounts }: { repId: string; accounts: HomeAccountOption[] }) {
  const { t } = useTranslation('planning');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const key = ['planning', 'home', repId];
  const q = useQuery({ queryKey: key, queryFn: () => fetchHome(repId) });
  const [point, setPoint] = useState<{ lng: number | null; lat: number | null }>({ lng: null, lat: null });
  const [accountId, setAccountId] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  const done = (r: { home: unknown }, text?: string) => {
    qc.setQueryData(key, r);
    if (text) void message.success(text);
  };
  const save = useMutation({
    mutationFn: () => saveHome(repId, { ...(accountId ? { accountId } : { lng: point.lng!, lat: point.lat! }), ...(label.trim() ? { label: label.trim() } : {}) }),
    onSuccess: (r) => done(r, t('homeSaved')),
    onError: (e) => void message.error(errorMessage(e)),
  });
  const clear = useMutation({ mutationFn: () => clearHome(repId), onSuccess: (r) => done(r), onError: (e) => void message.error(errorMessage(e)) });
  const home = q.data?.home;
  const ready = accountId !== null || (point.lng !== null && point.lat !== null);
  return (
    <Card size="small" title={t('home')} data-testid="plan-home">
      {q.isError ? <ErrorPanel error={q.error} onRetry={() => void q.refetch()} /> : (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('homeHint')}</Typography.Text>
          <Typography.Text data-testid="plan-home-current">
            {home ? `${home.label ?? ''} ${home.lng.toFixed(4)}, ${home.lat.toFixed(4)}`.trim() : t('homeDefault')}
          </Typography.Text>
          <Select allowClear showSearch optionFilterProp="label" placeholder={t('homeAccount')} value={accountId} onChange={(v?: string) => setAccountId(v ?? null)} data-testid="plan-home-account"
            options={accounts.filter((a) => a.lng !== null && a.lat !== null).map((a) => ({ value: a.id, label: a.name }))} />
          <Flex gap={8} wrap>
            <InputNumber placeholder="lng" min={-180} max={180} step={0.01} value={point.lng} disabled={accountId !== null} onChange={(v) => setPoint({ ...point, lng: v })} data-testid="plan-home-lng" />
            <InputNumber placeholder="lat" min={-90} max={90} step={0.01} value={point.lat} disabled={accountId !== null} onChange={(v) => setPoint({ ...point, lat: v })} data-testid="plan-home-lat" />
            <Input placeholder={t('homeLabel')} maxLength={80} value={label} onChange={(e) => setLabel(e.target.value)} style={{ width: 140 }} data-testid="plan-home-label" />
          </Flex>
          <Flex gap={8}>
            <Button type="primary" disabled={!ready} loading={save.isPending} onClick={() => save.mutate()} data-testid="plan-home-save">{t('homeSave')}</Button>
            <Button disabled={!home} loading={clear.isPending} onClick={() => clear.mutate()} data-testid="plan-home-clear">{t('homeClear')}</Button>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
