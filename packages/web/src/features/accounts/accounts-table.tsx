import { Table, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import type { Account } from '@qudao/contract';
import type { accountSortFields } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccountListParams, Page } from '../../api/endpoints';
import { KindTag, StatusTag } from '../../ui/account-tags';
import { useClassTierColumns } from '../classes/class-columns';
import { useArchiveColumns } from '../archive/archive-columns';

type SortField = (typeof accountSortFields)[number];

interface Props {
  params: AccountListParams;
  data: Page<Account> | undefined;
  loading: boolean;
  onChange: (change: Partial<AccountListParams>) => void;
}

/** The account list with server-side sorting and paging; the URL holds the state. */
export function AccountsTable({ params, data, loading, onChange }: Props) {
  const { t } = useTranslation();
  const archiveColumns = useArchiveColumns(data?.items);
  const classColumns = useClassTierColumns(data?.items);
  const sortOrder = (field: SortField) => (params.sort === field ? (params.order === 'desc' ? 'descend' : 'ascend') : null);
  const columns: ColumnsType<Account> = [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('fields.name'),
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (_, a) => (
        <Link to={`/accounts/${a.id}`} data-testid="account-link">
          {a.name}
        </Link>
      ),
    },
    { key: 'kind', dataIndex: 'kind', title: t('fields.kind'), sorter: true, sortOrder: sortOrder('kind'), width: 120, render: (_, a) => <KindTag kind={a.kind} /> },
    { key: 'status', dataIndex: 'status', title: t('fields.status'), sorter: true, sortOrder: sortOrder('status'), width: 90, responsive: ['sm'], render: (_, a) => <StatusTag status={a.status} /> },
    {
      key: 'unitName',
      dataIndex: 'unitName',
      title: t('fields.unitName'),
      sorter: true,
      sortOrder: sortOrder('unitName'),
      responsive: ['md'],
      render: (_, a) => [a.provinceName, a.unitName].filter(Boolean).join(' · '),
    },
    { key: 'distributorName', dataIndex: 'distributorName', title: t('fields.distributorName'), responsive: ['lg'] },
    { key: 'repName', dataIndex: 'repName', title: t('fields.repName'), responsive: ['md'], render: (_, a) => <span data-testid="rep-name">{a.repName}</span> },
    { key: 'externalCode', dataIndex: 'externalCode', title: t('fields.externalCode'), sorter: true, sortOrder: sortOrder('externalCode'), responsive: ['xl'] },
    { key: 'phone', dataIndex: 'phone', title: t('fields.phone'), responsive: ['lg'] },
    ...classColumns,
    ...archiveColumns,
  ];

  const handleChange = (p: TablePaginationConfig, _f: unknown, s: SorterResult<Account> | SorterResult<Account>[]) => {
    const sorter = Array.isArray(s) ? s[0] : s;
    const field = sorter?.order ? (sorter.columnKey as SortField) : undefined;
    const sortChanged = (field ?? 'name') !== params.sort || (sorter?.order === 'descend' ? 'desc' : 'asc') !== params.order;
    if (sortChanged) {
      onChange({ sort: field, order: sorter?.order === 'descend' ? 'desc' : undefined });
      return;
    }
    onChange({ page: p.current ?? 1, pageSize: p.pageSize ?? params.pageSize });
  };

  return (
    <Table<Account>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      onChange={handleChange}
      scroll={{ x: 'max-content' }}
      data-testid="accounts-table"
      pagination={{
        current: params.page,
        pageSize: params.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (total) => <Typography.Text data-testid="accounts-total" data-total={total}>{t('accounts.total', { count: total })}</Typography.Text>,
        responsive: true,
      }}
    />
  );
}
