import { useEffect, useState } from 'react';
import { Checkbox, Space, Typography } from 'antd';
import type { VisitBriefView } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { enqueue, type OutboxEntry } from './outbox';

/** What the brief's answers are once the queued brief writes are applied (the last queued one wins). */
export function latestBrief(brief: VisitBriefView, pending: OutboxEntry[]): { answered: string[]; notes: string | null; toolsChecked: string[] } {
  const queued = pending.filter((e) => e.method === 'PUT' && e.path.endsWith('/brief')).map((e) => e.body as { answered: string[]; notes: string | null; toolsChecked?: string[] });
  const last = queued[queued.length - 1];
  const lastTools = [...queued].reverse().find((b) => b.toolsChecked)?.toolsChecked;
  return { answered: last?.answered ?? brief.visit.brief.answered, notes: last?.notes ?? brief.visit.brief.notes, toolsChecked: lastTools ?? brief.visit.brief.toolsChecked };
}

/** HQ's sales-tools checklist for this account's kind (R3.1 q4): the rep ticks each tool; all ticked answers the question. */
export function ToolsChecklist({ brief, pending, editable }: { brief: VisitBriefView; pending: OutboxEntry[]; editable: boolean }) {
  const { t } = useTranslation('visits');
  const current = latestBrief(brief, pending);
  const [ticked, setTicked] = useState<string[]>(current.toolsChecked);
  const queuedBriefWrites = pending.some((e) => e.method === 'PUT' && e.path.endsWith('/brief'));
  // The ticks on screen are the truth while writes are queued; a fresh brief from the server replaces
  // them only once nothing is queued (an older copy fetched between two syncs would undo ticks).
  useEffect(() => {
    if (!queuedBriefWrites) setTicked(brief.visit.brief.toolsChecked);
  }, [brief]);
  if (brief.salesTools.length === 0) return null;
  const change = (ids: string[]) => {
    setTicked(ids);
    const all = brief.salesTools.every((x) => ids.includes(x.id));
    const answered = all ? [...new Set([...current.answered, 'sales_tools'])] : current.answered;
    void enqueue(brief.visit.id, 'PUT', `/visits/${brief.visit.id}/brief`, { answered, notes: current.notes, toolsChecked: ids });
  };
  return (
    <Space direction="vertical" size={2} style={{ marginLeft: 24 }} data-testid="brief-tools">
      <Typography.Text type="secondary">{t('salesToolsList')}</Typography.Text>
      <Checkbox.Group disabled={!editable} value={ticked} onChange={(v) => change(v as string[])} options={brief.salesTools.map((x) => ({ value: x.id, label: x.name }))} />
    </Space>
  );
}
