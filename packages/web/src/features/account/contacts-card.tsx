import { useState } from 'react';
import { Button, Card, Empty, List, Skeleton, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Contact } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { fetchContacts } from '../../api/endpoints';
import { ErrorPanel } from '../../ui/error-panel';
import { ContactModal } from './contact-modal';
import { contactsKey } from './query-keys';

/** The account's contact people, primary first, with add and edit. */
export function ContactsCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: contactsKey(accountId), queryFn: () => fetchContacts(accountId) });
  // undefined: closed; null: adding; a contact: editing it.
  const [editing, setEditing] = useState<Contact | null | undefined>(undefined);
  const contacts = [...(q.data?.items ?? [])].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.name.localeCompare(b.name));
  return (
    <Card
      size="small"
      title={t('account.contacts')}
      extra={
        <Button size="small" onClick={() => setEditing(null)} data-testid="contact-add">
          + {t('account.addContact')}
        </Button>
      }
    >
      {q.isPending && <Skeleton active />}
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && contacts.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('account.noContacts')} />}
      {contacts.length > 0 && (
        <List<Contact>
          size="small"
          dataSource={contacts}
          renderItem={(c) => (
            <List.Item
              data-testid="contact-item"
              actions={[
                <Button key="edit" size="small" type="link" onClick={() => setEditing(c)}>
                  {t('account.edit')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <span>
                    {c.name} {c.title && <Typography.Text type="secondary">· {c.title}</Typography.Text>}{' '}
                    {c.isPrimary && <Tag color="blue">{t('account.primary')}</Tag>}
                  </span>
                }
                description={[c.phone, c.email].filter(Boolean).join(' · ') || c.notes || undefined}
              />
            </List.Item>
          )}
        />
      )}
      {editing !== undefined && <ContactModal accountId={accountId} contact={editing ?? undefined} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}
