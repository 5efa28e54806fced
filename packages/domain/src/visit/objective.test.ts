import { describe, expect, it } from 'vitest';
import { formatDomainMessage } from '../shared/messages';
import { validateVisitObjectives, type VisitObjectiveInput } from './objective';
import { objectiveTypes, objectiveTypeSpecs } from './objective-types';
import { measureSpecificity } from './vague-text';

const other = (description: string): VisitObjectiveInput => ({ type: 'other', details: { description } });
const order: VisitObjectiveInput = { type: 'new_order', details: { products: 'VMC850 立式加工中心', quantity: 2 } };

describe('validateVisitObjectives (R3.1 question 1)', () => {
  it('accepts a new order naming products and a quantity', () => {
    expect(validateVisitObjectives([order])).toEqual({ ok: true, value: { objectives: [order], warnings: [] } });
  });

  it.each(['收集信息', '联络感情', '拜访一下', '了解一下客户情况', '建立关系，收集信息', 'collect information', 'Build relations with the dealer', '看看', 'visit'])(
    'refuses the vague objective "%s" alone with VISIT.OBJECTIVE_VAGUE',
    (text) => {
      const r = validateVisitObjectives([other(text)]);
      expect(r).toMatchObject({ ok: false, code: 'VISIT.OBJECTIVE_VAGUE', messageKey: 'VISIT.OBJECTIVE_VAGUE' });
    },
  );

  it('accepts a specific free-text aim', () => {
    expect(validateVisitObjectives([other('确认 CK6150 主轴异响的维修方案')]).ok).toBe(true);
    expect(validateVisitObjectives([other('agree the Q3 rebate on VMC850')]).ok).toBe(true);
  });

  it('lets a vague extra through beside a specific objective, as a warning', () => {
    const r = validateVisitObjectives([order, other('联络感情')]);
    expect(r).toMatchObject({ ok: true, value: { warnings: [{ index: 1, type: 'other', problem: 'vague', fields: ['description'] }] } });
  });

  it('refuses no objective with VISIT.OBJECTIVE_REQUIRED', () => {
    expect(validateVisitObjectives([])).toMatchObject({ ok: false, code: 'VISIT.OBJECTIVE_REQUIRED' });
  });

  it('refuses a new order without quantity or amount, naming the fields', () => {
    const r = validateVisitObjectives([{ type: 'new_order', details: { products: 'VMC850' } }]);
    expect(r).toMatchObject({
      ok: false,
      code: 'VISIT.OBJECTIVE_DETAILS_MISSING',
      params: { fields: 'quantity, amountFen' },
      details: { issues: [{ index: 0, problem: 'missing', fields: ['quantity', 'amountFen'] }] },
    });
    if (!r.ok) expect(formatDomainMessage('zh-CN', r.code, r.params)).toBe('拜访目标缺少必要的具体内容：quantity, amountFen');
  });

  it('refuses invalid details: a fractional amount, a bad date, a period that ends before it starts', () => {
    expect(validateVisitObjectives([{ type: 'collection', details: { amountFen: 10.5 } }])).toMatchObject({ details: { issues: [{ problem: 'invalid' }] } });
    expect(validateVisitObjectives([{ type: 'reconciliation', details: { periodFrom: '2025-01-01', periodTo: '2025-02-30' } }])).toMatchObject({
      code: 'VISIT.OBJECTIVE_DETAILS_MISSING',
    });
    expect(validateVisitObjectives([{ type: 'reconciliation', details: { periodFrom: '2025-03-01', periodTo: '2025-01-31' } }])).toMatchObject({
      details: { issues: [{ problem: 'invalid', fields: ['periodTo'] }] },
    });
  });

  it('calls a typed objective with only a vague text vague', () => {
    expect(validateVisitObjectives([{ type: 'complaint', details: { complaint: '了解一下' } }])).toMatchObject({ code: 'VISIT.OBJECTIVE_VAGUE' });
    expect(validateVisitObjectives([{ type: 'complaint', details: { complaint: '3 号机床导轨磨损投诉' } }]).ok).toBe(true);
    expect(validateVisitObjectives([{ type: 'complaint', details: { complaintId: 'c-1' } }]).ok).toBe(true);
  });

  it('accepts each type with its required details and trims texts', () => {
    const examples: Record<string, VisitObjectiveInput['details']> = {
      new_order: { products: ' VMC850 ', amountFen: 120_000_00 },
      complaint: { complaintId: 'c-9' },
      policy: { policy: '2025 年三季度返利政策' },
      price_investigation: { subject: 'CK6150 低价' },
      dumping_investigation: { subject: '序列号 S123456', area: '大连' },
      reconciliation: { periodFrom: '2025-01-01', periodTo: '2025-03-31' },
      training: { topic: '数控系统操作' },
      downline_visit: { downlineName: '铁西汽配厂' },
      collection: { amountFen: 500_000_00 },
      installation_followup: { serial: 'S2024-0815' },
      other: { description: '确认展厅样机更换时间' },
    };
    for (const type of objectiveTypes) {
      const r = validateVisitObjectives([{ type, details: examples[type]! }]);
      expect(r.ok, type).toBe(true);
    }
    const r = validateVisitObjectives([{ type: 'new_order', details: examples.new_order! }]);
    expect(r.ok && r.value.objectives[0]?.details.products).toBe('VMC850');
  });

  it('describes every type in both languages', () => {
    for (const type of objectiveTypes) expect(objectiveTypeSpecs[type].label['zh-CN'] && objectiveTypeSpecs[type].label.en).toBeTruthy();
  });
});

describe('measureSpecificity', () => {
  it('counts nothing for vague phrases and fillers, and content for names and numbers', () => {
    expect(measureSpecificity('去拜访一下客户，了解情况')).toEqual({ units: 0, hadVaguePhrase: true });
    expect(measureSpecificity('ＶＭＣ８５０ 报价').units).toBe(4);
  });
});
