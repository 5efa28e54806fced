import { App, Checkbox, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Contact, ContactCreate } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/client';
import { createContact, patchContact } from '../../api/endpoints';
import { auditKey, contactsKey } from './query-keys';

type FormValues = Omit<ContactCreate, 'isPrimary'> & { isPrimary?: boolean };

interface Props {
  accountId: string;
  /** The contact to edit; undefined adds a new one. */
  contact: Contact | undefined;
  onClose: () => void;
}

/** Adds a contact to the account or edits one (with its version, against lost updates). */
export function ContactModal({ accountId, contact, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const save = useMutation({
    mutationFn: (v: FormValues) =>
      contact ? patchContact(contact.id, { ...v, version: contact.version }) : createContact(accountId, { ...v, isPrimary: v.isPrimary ?? false }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: contactsKey(accountId) });
      void qc.invalidateQueries({ queryKey: auditKey(accountId) });
      void message.success(t('account.saved'));
      onClose();
    },
    onError: (err) => {
      void message.error(errorMessage(err));
      if (err instanceof ApiError && err.code === 'CONFLICT.STALE_VERSION') void qc.invalidateQueries({ queryKey: contactsKey(accountId) });
    },
  });
  return (
    <Modal
      open
      title={contact ? t('account.editContact') : t('account.addContact')}
      okText={t('account.save')}
      cancelText={t('account.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<FormValues>
        name="contact"
        form={form}
        layout="vertical"
        initialValues={contact ? { name: contact.name, title: contact.title, phone: contact.phone, email: contact.email, isPrimary: contact.isPrimary, notes: contact.notes } : { isPrimary: false }}
        onFinish={(v) => save.mutate(v)}
        data-testid="contact-form"
      >
        <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="title" label={t('fields.title')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('fields.phone')} rules={[{ max: 40, pattern: /^[0-9+\-() ]*$/ }]}>
          <Input inputMode="tel" />
        </Form.Item>
        <Form.Item name="email" label={t('fields.email')} rules={[{ type: 'email', max: 200 }]} normalize={(v: string) => (v === '' ? null : v)}>
          <Input inputMode="email" />
        </Form.Item>
        <Form.Item name="isPrimary" valuePropName="checked">
          <Checkbox>{t('fields.isPrimary')}</Checkbox>
        </Form.Item>
        <Form.Item name="notes" label={t('fields.notes')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
