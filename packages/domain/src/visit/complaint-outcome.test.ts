import { describe, expect, it } from 'vitest';
import { ticketStatusAfterComplaintOutcome } from './complaint-outcome';

describe('ticketStatusAfterComplaintOutcome (R3.2)', () => {
  it('resolved reports the ticket, escalated puts it back in progress, pending leaves it', () => {
    expect(ticketStatusAfterComplaintOutcome('resolved', 'resolved')).toBe('reported');
    expect(ticketStatusAfterComplaintOutcome('open', 'resolved')).toBe('reported');
    expect(ticketStatusAfterComplaintOutcome('open', 'escalated')).toBe('in_progress');
    expect(ticketStatusAfterComplaintOutcome('reported', 'escalated')).toBe('in_progress');
    expect(ticketStatusAfterComplaintOutcome('open', 'pending')).toBe('open');
    expect(ticketStatusAfterComplaintOutcome('reported', 'pending')).toBe('reported');
  });
});
