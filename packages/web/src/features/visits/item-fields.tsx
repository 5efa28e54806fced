import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { VisitBriefView } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { PolicyItemFields } from '../policies/policy-item-fields';
import { ComplaintFields } from './complaint-fields';

/** Item kinds the phone form offers (R3.2–R3.4). */
export const formKinds = ['machine_problem', 'complaint_outcome', 'price_observation', 'reconciliation', 'policy', 'order', 'share_estimate', 'training', 'distributor_evaluation', 'machine_confirmed'] as const;
/** One of them. */
export type FormKind = (typeof formKinds)[number];

const yuanToFen = (v: unknown) => Math.round(Number(v) * 100);
const day = (v: unknown) => (v && typeof v === 'object' && 'format' in v ? (v as { format(f: string): string }).format('YYYY-MM-DD') : String(v));

/** The API body of an item from the form's values (amounts in yuan → fen, dates → YYYY-MM-DD). */
export function itemBody(kind: FormKind, v: Record<string, unknown>, photoId: string | null): Record<string, unknown> {
  switch (kind) {
    case 'price_observation':
      return { kind, competitorBrand: v.competitorBrand || null, model: v.model, priceFen: yuanToFen(v.priceYuan), context: v.context || null, source: v.source };
    case 'reconciliation':
      return { kind, periodFrom: day(v.periodFrom), periodTo: day(v.periodTo), ourBalanceFen: yuanToFen(v.ourBalance), theirBalanceFen: yuanToFen(v.theirBalance), photoId, note: null };
    case 'order':
      return { kind, model: v.model, quantity: v.quantity, ...(v.amountYuan ? { amountFen: yuanToFen(v.amountYuan) } : {}) };
    case 'share_estimate':
      return { kind, ourSharePct: v.ourSharePct, competitors: v.competitorBrand ? [{ brand: v.competitorBrand, sharePct: v.competitorSharePct ?? 0 }] : [] };
    case 'complaint_outcome':
      return { kind, ticketId: v.ticketId, communicatedTo: v.communicatedTo, outcome: v.outcome, note: v.note || null };
    case 'distributor_evaluation':
      return { kind, scores: { responsiveness: v.responsiveness, technicalSkill: v.technicalSkill, spareParts: v.spareParts, attitude: v.attitude }, comment: v.comment || null };
    default:
      return { kind, ...v };
  }
}

/** The fields of one item kind. */
export function ItemFields({ kind, brief }: { kind: FormKind; brief: VisitBriefView }) {
  const { t } = useTranslation('visits');
  const req = [{ required: true, message: t('missing') }];
  const item = (name: string, label: string, input: React.ReactNode, required = true) => (
    <Form.Item key={name} name={name} label={label} rules={required ? req : []}>{input}</Form.Item>
  );
  const money = (name: string, label: string) => item(name, label, <InputNumber style={{ width: '100%' }} min={0} data-testid={`item-${name}`} />);
  const score = (name: string) => item(name, name, <InputNumber min={1} max={5} precision={0} />);
  switch (kind) {
    case 'machine_problem':
      return (
        <>
          {item('serial', t('serial'), <Select data-testid="item-serial" options={brief.machines.map((m) => ({ value: m.serial, label: `${m.serial} · ${m.model} · ${m.soldOn}` }))} />)}
          {item('problem', t('problem'), <Input.TextArea rows={2} data-testid="item-problem" />)}
        </>
      );
    case 'complaint_outcome':
      return <ComplaintFields brief={brief} />;
    case 'price_observation':
      return (
        <>
          {item('competitorBrand', t('competitorBrand'), <Input data-testid="item-competitorBrand" />, false)}
          {item('model', t('model'), <Input data-testid="item-model" />)}
          {money('priceYuan', t('priceYuan'))}
          {item('context', t('context'), <Input />, false)}
          {item('source', t('source'), <Input data-testid="item-source" />)}
        </>
      );
    case 'reconciliation':
      return (
        <>
          {item('periodFrom', t('periodFrom'), <DatePicker style={{ width: '100%' }} data-testid="item-periodFrom" />)}
          {item('periodTo', t('periodTo'), <DatePicker style={{ width: '100%' }} data-testid="item-periodTo" />)}
          {money('ourBalance', t('ourBalance'))}
          {money('theirBalance', t('theirBalance'))}
        </>
      );
    case 'policy':
      return <PolicyItemFields brief={brief} toWhom={t('toWhom')} />;
    case 'order':
      return <>{item('model', t('model'), <Input />)}{item('quantity', '#', <InputNumber min={1} precision={0} />)}{money('amountYuan', t('priceYuan'))}</>;
    case 'share_estimate':
      return (
        <>
          {item('ourSharePct', '%', <InputNumber min={0} max={100} />)}
          {item('competitorBrand', t('competitorBrand'), <Input />, false)}
          {item('competitorSharePct', '%', <InputNumber min={0} max={100} />, false)}
        </>
      );
    case 'training':
      return (
        <>
          {item('topic', t('itemKinds.training'), <Select options={['product', 'warehouse', 'staff', 'downline', 'credit'].map((v) => ({ value: v, label: v }))} />)}
          {item('attendees', '#', <InputNumber min={1} precision={0} />)}
          {item('material', t('context'), <Input />, false)}
        </>
      );
    case 'distributor_evaluation':
      return <>{score('responsiveness')}{score('technicalSkill')}{score('spareParts')}{score('attitude')}{item('comment', t('context'), <Input />, false)}</>;
    case 'machine_confirmed':
      return <>{item('serial', t('serial'), <Input />)}{item('place', t('context'), <Input />)}</>;
  }
}
