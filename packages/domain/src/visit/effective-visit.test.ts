import { describe, expect, it } from 'vitest';
import { countEffectiveVisits, defaultEffectiveVisitRule, judgeEffectiveVisit, type VisitRecordForRule } from './effective-visit';

const complete: VisitRecordForRule = {
  checkInStatus: 'verified',
  objectives: [{ type: 'new_order', outcome: 'not_met' }],
  stepsDone: ['preparation', 'communication', 'sales_report'],
};

describe('judgeEffectiveVisit (R1.5)', () => {
  it('counts a verified visit with outcomes recorded and the required steps done, even if the objective was not met', () => {
    expect(judgeEffectiveVisit(complete)).toEqual({ effective: true, gaps: [] });
  });

  it('lists every gap: unverified check-in, missing outcome, missing steps', () => {
    const v = judgeEffectiveVisit({ checkInStatus: 'out_of_range', objectives: [{ type: 'policy', outcome: 'met' }, { type: 'new_order', outcome: null }], stepsDone: ['preparation'] });
    expect(v).toEqual({
      effective: false,
      gaps: [
        { kind: 'check_in_not_verified', status: 'out_of_range' },
        { kind: 'objective_outcome_missing', objectiveIndexes: [1] },
        { kind: 'step_missing', step: 'communication' },
        { kind: 'step_missing', step: 'sales_report' },
      ],
    });
  });

  it('requires the training and downline steps when an objective called for them', () => {
    const v = judgeEffectiveVisit({ ...complete, objectives: [{ type: 'training', outcome: 'met' }, { type: 'downline_visit', outcome: 'met' }] });
    expect(v.gaps).toEqual([{ kind: 'step_missing', step: 'training' }, { kind: 'step_missing', step: 'downline_visit' }]);
  });

  it('follows a configured rule', () => {
    const lenient = { ...defaultEffectiveVisitRule, requireVerifiedCheckIn: false, requiredSteps: [] };
    expect(judgeEffectiveVisit({ ...complete, checkInStatus: 'unverifiable', stepsDone: [] }, lenient).effective).toBe(true);
    expect(judgeEffectiveVisit({ ...complete, objectives: [] }).gaps).toEqual([{ kind: 'no_objective' }]);
  });
});

describe('countEffectiveVisits', () => {
  it('counts effective and all visits per account within the period', () => {
    const visits = [
      { accountId: 'b', visitedOn: '2025-06-03', effective: true },
      { accountId: 'a', visitedOn: '2025-06-01', effective: true },
      { accountId: 'a', visitedOn: '2025-06-20', effective: false },
      { accountId: 'a', visitedOn: '2025-06-10', effective: true },
      { accountId: 'a', visitedOn: '2025-07-01', effective: true },
    ];
    expect(countEffectiveVisits(visits, '2025-06-01', '2025-06-30')).toEqual([
      { accountId: 'a', effectiveVisits: 2, allVisits: 3, lastEffectiveOn: '2025-06-10' },
      { accountId: 'b', effectiveVisits: 1, allVisits: 1, lastEffectiveOn: '2025-06-03' },
    ]);
  });
});
