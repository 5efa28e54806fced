import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { roles, type Role, type User, type UserCreate, type UserPatch } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { createUser, patchUser } from '../../api/endpoints';

interface FormValues {
  username: string;
  displayName: string;
  password?: string;
  role: Role;
  managerId?: string | null;
  active: boolean;
}

/** Creates a user or edits one (HQ); a rep may be given a regional manager. */
export function UserModal({ user, managers, onClose }: { user: User | undefined; managers: User[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const role = Form.useWatch('role', form);
  const save = useMutation({
    mutationFn: (v: FormValues) => {
      const managerId = v.role === 'rep' ? (v.managerId ?? null) : null;
      if (user) {
        const patch: UserPatch = { displayName: v.displayName, role: v.role, managerId, active: v.active };
        if (v.password) patch.password = v.password;
        return patchUser(user.id, patch);
      }
      const body: UserCreate = { username: v.username, displayName: v.displayName, password: v.password ?? '', role: v.role, managerId };
      return createUser(body);
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['users'] });
      void message.success(t('account.saved'));
      onClose();
    },
    onError: (err) => void message.error(errorMessage(err)),
  });
  return (
    <Modal open title={user ? t('users.edit') : t('users.add')} okText={t('account.save')} cancelText={t('account.cancel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
      <Form<FormValues>
        name="user"
        form={form}
        layout="vertical"
        initialValues={user ? { username: user.username, displayName: user.displayName, role: user.role, managerId: user.managerId, active: user.active } : { role: 'rep', active: true }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="username" label={t('users.username')} rules={[{ required: true, min: 2, max: 64, pattern: /^[a-zA-Z0-9_.-]+$/ }]}>
          <Input disabled={Boolean(user)} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="password" label={user ? t('users.newPassword') : t('users.password')} rules={[{ required: !user, min: 6, max: 256 }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]}>
          <Select options={roles.map((r) => ({ value: r, label: t(`user.roles.${r}`) }))} />
        </Form.Item>
        {role === 'rep' && (
          <Form.Item name="managerId" label={t('users.manager')}>
            <Select allowClear options={managers.map((m) => ({ value: m.id, label: `${m.displayName} (${m.username})` }))} />
          </Form.Item>
        )}
        {user && (
          <Form.Item name="active" label={t('users.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
