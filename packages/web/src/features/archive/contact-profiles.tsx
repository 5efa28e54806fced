import { Alert, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountArchive } from '@qudao/contract';
import { patchContactProfile } from './api';
import { SourceAndButtons } from './profile-form';
import { useArchiveWrite } from './use-archive-write';

type ArchiveContact = AccountArchive['contacts'][number];
const textFields = ['personality', 'interests', 'hobbies', 'family', 'education', 'abilities', 'background', 'consentNote'] as const;

function ContactProfile({ accountId, contact }: { accountId: string; contact: ArchiveContact }) {
  const { t } = useTranslation('archive');
  const [editing, setEditing] = useState(false);
  const save = useArchiveWrite(accountId, (body: Record<string, unknown>) => patchContactProfile(contact.id, body), () => setEditing(false));
  const p = contact.profile;
  const label = (f: string) => t(`field.profile.${f}` as 'field.profile.age');
  return (
    <Card size="small" data-testid={`contact-profile-${contact.name}`} title={<Flex gap={6} align="center">{contact.name}<Typography.Text type="secondary">{contact.title ?? ''}</Typography.Text>{p.isKey && <Tag color="gold">{t('keyPerson')}</Tag>}</Flex>}>
      {!editing ? (
        <Flex vertical gap={4}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[...textFields.map((f) => ({ key: f, label: label(f), children: <span data-testid={`profile-${f}`}>{p[f] ?? t('empty')}</span> })), { key: 'age', label: label('age'), children: p.age ?? t('empty') }]}
          />
          <Button size="small" style={{ alignSelf: 'flex-start' }} onClick={() => setEditing(true)} data-testid="edit-contact-profile">{t('edit')}</Button>
        </Flex>
      ) : (
        <Form
          layout="vertical"
          size="small"
          initialValues={{ ...p, source: 'manual' }}
          onFinish={(v: Record<string, unknown>) => {
            const body: Record<string, unknown> = { source: v.source, isKey: Boolean(v.isKey), age: v.age ?? null };
            for (const f of textFields) body[f] = typeof v[f] === 'string' ? v[f] : null;
            save.mutate(body);
          }}
        >
          <Form.Item name="isKey" label={label('isKey')} valuePropName="checked"><Switch /></Form.Item>
          {textFields.map((f) => (
            <Form.Item key={f} name={f} label={label(f)}>
              <Input.TextArea autoSize maxLength={f === 'background' ? 1000 : 500} data-testid={`input-${f}`} />
            </Form.Item>
          ))}
          <Form.Item name="age" label={label('age')}><InputNumber min={14} max={120} /></Form.Item>
          <SourceAndButtons saving={save.isPending} onCancel={() => setEditing(false)} />
        </Form>
      )}
    </Card>
  );
}

/** The personal profiles of the account's contacts (R5.1): shown only because the server let the caller read them. */
export function ContactProfiles({ accountId, contacts }: { accountId: string; contacts: ArchiveContact[] }) {
  const { t } = useTranslation('archive');
  return (
    <Flex vertical gap={8}>
      <Alert type="info" showIcon message={t('personalNote')} />
      {contacts.map((c) => <ContactProfile key={c.id} accountId={accountId} contact={c} />)}
    </Flex>
  );
}
