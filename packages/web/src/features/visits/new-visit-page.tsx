import { useState } from 'react';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { visitKinds, type VisitCreate } from '@qudao/contract';
import { errorMessage, makeUuid } from '../../api/client';
import { fetchAccount, fetchAccounts } from '../../api/endpoints';
import { createVisit } from './api';
import { ObjectivesEditor, type ObjectiveDraft } from './objectives-editor';
import { PendingObjectives } from '../policies/pending-objectives';

/** Plans a visit: account, kind, day and specific objectives (R3.1 (1)); a vague aim is refused by the server's rule. */
export function NewVisitPage() {
  const { t } = useTranslation('visits');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [accountId, setAccountId] = useState<string | undefined>(params.get('accountId') ?? undefined);
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<VisitCreate['kind']>('routine');
  const [plannedOn, setPlannedOn] = useState(dayjs().format('YYYY-MM-DD'));
  const [objectives, setObjectives] = useState<ObjectiveDraft[]>([{ type: 'new_order', details: {} }]);
  const [fixedTime, setFixedTime] = useState(false);
  const [fixedRoute, setFixedRoute] = useState(false);
  const options = useQuery({ queryKey: ['accounts', 'pick', search], queryFn: () => fetchAccounts({ q: search || undefined, pageSize: 20 }) });
  const preset = useQuery({ queryKey: ['accounts', accountId], queryFn: () => fetchAccount(accountId!), enabled: !!accountId });
  const [id] = useState(makeUuid);
  const save = useMutation({
    mutationFn: () => createVisit({ id, accountId: accountId!, kind, plannedOn, objectives, fixedTime, fixedRoute }),
    onSuccess: (v) => navigate(`/visits/${v.id}`),
  });
  const accountOptions = [...(options.data?.items ?? []), ...(preset.data ? [preset.data] : [])]
    .filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i)
    .map((a) => ({ value: a.id, label: a.name }));
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>{t('newVisit')}</Typography.Title>
      <Form layout="vertical" onFinish={() => save.mutate()}>
        <Form.Item label={t('account')} required>
          <Select showSearch filterOption={false} onSearch={setSearch} value={accountId} onChange={setAccountId} options={accountOptions} data-testid="visit-account" />
        </Form.Item>
        <Space wrap>
          <Form.Item label={t('kind')}>
            <Select style={{ minWidth: 140 }} value={kind} onChange={setKind} options={visitKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item label={t('plannedOn')}>
            <DatePicker value={dayjs(plannedOn)} allowClear={false} onChange={(d) => d && setPlannedOn(d.format('YYYY-MM-DD'))} />
          </Form.Item>
        </Space>
        <PendingObjectives accountId={accountId} value={objectives} onChange={setObjectives} />
        <Form.Item label={t('objectives')} required>
          <ObjectivesEditor value={objectives} onChange={setObjectives} />
        </Form.Item>
        <Form.Item>
          <Checkbox checked={fixedTime} onChange={(e) => setFixedTime(e.target.checked)}>{t('fixedTime')}</Checkbox>
          <Checkbox checked={fixedRoute} onChange={(e) => setFixedRoute(e.target.checked)}>{t('fixedRoute')}</Checkbox>
        </Form.Item>
        {save.isError && <Alert type="error" showIcon message={errorMessage(save.error)} style={{ marginBottom: 12 }} data-testid="visit-error" />}
        <Button type="primary" htmlType="submit" disabled={!accountId} loading={save.isPending} data-testid="visit-create">
          {t('create')}
        </Button>
      </Form>
    </Card>
  );
}
