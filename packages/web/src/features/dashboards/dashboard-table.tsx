import { Table } from 'antd';
import { dashboardCategoryLabel, dashboardSeriesLabel, type Dashboard } from '@qudao/contract';
import { currentLocale } from '../../i18n';
import { formatFigure } from './format';
import type { Figure } from './dashboard-chart';

/** The dashboard's figures as a table: a row per category, a column per series; a figure may be clicked. */
export function DashboardTable({ dashboard: d, onFigure }: { dashboard: Dashboard; onFigure?: (f: Figure) => void }) {
  const locale = currentLocale();
  const rows = d.categories.map((c, i) => ({ key: c.key, label: dashboardCategoryLabel(c, locale), i }));
  return (
    <Table
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      data-testid={`dashboard-table-${d.kind}`}
      columns={[
        { key: 'label', dataIndex: 'label', fixed: 'left' as const },
        ...d.series.map((s) => ({
          key: s.key,
          title: dashboardSeriesLabel(s.key, locale),
          align: 'right' as const,
          render: (_: unknown, r: (typeof rows)[number]) => {
            const text = formatFigure(s.key, s.values[r.i] ?? null, locale);
            return onFigure && (s.values[r.i] ?? 0) !== 0 ? <a onClick={() => onFigure({ category: r.key, series: s.key })}>{text}</a> : text;
          },
        })),
      ]}
    />
  );
}
