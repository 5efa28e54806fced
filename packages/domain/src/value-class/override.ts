import { daysBetween, isLocalDate, type LocalDate } from '../shared/local-date';
import { fail, ok, type Failure, type Result } from '../shared/result';
import type { ValueClass } from './config';

/** A manual class set by a manager or HQ; honoured on runs dated up to and including `expiresOn`. */
export interface ClassOverride {
  accountId: string;
  valueClass: ValueClass;
  reason: string;
  expiresOn: LocalDate;
  /** Who set it, for the explanation and audit; free form (user name or id). */
  setBy?: string;
}

/** Failures of {@link validateClassOverride}. */
export type ClassOverrideInvalid =
  | Failure<'VALUE_CLASS.OVERRIDE_REASON_REQUIRED', { field: 'reason' }>
  | Failure<'VALUE_CLASS.OVERRIDE_EXPIRY_INVALID', { field: 'expiresOn'; maxDays: number }>;

/**
 * Checks a new override on `today`: a non-blank reason (trimmed, at least 2 characters) and an expiry
 * after today and at most `maxOverrideDays` ahead — an override must lapse, so the 80/20 rule resumes.
 * Returns the override with its reason trimmed.
 */
export function validateClassOverride(
  override: ClassOverride,
  today: LocalDate,
  maxOverrideDays: number,
): Result<ClassOverride, ClassOverrideInvalid> {
  const reason = override.reason.trim();
  if (reason.length < 2) return fail('VALUE_CLASS.OVERRIDE_REASON_REQUIRED', { field: 'reason' });
  const days = isLocalDate(override.expiresOn) ? daysBetween(today, override.expiresOn) : NaN;
  if (!(days >= 1 && days <= maxOverrideDays)) {
    return fail('VALUE_CLASS.OVERRIDE_EXPIRY_INVALID', { field: 'expiresOn', maxDays: maxOverrideDays }, { maxDays: maxOverrideDays });
  }
  return ok({ ...override, reason });
}

/** True when `override` still applies on `asOf` (the expiry day itself included). */
export function isOverrideActive(override: ClassOverride, asOf: LocalDate): boolean {
  return override.expiresOn >= asOf;
}
