import { App, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountStatuses, type Account, type AccountPatch } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/client';
import { patchAccount } from '../../api/endpoints';
import { accountKey, auditKey } from './query-keys';

type FormValues = Pick<AccountPatch, 'name' | 'externalCode' | 'status' | 'phone' | 'address'>;

/** Edits the account's basic data; sends the version it was read at so a concurrent change is not overwritten. */
export function AccountEditModal({ account, open, onClose }: { account: Account; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const save = useMutation({
    mutationFn: (values: FormValues) => patchAccount(account.id, { ...values, version: account.version }),
    onSuccess: (updated) => {
      qc.setQueryData(accountKey(account.id), updated);
      void qc.invalidateQueries({ queryKey: auditKey(account.id) });
      void qc.invalidateQueries({ queryKey: ['accounts', 'list'] });
      void message.success(t('account.saved'));
      onClose();
    },
    onError: (err) => {
      void message.error(errorMessage(err));
      // Someone else saved first: show their version so the user can redo the change on top of it.
      if (err instanceof ApiError && err.code === 'CONFLICT.STALE_VERSION') void qc.invalidateQueries({ queryKey: accountKey(account.id) });
    },
  });
  return (
    <Modal
      open={open}
      title={`${t('account.edit')} · ${account.name}`}
      okText={t('account.save')}
      cancelText={t('account.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<FormValues>
        name="account"
        form={form}
        layout="vertical"
        initialValues={{ name: account.name, externalCode: account.externalCode, status: account.status, phone: account.phone, address: account.address }}
        onFinish={(v) => save.mutate(v)}
        data-testid="account-edit-form"
      >
        <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="externalCode" label={t('fields.externalCode')} rules={[{ max: 64 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="status" label={t('fields.status')}>
          <Select options={accountStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        </Form.Item>
        <Form.Item name="phone" label={t('fields.phone')} rules={[{ max: 40, pattern: /^[0-9+\-() ]*$/ }]}>
          <Input inputMode="tel" />
        </Form.Item>
        <Form.Item name="address" label={t('fields.address')} rules={[{ max: 300 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
