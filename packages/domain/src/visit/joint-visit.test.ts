import { describe, expect, it } from 'vitest';
import { summariseJointVisitScores } from './joint-visit';

describe('summariseJointVisitScores', () => {
  it('orders the steps, averages them and names the weakest to coach', () => {
    expect(summariseJointVisitScores({ sales_report: 4, preparation: 2, communication: 5 })).toEqual({
      steps: [{ step: 'preparation', score: 2 }, { step: 'communication', score: 5 }, { step: 'sales_report', score: 4 }],
      average: 3.7,
      coachStep: 'preparation',
    });
    expect(summariseJointVisitScores({ communication: 3, sales_report: 3 }).coachStep).toBe('communication');
  });
  it('throws on nothing scored or a score out of range (the API refuses those first)', () => {
    expect(() => summariseJointVisitScores({})).toThrow();
    expect(() => summariseJointVisitScores({ training: 6 })).toThrow();
  });
});
