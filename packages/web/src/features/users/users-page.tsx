import { useState } from 'react';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { User } from '@qudao/contract';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fetchUsers } from '../../api/endpoints';
import { ErrorPanel } from '../../ui/error-panel';
import { UserModal } from './user-modal';

/** Users of the company with their roles and managers (HQ). */
export function UsersPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['users'], queryFn: fetchUsers });
  // undefined: closed; null: adding; a user: editing.
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const users = q.data?.items ?? [];
  const byId = new Map(users.map((u) => [u.id, u]));
  return (
    <Card>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('users.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setEditing(null)}>
          + {t('users.add')}
        </Button>
      </Flex>
      {q.isError ? (
        <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Table<User>
          rowKey="id"
          size="middle"
          loading={q.isPending}
          dataSource={users}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { key: 'username', dataIndex: 'username', title: t('users.username'), sorter: (a, b) => a.username.localeCompare(b.username) },
            { key: 'displayName', dataIndex: 'displayName', title: t('users.displayName') },
            { key: 'role', dataIndex: 'role', title: t('users.role'), render: (_, u) => t(`user.roles.${u.role}`) },
            { key: 'manager', title: t('users.manager'), responsive: ['sm'], render: (_, u) => (u.managerId ? (byId.get(u.managerId)?.displayName ?? '—') : '—') },
            { key: 'active', dataIndex: 'active', title: t('users.active'), render: (_, u) => (u.active ? <Tag color="green">{t('account.yes')}</Tag> : <Tag>{t('users.inactive')}</Tag>) },
            { key: 'createdAt', dataIndex: 'createdAt', title: t('users.createdAt'), responsive: ['md'], render: (_, u) => dayjs(u.createdAt).format('YYYY-MM-DD') },
            { key: 'actions', title: t('common.actions'), render: (_, u) => <Button size="small" type="link" onClick={() => setEditing(u)}>{t('account.edit')}</Button> },
          ]}
        />
      )}
      {editing !== undefined && <UserModal user={editing ?? undefined} managers={users.filter((u) => u.role === 'manager')} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}
