import { addDays, daysBetween, type LocalDate } from '../shared/local-date';
import { fail, ok, type Failure, type Result } from '../shared/result';
import type { ValueClass } from '../value-class/config';
import type { ArchiveSnapshot } from './completeness';
import { archiveSectionIds, type ArchiveSectionId } from './sections';

/** How old a section may get before it is stale, per value class of the account, in days. */
export type FreshnessRules = Record<ValueClass, number>;

/** R5.7 "dynamic" defaults: A accounts are re-checked every 180 days, B 270, C 365. */
export const defaultFreshnessRules: FreshnessRules = { A: 180, B: 270, C: 365 };

/** Freshness of one section on a given day. */
export interface SectionFreshness {
  section: ArchiveSectionId;
  lastUpdatedOn: LocalDate | null;
  maxAgeDays: number;
  /** Last day the section is still fresh; null if never updated. */
  freshUntil: LocalDate | null;
  /** Days since the last update; null if never updated. */
  ageDays: number | null;
  /** True when never updated or older than maxAgeDays. */
  stale: boolean;
  /** Days past `freshUntil` (0 when fresh); null if never updated. */
  daysOverdue: number | null;
}

/** Failure of {@link validateFreshnessRules}. */
export type FreshnessRulesInvalid = Failure<'ARCHIVE.CONFIG_INVALID', { reason: string }>;

/** Checks that every class has a whole number of days ≥ 1 and that A ≤ B ≤ C (better accounts are checked at least as often). */
export function validateFreshnessRules(rules: FreshnessRules): Result<FreshnessRules, FreshnessRulesInvalid> {
  const bad = (reason: string) => fail('ARCHIVE.CONFIG_INVALID', { reason }, { reason });
  for (const cls of ['A', 'B', 'C'] as const) if (!(Number.isInteger(rules[cls]) && rules[cls] >= 1)) return bad(`max age of class ${cls} must be a whole number of days ≥ 1`);
  if (rules.A > rules.B || rules.B > rules.C) return bad('max ages must satisfy A ≤ B ≤ C');
  return ok(rules);
}

function lastUpdatedOf(s: ArchiveSnapshot, id: ArchiveSectionId): LocalDate | null {
  return (id === 'contacts' ? s.contacts?.lastUpdatedOn : s[id]?.lastUpdatedOn) ?? null;
}

/**
 * Freshness of every section on `today` for an account of class `valueClass` (R5.7): a section is
 * stale when it was never updated or its last update is more than `rules[valueClass]` days old; the
 * day exactly at the limit is still fresh. Sections are returned in {@link archiveSectionIds} order.
 */
export function assessArchiveFreshness(
  snapshot: ArchiveSnapshot,
  valueClass: ValueClass,
  today: LocalDate,
  rules: FreshnessRules = defaultFreshnessRules,
): SectionFreshness[] {
  const maxAgeDays = rules[valueClass];
  return archiveSectionIds.map((section) => {
    const lastUpdatedOn = lastUpdatedOf(snapshot, section);
    if (lastUpdatedOn === null) return { section, lastUpdatedOn, maxAgeDays, freshUntil: null, ageDays: null, stale: true, daysOverdue: null };
    const ageDays = daysBetween(lastUpdatedOn, today);
    const daysOverdue = Math.max(0, ageDays - maxAgeDays);
    return { section, lastUpdatedOn, maxAgeDays, freshUntil: addDays(lastUpdatedOn, maxAgeDays), ageDays, stale: ageDays > maxAgeDays, daysOverdue };
  });
}
