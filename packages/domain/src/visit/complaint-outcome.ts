/** What the rep told the customer about their complaint (R3.2 "complaint outcomes communicated"). */
export const complaintOutcomes = ['resolved', 'escalated', 'pending'] as const;

/** One complaint outcome. */
export type ComplaintOutcome = (typeof complaintOutcomes)[number];

/** Status of a service ticket. */
export type ServiceTicketStatus = 'open' | 'in_progress' | 'resolved' | 'reported';

/**
 * The ticket's status after the rep communicated an outcome to the customer: `resolved` closes the
 * loop (`reported` — the customer knows the resolution); `escalated` means the customer is told it went
 * up to service or HQ, so an open or even a resolved ticket (the customer is not satisfied) is back
 * `in_progress`; `pending` only records that the customer was kept informed and leaves the status.
 * A `reported` ticket stays reported unless escalated again.
 */
export function ticketStatusAfterComplaintOutcome(current: ServiceTicketStatus, outcome: ComplaintOutcome): ServiceTicketStatus {
  if (outcome === 'resolved') return 'reported';
  if (outcome === 'escalated') return 'in_progress';
  return current;
}
