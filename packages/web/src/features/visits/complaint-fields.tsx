import { Form, Input, Select, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { complaintOutcomes, type VisitBriefView } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { fetchTickets } from './api';

/**
 * The complaint-outcome fields (R3.2): which of the account's tickets, who was told, what they were
 * told (resolved / escalated / pending) and a note. Tickets come from the server (kept by the query
 * cache, so a form opened online still lists them offline).
 */
export function ComplaintFields({ brief }: { brief: VisitBriefView }) {
  const { t } = useTranslation('visits');
  const req = [{ required: true, message: t('missing') }];
  const tickets = useQuery({ queryKey: ['tickets', brief.account.id], queryFn: () => fetchTickets({ accountId: brief.account.id }) });
  const options = (tickets.data?.items ?? [])
    .filter((k) => k.status !== 'reported')
    .map((k) => ({ value: k.id, label: `${k.problem.slice(0, 40)} · ${t(`ticketStatus.${k.status}`)}` }));
  return (
    <>
      <Form.Item name="ticketId" label={t('complaint.ticket')} rules={req}>
        <Select data-testid="item-ticket" options={options} loading={tickets.isLoading} notFoundContent={t('complaint.noTickets')} />
      </Form.Item>
      <Form.Item name="communicatedTo" label={t('complaint.communicatedTo')} rules={req}>
        <Input data-testid="item-communicatedTo" />
      </Form.Item>
      <Form.Item name="outcome" label={t('complaint.outcome')} rules={req}>
        <Select data-testid="item-outcome" options={complaintOutcomes.map((o) => ({ value: o, label: t(`complaint.outcomes.${o}`) }))} />
      </Form.Item>
      <Form.Item name="note" label={t('complaint.note')}>
        <Input.TextArea rows={2} data-testid="item-note" />
      </Form.Item>
    </>
  );
}

const outcomeColour = { resolved: 'green', escalated: 'orange', pending: 'blue' } as const;

/** A recorded complaint outcome in the visit record: who was told what, and the note. */
export function ComplaintOutcomeText({ data }: { data: Record<string, unknown> }) {
  const { t } = useTranslation('visits');
  const outcome = complaintOutcomes.find((o) => o === data.outcome);
  return (
    <span data-testid="complaint-outcome">
      {outcome && <Tag color={outcomeColour[outcome]}>{t(`complaint.outcomes.${outcome}`)}</Tag>}
      <Typography.Text type="secondary">
        {t('complaint.communicatedTo')}: {String(data.communicatedTo ?? '')}
        {typeof data.note === 'string' && data.note ? ` · ${data.note}` : ''}
      </Typography.Text>
    </span>
  );
}
