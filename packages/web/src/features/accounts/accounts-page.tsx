import { Card, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchAccounts } from '../../api/endpoints';
import { ErrorPanel } from '../../ui/error-panel';
import { AccountsFilters } from './accounts-filters';
import { AccountsTable } from './accounts-table';
import { useListParams } from './use-list-params';

/** Accounts the user may see: search, filters, sorting and paging, all kept in the URL. */
export function AccountsPage() {
  const { t } = useTranslation();
  const { params, update, clear } = useListParams();
  const list = useQuery({ queryKey: ['accounts', 'list', params], queryFn: () => fetchAccounts(params), placeholderData: keepPreviousData });
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('accounts.title')}
      </Typography.Title>
      <AccountsFilters params={params} onChange={update} onClear={clear} />
      {list.isError ? (
        <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <AccountsTable params={params} data={list.data} loading={list.isFetching} onChange={update} />
      )}
    </Card>
  );
}
