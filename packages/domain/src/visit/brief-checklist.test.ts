import { describe, expect, it } from 'vitest';
import { briefQuestionIds, buildBriefChecklist } from './brief-checklist';

describe('buildBriefChecklist (R3.1 eight questions)', () => {
  it('lists the eight questions in order, all open at first', () => {
    const c = buildBriefChecklist({ fixedTime: false, fixedRoute: false, answered: [] });
    expect(c.questions.map((q) => q.id)).toEqual([...briefQuestionIds]);
    expect(c.questions.every((q) => q.state === 'open')).toBe(true);
    expect(c.ready).toBe(false);
  });

  it('skips the appointment for a fixed-time visit and the route on a fixed route', () => {
    const c = buildBriefChecklist({ fixedTime: true, fixedRoute: true, answered: ['objective', 'sales_data', 'sales_tools', 'promises', 'appearance', 'anything_else'] });
    expect(c.questions.filter((q) => q.state === 'skipped').map((q) => [q.id, q.skipReason])).toEqual([
      ['appointment', 'fixed_time'],
      ['route', 'fixed_route'],
    ]);
    expect(c.ready).toBe(true);
  });
});
