import { Button, Flex, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SectionMeta } from '@qudao/contract';
import { currentLocale } from '../../i18n';
import { verifySection } from './api';
import { useArchiveWrite } from './use-archive-write';

/** Source, last update, freshness, verification and what is missing of one section; verify with evidence. */
export function SectionStatus({ accountId, meta }: { accountId: string; meta: SectionMeta }) {
  const { t } = useTranslation('archive');
  const [evidence, setEvidence] = useState('');
  // A visit id (uuid) is evidence by visit; anything else is an attachment reference.
  const isVisit = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(evidence.trim());
  const verify = useArchiveWrite(
    accountId,
    () => verifySection(accountId, isVisit ? { section: meta.section, evidenceVisitId: evidence.trim() } : { section: meta.section, evidenceRef: evidence }),
    () => setEvidence(''),
  );
  const lang = currentLocale();
  return (
    <Flex vertical gap={4} style={{ fontSize: 13 }} data-testid={`section-status-${meta.section}`}>
      <Space wrap size={4}>
        <Tag>{t('sourceLabel')}: {t(`source.${meta.source ?? 'none'}`)}</Tag>
        <Typography.Text type="secondary">{meta.updatedOn ? t('updated', { date: meta.updatedOn }) : t('neverUpdated')}</Typography.Text>
        {meta.stale ? <Tag color="red">{t('stale')}{meta.daysOverdue ? ` · ${t('overdue', { days: meta.daysOverdue })}` : ''}</Tag> : <Tag color="green">{t('fresh')}</Tag>}
        {meta.verifiedAt ? (
          <Tag color="blue">{t('verified', { name: meta.verifiedByName ?? '', date: dayjs(meta.verifiedAt).format('YYYY-MM-DD') })}{meta.evidenceRef ? ` · ${meta.evidenceRef}` : ''}{meta.evidenceVisitId ? ` · ${t('visit')} ${meta.evidenceVisitId.slice(0, 8)}` : ''}</Tag>
        ) : (
          <Tag>{t('notVerified')}</Tag>
        )}
      </Space>
      <Typography.Text type={meta.missing.length ? 'warning' : 'success'}>
        {meta.missing.length ? `${t('missing')}${[...new Set(meta.missing.map((m) => m.label[lang]))].join('、')}` : t('complete')}
      </Typography.Text>
      <Space.Compact style={{ maxWidth: 420 }}>
        <Input size="small" placeholder={t('evidenceRef')} value={evidence} onChange={(e) => setEvidence(e.target.value)} />
        <Button size="small" disabled={!evidence.trim()} loading={verify.isPending} onClick={() => verify.mutate(undefined)}>
          {t('verify')}
        </Button>
      </Space.Compact>
    </Flex>
  );
}
