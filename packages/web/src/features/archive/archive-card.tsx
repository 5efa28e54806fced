import { Card, Collapse, Flex, Progress, Skeleton, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AccountArchive, SectionMeta } from '@qudao/contract';
import { ErrorPanel } from '../../ui/error-panel';
import { archiveKey, fetchArchive } from './api';
import { CompetitorsEditor } from './competitors-editor';
import { ContactProfiles } from './contact-profiles';
import { ProfileSectionForm } from './profile-form';
import { RegionForm } from './region-form';
import { SectionStatus } from './section-status';
import { FreshnessRules } from './freshness-rules';

function SectionBody({ archive, meta }: { archive: AccountArchive; meta: SectionMeta }) {
  const id = archive.accountId;
  const s = meta.section;
  return (
    <Flex vertical gap={10}>
      <SectionStatus accountId={id} meta={meta} />
      {s === 'contacts' && <ContactProfiles accountId={id} contacts={archive.contacts} />}
      {s === 'region' && <RegionForm archive={archive} />}
      {s === 'competitors' && <CompetitorsEditor archive={archive} />}
      {(s === 'basic' || s === 'competitors' || s === 'trading' || s === 'deeper') && <ProfileSectionForm accountId={id} section={s} values={archive.profile} kind={archive.kind} />}
    </Flex>
  );
}

/** The whole archive of an account (R5): completeness, source, verification and staleness per section, edited in place. */
export function ArchiveCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation('archive');
  const q = useQuery({ queryKey: archiveKey(accountId), queryFn: () => fetchArchive(accountId) });
  if (q.isPending) return <Card size="small" title={t('title')}><Skeleton active /></Card>;
  if (q.isError) return <Card size="small" title={t('title')}><ErrorPanel error={q.error} onRetry={() => void q.refetch()} /></Card>;
  const a = q.data;
  const maxAge = a.sections[0]?.maxAgeDays ?? 0;
  return (
    <Card size="small" title={t('title')} data-testid="archive-card">
      <Flex wrap gap={16} align="center" style={{ marginBottom: 12 }}>
        <Progress type="circle" size={64} percent={a.overallPercent} data-testid="archive-overall" format={(p) => `${p ?? 0}%`} />
        <Flex vertical>
          <Typography.Text strong>{t('overall')}</Typography.Text>
          <Typography.Text type="secondary">{t('classNote', { cls: a.valueClass, days: maxAge })}{a.valueClassAssumed ? t('classAssumed') : ''}</Typography.Text>
          {a.staleSections > 0 && <Typography.Text type="danger">{t('staleCount', { count: a.staleSections })}</Typography.Text>}
          <FreshnessRules />
        </Flex>
      </Flex>
      <Collapse
        size="small"
        items={a.sections.map((m) => ({
          key: m.section,
          label: (
            <Flex wrap gap={8} align="center" data-testid={`section-${m.section}`}>
              <span style={{ minWidth: 96 }}>{t(`section.${m.section}`)}</span>
              <Progress percent={m.scorePercent} size="small" style={{ width: 110, margin: 0 }} />
              <Space size={2}>
                {m.stale && <Tag color="red">{t('stale')}</Tag>}
                {m.verifiedAt && <Tag color="blue">✓</Tag>}
              </Space>
            </Flex>
          ),
          children: <SectionBody archive={a} meta={m} />,
        }))}
      />
    </Card>
  );
}
