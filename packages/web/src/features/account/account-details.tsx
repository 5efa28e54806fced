import { useState } from 'react';
import { Button, Card, Descriptions } from 'antd';
import type { Account } from '@qudao/contract';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { KindTag, StatusTag } from '../../ui/account-tags';
import { AccountEditModal } from './account-edit-modal';

/** The account's basic data with an edit button. */
export function AccountDetails({ account }: { account: Account }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Card
      size="small"
      title={t('account.basic')}
      extra={
        <Button size="small" type="primary" ghost onClick={() => setEditing(true)} data-testid="account-edit">
          {t('account.edit')}
        </Button>
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} data-testid="account-details">
        <Descriptions.Item label={t('fields.kind')}>
          <KindTag kind={account.kind} />
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.status')}>
          <StatusTag status={account.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.externalCode')}>{account.externalCode ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fields.repName')}>{account.repName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fields.unitName')}>{[account.provinceName, account.unitName].filter(Boolean).join(' · ') || '—'}</Descriptions.Item>
        {account.kind !== 'distributor' && (
          <Descriptions.Item label={t('fields.distributorName')}>
            {account.distributorId ? <Link to={`/accounts/${account.distributorId}`}>{account.distributorName ?? account.distributorId}</Link> : '—'}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('fields.phone')}>{account.phone ? <a href={`tel:${account.phone}`}>{account.phone}</a> : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fields.address')}>{account.address ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fields.updatedAt')}>{dayjs(account.updatedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
      </Descriptions>
      {editing && <AccountEditModal account={account} open={editing} onClose={() => setEditing(false)} />}
    </Card>
  );
}
