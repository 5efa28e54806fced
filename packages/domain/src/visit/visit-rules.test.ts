import { describe, expect, it } from 'vitest';
import { judgeEffectiveVisit, type VisitRecordForRule } from './effective-visit';
import { effectiveVisitRuleFor, missingSalesTools, salesToolsFor, validateEffectiveVisitRule, type SalesTool } from './visit-rules';

const visit: VisitRecordForRule = { checkInStatus: 'out_of_range', objectives: [{ type: 'new_order', outcome: 'met' }], stepsDone: ['preparation', 'sales_report'] };

describe('HQ visit rules (R1.5)', () => {
  it('uses the stored rule of the account kind, else the default', () => {
    const lenient = { accountKind: 'end_user' as const, requireVerifiedCheckIn: false, requireObjectiveOutcomes: true, requiredSteps: ['sales_report' as const], requireStepsOfObjectives: false, requireSalesTools: false };
    expect(judgeEffectiveVisit(visit, effectiveVisitRuleFor('distributor', [lenient])).effective).toBe(false);
    expect(judgeEffectiveVisit(visit, effectiveVisitRuleFor('end_user', [lenient]))).toEqual({ effective: true, gaps: [] });
  });

  it('requires the checklist tools only when the rule says so, naming the missing ones', () => {
    const rule = { ...effectiveVisitRuleFor('distributor', []), requireVerifiedCheckIn: false, requiredSteps: [], requireSalesTools: true };
    expect(judgeEffectiveVisit({ ...visit, missingSalesTools: ['检测报告'] }, rule).gaps).toEqual([{ kind: 'sales_tools_missing', tools: ['检测报告'] }]);
    expect(judgeEffectiveVisit({ ...visit, missingSalesTools: [] }, rule).effective).toBe(true);
    expect(judgeEffectiveVisit({ ...visit, missingSalesTools: ['检测报告'] }, { ...rule, requireSalesTools: false }).effective).toBe(true);
  });

  it('normalises steps and refuses a rule that requires nothing', () => {
    const r = validateEffectiveVisitRule({ requireVerifiedCheckIn: true, requireObjectiveOutcomes: false, requiredSteps: ['sales_report', 'preparation', 'sales_report'], requireStepsOfObjectives: true });
    expect(r).toEqual({ ok: true, value: { requireVerifiedCheckIn: true, requireObjectiveOutcomes: false, requiredSteps: ['preparation', 'sales_report'], requireStepsOfObjectives: true, requireSalesTools: false } });
    const empty = validateEffectiveVisitRule({ requireVerifiedCheckIn: false, requireObjectiveOutcomes: false, requiredSteps: [], requireStepsOfObjectives: true, requireSalesTools: false });
    expect(empty).toMatchObject({ ok: false, code: 'VISIT.RULE_EMPTY' });
  });
});

describe('sales tools checklist (R3.1 q4)', () => {
  const tools: SalesTool[] = [
    { id: 'b', name: '检测报告', nameEn: 'Test reports', accountKinds: ['distributor', 'end_user'], position: 2, active: true },
    { id: 'a', name: '名片', nameEn: 'Cards', accountKinds: ['distributor', 'sub_dealer', 'end_user'], position: 1, active: true },
    { id: 'c', name: '旧手册', nameEn: 'Old brochure', accountKinds: ['distributor'], position: 0, active: false },
  ];
  it('lists the active tools of the kind in order and names the unticked ones', () => {
    expect(salesToolsFor('distributor', tools).map((t) => t.id)).toEqual(['a', 'b']);
    expect(salesToolsFor('sub_dealer', tools).map((t) => t.id)).toEqual(['a']);
    expect(missingSalesTools(salesToolsFor('distributor', tools), ['a'])).toEqual(['检测报告']);
    expect(missingSalesTools(salesToolsFor('distributor', tools), [], 'en')).toEqual(['Cards', 'Test reports']);
  });
});
