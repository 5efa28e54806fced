import { addDays, daysBetween, type LocalDate } from '../shared/local-date';

/** Where an account stands against its visit interval on a day. */
export type VisitDueStatus = 'never_visited' | 'not_due' | 'due_today' | 'overdue';

/** When the next regular visit is due. */
export interface VisitDue {
  status: VisitDueStatus;
  /** Last effective visit + interval; null when never visited (then it is due now). */
  dueOn: LocalDate | null;
  /** Days from today to dueOn (0 when due today); null when overdue or never visited. */
  daysUntilDue: number | null;
  /** Days past dueOn; 0 unless overdue. */
  overdueDays: number;
}

/**
 * The next regular visit of an account (R2.2.4 fixed frequency): due `intervalDays` after its last
 * *effective* visit — an ineffective visit does not reset the clock. Never visited → `never_visited`,
 * due at once. Throws if `intervalDays` is not a whole number ≥ 1 (a configuration bug).
 */
export function getVisitDue(lastEffectiveVisitOn: LocalDate | null, intervalDays: number, today: LocalDate): VisitDue {
  if (!(Number.isInteger(intervalDays) && intervalDays >= 1)) throw new Error(`intervalDays must be a whole number ≥ 1: ${intervalDays}`);
  if (lastEffectiveVisitOn === null) return { status: 'never_visited', dueOn: null, daysUntilDue: null, overdueDays: 0 };
  const dueOn = addDays(lastEffectiveVisitOn, intervalDays);
  const until = daysBetween(today, dueOn);
  if (until > 0) return { status: 'not_due', dueOn, daysUntilDue: until, overdueDays: 0 };
  if (until === 0) return { status: 'due_today', dueOn, daysUntilDue: 0, overdueDays: 0 };
  return { status: 'overdue', dueOn, daysUntilDue: null, overdueDays: -until };
}

/** Average regular visits per month an interval implies (R1.4): 365.25 ÷ 12 ÷ intervalDays, unrounded. */
export function getVisitsPerMonth(intervalDays: number): number {
  return 365.25 / 12 / intervalDays;
}
