import { Alert, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LeadDuplicate } from '@qudao/contract';

/** Warnings about records that may be the same business (R2.1). */
export function DuplicateList({ duplicates, hiddenMatches }: { duplicates: LeadDuplicate[]; hiddenMatches: number }) {
  const { t } = useTranslation('archive');
  if (duplicates.length === 0 && hiddenMatches === 0) return <Alert type="success" showIcon message={t('leads.noDuplicates')} />;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="duplicate-warning"
      message={t('leads.duplicateWarning', { count: duplicates.length + hiddenMatches })}
      description={
        <>
          <List
            size="small"
            dataSource={duplicates}
            renderItem={(d) => (
              <List.Item>
                <Tag>{t(`leads.dupKind.${d.kind}`)}</Tag>
                {d.kind === 'account' ? <Link to={`/accounts/${d.id}`}>{d.name}</Link> : d.name} · {Math.round(d.score * 100)}%
              </List.Item>
            )}
          />
          {hiddenMatches > 0 && <div>{t('leads.hiddenMatches', { count: hiddenMatches })}</div>}
        </>
      }
    />
  );
}
