import { Card, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Product } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { fetchProducts } from '../../api/endpoints';
import { currentLocale } from '../../i18n';
import { ErrorPanel } from '../../ui/error-panel';
import { formatFen } from '../../ui/money';

/** The machine catalogue with list prices (HQ). */
export function ProductsPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['products'], queryFn: fetchProducts });
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('products.title')}
      </Typography.Title>
      {q.isError ? (
        <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Table<Product>
          rowKey="id"
          size="middle"
          loading={q.isPending}
          dataSource={q.data?.items}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { key: 'model', dataIndex: 'model', title: t('products.model'), sorter: (a, b) => a.model.localeCompare(b.model) },
            { key: 'name', dataIndex: 'name', title: t('products.name') },
            { key: 'line', dataIndex: 'lineName', title: t('products.line'), responsive: ['sm'], render: (_, p) => p.lineName ?? p.lineId },
            {
              key: 'price',
              dataIndex: 'listPriceFen',
              title: t('products.listPrice'),
              align: 'right',
              sorter: (a, b) => a.listPriceFen - b.listPriceFen,
              render: (_, p) => formatFen(p.listPriceFen, currentLocale()),
            },
            { key: 'active', dataIndex: 'active', title: t('products.active'), render: (_, p) => <Tag color={p.active ? 'green' : 'default'}>{p.active ? t('account.yes') : t('account.no')}</Tag> },
          ]}
        />
      )}
    </Card>
  );
}
