import { describe, expect, it } from 'vitest';
import { summariseServiceEvaluations } from './service-evaluation';

describe('summariseServiceEvaluations (R3.4)', () => {
  it('averages each criterion and overall to one decimal; none gives nulls', () => {
    expect(summariseServiceEvaluations([
      { responsiveness: 5, technicalSkill: 4, spareParts: 3, attitude: 5 },
      { responsiveness: 4, technicalSkill: 4, spareParts: 2, attitude: 4 },
    ])).toEqual({ count: 2, averages: { responsiveness: 4.5, technicalSkill: 4, spareParts: 2.5, attitude: 4.5 }, overall: 3.9 });
    expect(summariseServiceEvaluations([])).toEqual({ count: 0, averages: { responsiveness: null, technicalSkill: null, spareParts: null, attitude: null }, overall: null });
  });
});
