import { Button, Card, DatePicker, Input, InputNumber, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { objectiveTypeSpecs, objectiveTypes, type ObjectiveDetailSpec, type ObjectiveType } from '@qudao/domain';
import type { VisitObjective } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';

/** An objective being edited: type and details by key (fen for amounts). */
export type ObjectiveDraft = Pick<VisitObjective, 'type' | 'details'>;

function DetailInput({ spec, value, onChange }: { spec: ObjectiveDetailSpec; value: unknown; onChange: (v: string | number | null) => void }) {
  const label = spec.label[currentLocale()];
  switch (spec.kind) {
    case 'amount_fen':
      return (
        <InputNumber style={{ width: '100%' }} min={0} placeholder={label} addonAfter="元" value={typeof value === 'number' ? value / 100 : null}
          onChange={(v) => onChange(v === null ? null : Math.round(Number(v) * 100))} />
      );
    case 'quantity':
      return <InputNumber style={{ width: '100%' }} min={1} precision={0} placeholder={label} value={typeof value === 'number' ? value : null} onChange={(v) => onChange(v === null ? null : Number(v))} />;
    case 'date':
      return <DatePicker style={{ width: '100%' }} placeholder={label} value={typeof value === 'string' ? dayjs(value) : null} onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)} />;
    default:
      return <Input placeholder={label} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} data-testid={`objective-${spec.key}`} />;
  }
}

/**
 * Objectives built from the domain's objective specs (R3.1 (1)), so the form always asks for exactly
 * the details the server's check wants: each type's required details and one of each any-of group.
 */
export function ObjectivesEditor({ value, onChange }: { value: ObjectiveDraft[]; onChange: (v: ObjectiveDraft[]) => void }) {
  const { t } = useTranslation('visits');
  const locale = currentLocale();
  const set = (i: number, o: ObjectiveDraft) => onChange(value.map((x, j) => (j === i ? o : x)));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {value.map((o, i) => {
        const spec = objectiveTypeSpecs[o.type as ObjectiveType];
        const fields = [...spec.required, ...spec.anyOf.flat()].filter((f) => f.kind !== 'id');
        return (
          <Card key={i} size="small" extra={<Button size="small" type="link" danger onClick={() => onChange(value.filter((_, j) => j !== i))}>×</Button>}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Select
                style={{ width: '100%' }}
                value={o.type}
                data-testid="objective-type"
                options={objectiveTypes.map((type) => ({ value: type, label: objectiveTypeSpecs[type].label[locale] }))}
                onChange={(type) => set(i, { type, details: {} })}
              />
              {fields.map((f) => (
                <DetailInput key={f.key} spec={f} value={o.details[f.key]} onChange={(v) => set(i, { ...o, details: { ...o.details, [f.key]: v } })} />
              ))}
            </Space>
          </Card>
        );
      })}
      <Button onClick={() => onChange([...value, { type: 'new_order', details: {} }])} data-testid="objective-add">
        + {t('addObjective')}
      </Button>
    </Space>
  );
}
