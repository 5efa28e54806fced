import { Button, Card, Checkbox, DatePicker, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '@qudao/contract';
import { fetchUsers } from '../../api/endpoints';
import { addAction, setActionDone } from './api';
import { useMeetingWrite } from './use-meeting-write';

interface Values {
  title: string;
  ownerId: string;
  dueOn: Dayjs;
}

/** Follow-up actions agreed at the meeting: owner, due date, done (R2.3). */
export function ActionsCard({ meeting, canEdit }: { meeting: Meeting; canEdit: boolean }) {
  const { t } = useTranslation('meetings');
  const [form] = Form.useForm<Values>();
  const users = useQuery({ queryKey: ['users', 'all'], queryFn: fetchUsers, enabled: canEdit });
  const add = useMeetingWrite(meeting.id, (v: Values) => addAction(meeting.id, { title: v.title, ownerId: v.ownerId, dueOn: v.dueOn.format('YYYY-MM-DD') }), () => form.resetFields());
  const done = useMeetingWrite(meeting.id, (v: { actionId: string; done: boolean }) => setActionDone(meeting.id, v.actionId, v.done));
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <Card size="small" title={t('actions')} data-testid="actions-card">
      <List
        size="small" dataSource={meeting.actions}
        renderItem={(a) => (
          <List.Item data-testid="action">
            <Space direction="vertical" size={0}>
              <Typography.Text delete={!!a.doneAt}>{a.title}</Typography.Text>
              <Typography.Text type="secondary">
                {`${t('owner')}: ${a.ownerName} · ${t('dueOn')}: ${a.dueOn}`} {!a.doneAt && a.dueOn < today && <Tag color="red">{t('overdue')}</Tag>}
              </Typography.Text>
            </Space>
            <Checkbox checked={!!a.doneAt} disabled={!canEdit || done.isPending} onChange={(e) => done.mutate({ actionId: a.id, done: e.target.checked })} data-testid={`action-done-${a.id}`}>
              {t('done')}
            </Checkbox>
          </List.Item>
        )}
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
