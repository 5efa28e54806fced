import type { AccountKind } from '../shared/account-kind';
import { fail, ok, type Failure, type Result } from '../shared/result';

/** Value class of R2.2.4 (by sales or profit; sets visit frequency). Not the distributor tier of R6. */
export type ValueClass = 'A' | 'B' | 'C';

/** All value classes, best first. */
export const valueClasses: readonly ValueClass[] = ['A', 'B', 'C'];

/** What the 80/20 rule ranks: trailing-12-month sales or gross profit, both in fen. */
export type ValueMetric = 'sales' | 'gross_profit';

/** Parameters of a classification run, chosen by HQ. */
export interface ValueClassConfig {
  /** Which figure `valueFen` holds; used in explanations only (the caller computes the figure). */
  metric: ValueMetric;
  /** A = the accounts that together make the top `aTopPercent` % of the value (default 80). */
  aTopPercent: number;
  /** B = the accounts making the next `bNextPercent` % (default 15); C is the rest. */
  bNextPercent: number;
  /** An account trading for fewer days than this gets a provisional class (default 365: a full window). */
  minHistoryDays: number;
  /** The provisional class of a new account per kind (default: distributor B, others C). */
  provisionalClass: Record<AccountKind, ValueClass>;
  /** Days between regular visits per kind and class (default A 14, B 30, C 60 for every kind). */
  visitIntervalDays: Record<AccountKind, Record<ValueClass, number>>;
  /** The longest a manual override may last, in days (default 366). */
  maxOverrideDays: number;
}

const defaultIntervals: Record<ValueClass, number> = { A: 14, B: 30, C: 60 };

/** The defaults of R2.2.4: 80 / 15 / 5 by sales; visits every 14 / 30 / 60 days. */
export const defaultValueClassConfig: ValueClassConfig = {
  metric: 'sales',
  aTopPercent: 80,
  bNextPercent: 15,
  minHistoryDays: 365,
  // A new distributor is visited monthly while it builds up; new sub-dealers and end users start at C.
  provisionalClass: { distributor: 'B', sub_dealer: 'C', end_user: 'C' },
  visitIntervalDays: { distributor: { ...defaultIntervals }, sub_dealer: { ...defaultIntervals }, end_user: { ...defaultIntervals } },
  maxOverrideDays: 366,
};

/** Failure of {@link validateValueClassConfig}; `details.reason` names the broken rule. */
export type ValueClassConfigInvalid = Failure<'VALUE_CLASS.CONFIG_INVALID', { reason: string }>;

/**
 * Checks HQ's parameters: 0 < aTopPercent, 0 ≤ bNextPercent, aTopPercent + bNextPercent ≤ 100;
 * whole-day intervals ≥ 1 that do not shrink from A to C; minHistoryDays and maxOverrideDays ≥ 0.
 */
export function validateValueClassConfig(config: ValueClassConfig): Result<ValueClassConfig, ValueClassConfigInvalid> {
  const bad = (reason: string) => fail('VALUE_CLASS.CONFIG_INVALID', { reason }, { reason });
  if (!(config.aTopPercent > 0 && config.aTopPercent <= 100)) return bad('aTopPercent must be in (0, 100]');
  if (!(config.bNextPercent >= 0)) return bad('bNextPercent must be ≥ 0');
  if (config.aTopPercent + config.bNextPercent > 100) return bad('aTopPercent + bNextPercent must be ≤ 100');
  if (!(Number.isInteger(config.minHistoryDays) && config.minHistoryDays >= 0)) return bad('minHistoryDays must be a whole number ≥ 0');
  if (!(Number.isInteger(config.maxOverrideDays) && config.maxOverrideDays >= 1)) return bad('maxOverrideDays must be a whole number ≥ 1');
  for (const [kind, intervals] of Object.entries(config.visitIntervalDays)) {
    for (const cls of valueClasses) {
      const days = intervals[cls];
      if (!(Number.isInteger(days) && days >= 1)) return bad(`visit interval of ${kind} ${cls} must be a whole number of days ≥ 1`);
    }
    // A better class must never be visited less often than a worse one, or the classes mean nothing.
    if (intervals.A > intervals.B || intervals.B > intervals.C) return bad(`visit intervals of ${kind} must satisfy A ≤ B ≤ C`);
  }
  return ok(config);
}

/** Days between regular visits for an account of `kind` in class `valueClass` under `config`. */
export function getVisitIntervalDays(kind: AccountKind, valueClass: ValueClass, config: ValueClassConfig = defaultValueClassConfig): number {
  return config.visitIntervalDays[kind][valueClass];
}
