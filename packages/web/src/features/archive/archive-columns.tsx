import { Progress, Select, Space, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { archiveSectionValues, type Account, type ArchiveSectionKey, type ArchiveStatusList } from '@qudao/contract';
import { api } from '../../api/client';

type Status = ArchiveStatusList['items'][number];

/** Completeness and stale sections of the accounts on the current page of the list (one request per page). */
export function useArchiveColumns(accounts: Account[] | undefined): ColumnsType<Account> {
  const { t } = useTranslation('archive');
  const ids = (accounts ?? []).map((a) => a.id);
  const q = useQuery({ queryKey: ['archive', 'status', ids], queryFn: () => api<ArchiveStatusList>('/archive/status', { query: { ids: ids.join(',') } }), enabled: ids.length > 0 });
  const byId = new Map<string, Status>((q.data?.items ?? []).map((s) => [s.accountId, s]));
  return [
    {
      key: 'completeness',
      title: t('overall'),
      width: 130,
      responsive: ['sm'],
      render: (_, a) => {
        const s = byId.get(a.id);
        return s ? <Progress percent={s.overallPercent} size="small" data-testid="list-completeness" /> : null;
      },
    },
    {
      key: 'stale',
      title: t('stale'),
      responsive: ['md'],
      render: (_, a) => {
        const s = byId.get(a.id);
        if (!s) return null;
        return (
          <Tooltip title={s.staleSections.map((x) => t(`section.${x}`)).join('、')}>
            <Space size={2} wrap>
              {s.staleSections.length === 0 ? <Tag color="green">{t('fresh')}</Tag> : <Tag color="red">{s.staleSections.length}/6</Tag>}
            </Space>
          </Tooltip>
        );
      },
    },
  ];
}

/** Filter of the account list: only accounts whose given archive section is stale (e.g. stale contacts). */
export function StaleSectionFilter({ value, onChange }: { value: ArchiveSectionKey | undefined; onChange: (v: ArchiveSectionKey | undefined) => void }) {
  const { t } = useTranslation('archive');
  return (
    <Select
      allowClear
      placeholder={t('staleFilter')}
      value={value}
      onChange={onChange}
      options={archiveSectionValues.map((s) => ({ value: s, label: `${t('stale')}: ${t(`section.${s}`)}` }))}
      style={{ flex: '1 1 150px', maxWidth: 190 }}
      data-testid="filter-stale"
    />
  );
}
