import { Button, Card, DatePicker, Form, Input, List, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '@qudao/contract';
import { fetchUsers } from '../../api/endpoints';
import { useMe } from '../auth/use-me';
import { ActionItem } from './action-item';
import { addAction, setActionDone } from './api';
import { useMeetingWrite } from './use-meeting-write';

interface Values {
  title: string;
  ownerId: string;
  dueOn: Dayjs;
}

/**
 * Follow-up actions agreed at the meeting: owner, due date, done with a note (R2.3). HQ adds them; the owner,
 * the owner's manager (who reads the owner among their users) and HQ mark them done.
 */
export function ActionsCard({ meeting, canEdit }: { meeting: Meeting; canEdit: boolean }) {
  const { t } = useTranslation('meetings');
  const [form] = Form.useForm<Values>();
  const me = useMe().data;
  const users = useQuery({ queryKey: ['users', 'all'], queryFn: fetchUsers, enabled: canEdit || me?.role === 'manager' });
  const add = useMeetingWrite(meeting.id, (v: Values) => addAction(meeting.id, { title: v.title, ownerId: v.ownerId, dueOn: v.dueOn.format('YYYY-MM-DD') }), () => form.resetFields());
  const done = useMeetingWrite(meeting.id, (v: { actionId: string; done: boolean; note?: string }) => setActionDone(meeting.id, v.actionId, v.done, v.note));
  const canMark = (ownerId: string) =>
    me?.role === 'hq' || me?.id === ownerId || (me?.role === 'manager' && (users.data?.items ?? []).some((u) => u.id === ownerId && u.managerId === me.id));
  return (
    <Card size="small" title={t('actions')} data-testid="actions-card">
      <List
        size="small" dataSource={meeting.actions}
        renderItem={(a) => <ActionItem action={a} canMark={canMark(a.ownerId)} busy={done.isPending} onMark={(d, note) => done.mutate({ actionId: a.id, done: d, note })} />}
      />
      {canEdit && (
        <Form form={form} layout="vertical" onFinish={(v) => add.mutate(v)} style={{ marginTop: 8 }}>
          <Form.Item name="title" label={t('actionTitle')} rules={[{ required: true, whitespace: true }]}><Input maxLength={300} data-testid="action-title" /></Form.Item>
          <Space wrap>
            <Form.Item name="ownerId" label={t('owner')} rules={[{ required: true }]}>
              <Select style={{ minWidth: 180 }} showSearch optionFilterProp="label" loading={users.isPending} data-testid="action-owner"
                options={(users.data?.items ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))} />
            </Form.Item>
            <Form.Item name="dueOn" label={t('dueOn')} rules={[{ required: true }]}><DatePicker data-testid="action-due" /></Form.Item>
          </Space>
          <Button htmlType="submit" loading={add.isPending} data-testid="action-add">{t('addAction')}</Button>
        </Form>
      )}
    </Card>
  );
}
