import { useState } from 'react';
import { Button, Card, Checkbox, Descriptions, Input, List, Space, Tag, Typography } from 'antd';
import type { VisitBriefView } from '@qudao/contract';
import { objectiveTypeSpecs } from '@qudao/domain';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatFen } from '../../ui/money';
import { enqueue, type OutboxEntry } from './outbox';
import { Recommendations } from './recommendations';
import { answeredWithQueued, queueAnswer, ToolsChecklist } from './tools-checklist';
import { BriefPendingPolicies } from '../policies/brief-pending';

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

/** Sales figures of the brief (R3.1 q3), filled in from sales lines and the month's target. */
function SalesFigures({ s }: { s: VisitBriefView['sales'] }) {
  const { t } = useTranslation('visits');
  const locale = currentLocale();
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered data-testid="brief-sales">
      <Descriptions.Item label={t('thisMonth')}>{formatFen(s.thisMonthToDateFen, locale)}</Descriptions.Item>
      <Descriptions.Item label={t('lastMonth')}>{formatFen(s.lastMonthFen, locale)}</Descriptions.Item>
      <Descriptions.Item label={t('lastYearSame')}>{formatFen(s.lastYearSameMonthToDateFen, locale)}</Descriptions.Item>
      <Descriptions.Item label={t('target')}>{s.thisMonthTargetFen === null ? '—' : formatFen(s.thisMonthTargetFen, locale)}</Descriptions.Item>
      <Descriptions.Item label={t('achievement')}>
        <span data-testid="brief-achievement">{pct(s.achievementPercent)}</span> · {t('elapsed')} {pct(s.monthElapsedPercent)}
      </Descriptions.Item>
      <Descriptions.Item label={t('yoy')}>{pct(s.yearOnYearChangePercent)}</Descriptions.Item>
    </Descriptions>
  );
}

/** Open promises to the account, each marked kept / not yet / broken before check-in (R3.1 q6). */
function PromisesToMark({ brief, pending, locked }: { brief: VisitBriefView; pending: OutboxEntry[]; locked: boolean }) {
  const { t } = useTranslation('visits');
  const [note, setNote] = useState<Record<string, string>>({});
  const markedLocally = (id: string) => pending.find((e) => e.path.includes(`/promises/${id}/mark`))?.body as { mark: string } | undefined;
  if (brief.promises.length === 0) return <Typography.Text type="secondary">{t('noPromises')}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={brief.promises}
      renderItem={(p) => {
        const local = markedLocally(p.id);
        return (
          <List.Item data-testid="brief-promise">
            <Space direction="vertical" style={{ width: '100%' }}>
              <span>
                {p.what} → {p.toWhom} · {t('due')} {p.dueOn} {p.overdue && <Tag color="red">{t('overdue')}</Tag>}
                {p.status !== 'open' && <Tag>{t(`marks.${p.status}`)}</Tag>}
                {local && <Tag color="blue">{t(`marks.${local.mark as 'kept'}`)} · {t('queued')}</Tag>}
              </span>
              {p.status === 'open' && !local && !locked && (
                <Space wrap className="no-print">
                  <Input size="small" placeholder={t('markNote')} value={note[p.id] ?? ''} onChange={(e) => setNote({ ...note, [p.id]: e.target.value })} />
                  {(['kept', 'not_yet', 'broken'] as const).map((m) => (
                    <Button key={m} size="small" data-testid={`promise-mark-${m}`}
                      onClick={() => void enqueue(brief.visit.id, 'POST', `/visits/${brief.visit.id}/promises/${p.id}/mark`, { mark: m, note: note[p.id] || (m === 'not_yet' ? null : t(`marks.${m}`)) })}>
                      {t(`marks.${m}`)}
                    </Button>
                  ))}
                </Space>
              )}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}

/** The eight-question brief (R3.1): readable on a phone and printable. */
export function BriefCard({ brief, pending }: { brief: VisitBriefView; pending: OutboxEntry[] }) {
  const { t } = useTranslation('visits');
  const v = brief.visit;
  const editable = v.status === 'planned' || v.status === 'prepared';
  // One answer per write, merged on the server (decision 008); the queued ones show at once.
  const answered = new Set(answeredWithQueued(brief, pending));
  return (
    <Card size="small" title={t('brief')} extra={<Button size="small" className="no-print" onClick={() => window.print()}>{t('print')}</Button>}>
      <Typography.Paragraph strong>
        {brief.account.name} · {v.plannedOn} · {t(`kinds.${v.kind}`)}
        {brief.account.address && <Typography.Text type="secondary"> · {brief.account.address}</Typography.Text>}
      </Typography.Paragraph>
      <ol style={{ paddingLeft: 20 }}>
        {brief.questions.map((q) => (
          <li key={q.id} style={{ marginBottom: 8 }}>
            <Checkbox checked={q.state === 'skipped' || answered.has(q.id)} disabled={!editable || q.state === 'skipped'} onChange={(e) => queueAnswer(v.id, q.id, e.target.checked)}>
              {q.label}
            </Checkbox>
            {q.state === 'skipped' && <Tag>{q.skipReason}</Tag>}
            {q.id === 'objective' && (
              <ul>{v.objectives.map((o, i) => <li key={i}>{objectiveTypeSpecs[o.type].label[currentLocale()]}: {Object.entries(o.details).filter(([k, x]) => !k.endsWith('Id') && x !== null && x !== '').map(([, x]) => String(x)).join(' · ')}</li>)}</ul>
            )}
            {q.id === 'objective' && <BriefPendingPolicies brief={brief} />}
            {q.id === 'sales_data' && <><SalesFigures s={brief.sales} /><Recommendations brief={brief} /></>}
            {q.id === 'sales_tools' && <ToolsChecklist brief={brief} pending={pending} editable={editable} />}
            {q.id === 'promises' && <PromisesToMark brief={brief} pending={pending} locked={!editable} />}
          </li>
        ))}
      </ol>
    </Card>
  );
}
