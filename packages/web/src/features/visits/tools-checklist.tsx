import { useEffect, useState } from 'react';
import { Checkbox, Space, Typography } from 'antd';
import type { VisitBriefView } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { enqueue, type OutboxEntry } from './outbox';

// Each tap is its own queued write (one tool or one answer set or unset, decision 008), merged on the
// server with the brief as stored: taps faster than the network, or made offline, never undo each other.

const toolPath = (visitId: string, toolId: string) => `/visits/${visitId}/brief/tools/${toolId}`;
const answerPath = (visitId: string, question: string) => `/visits/${visitId}/brief/answers/${question}`;

/** A set with the queued set/unset writes under `prefix` applied in order (the last one per id wins). */
function withQueued(base: string[], pending: OutboxEntry[], prefix: string, field: 'checked' | 'answered'): string[] {
  const out = new Set(base);
  for (const e of pending) {
    if (e.method !== 'PUT' || !e.path.startsWith(prefix)) continue;
    const id = e.path.slice(prefix.length);
    if ((e.body as Record<string, boolean>)[field]) out.add(id);
    else out.delete(id);
  }
  return [...out];
}

/** The answered questions once the queued answer writes are applied. */
export function answeredWithQueued(brief: VisitBriefView, pending: OutboxEntry[]): string[] {
  return withQueued(brief.visit.brief.answered, pending, answerPath(brief.visit.id, ''), 'answered');
}

/** Queues one brief answer set or unset. */
export function queueAnswer(visitId: string, question: string, answered: boolean): void {
  void enqueue(visitId, 'PUT', answerPath(visitId, question), { answered });
}

/** HQ's sales-tools checklist for this account's kind (R3.1 q4): the rep ticks each tool; all ticked answers the question. */
export function ToolsChecklist({ brief, pending, editable }: { brief: VisitBriefView; pending: OutboxEntry[]; editable: boolean }) {
  const { t } = useTranslation('visits');
  const visitId = brief.visit.id;
  const prefix = toolPath(visitId, '');
  const [ticked, setTicked] = useState<string[]>(() => withQueued(brief.visit.brief.toolsChecked, pending, prefix, 'checked'));
  // The ticks on screen are the truth while tool writes are queued or just sent; a fresh brief from the
  // server replaces them once it arrives with nothing queued (it then holds every sent tick).
  const queued = pending.some((e) => e.path.startsWith(prefix));
  useEffect(() => {
    if (!queued) setTicked(brief.visit.brief.toolsChecked);
  }, [brief]);
  if (brief.salesTools.length === 0) return null;
  const tap = (toolId: string, checked: boolean) => {
    setTicked((now) => (checked ? [...new Set([...now, toolId])] : now.filter((x) => x !== toolId)));
    void enqueue(visitId, 'PUT', toolPath(visitId, toolId), { checked });
  };
  return (
    <Space direction="vertical" size={2} style={{ marginLeft: 24 }} data-testid="brief-tools">
      <Typography.Text type="secondary">{t('salesToolsList')}</Typography.Text>
      <Space wrap>
        {brief.salesTools.map((x) => (
          <Checkbox key={x.id} disabled={!editable} checked={ticked.includes(x.id)} onChange={(e) => tap(x.id, e.target.checked)}>
            {x.name}
          </Checkbox>
        ))}
      </Space>
    </Space>
  );
}
