import { accountKinds, type AccountKind } from '../shared/account-kind';
import { daysBetween, type LocalDate } from '../shared/local-date';
import type { Bilingual } from '../shared/messages';
import type { Result } from '../shared/result';
import { validateValueClassConfig, type ValueClass, type ValueClassConfig, type ValueClassConfigInvalid } from './config';
import { explainClassification, type ClassificationBasis, type ClassificationFacts } from './explain';
import { isOverrideActive, type ClassOverride } from './override';
import { summariseClassRun, type ClassSummaryRow } from './summary';

/** An account to classify: its trailing-12-month value (sales or gross profit, fen) and trading start. */
export interface ClassifiableAccount {
  accountId: string;
  kind: AccountKind;
  /** Trailing-12-month sales or gross profit in integer fen (profit may be negative). */
  valueFen: number;
  /** First day the account traded with us; null when it never has (then it is provisional). */
  tradingSince: LocalDate | null;
}

/** The class of one account in a run, with how it was reached. */
export interface AccountClassification {
  accountId: string;
  kind: AccountKind;
  /** The class that applies (an active override wins). */
  valueClass: ValueClass;
  /** The class the rules give before any override. */
  computedClass: ValueClass;
  basis: ClassificationBasis;
  valueFen: number;
  /** 1-based rank among the established accounts of its kind (value desc, then accountId); null if provisional. */
  rank: number | null;
  /** Share of the kind's positive value held by this account and those ranked above it, 0–100 (2 decimals); null if provisional. */
  cumulativeSharePercent: number | null;
  /** Days between regular visits for this kind and class. */
  visitIntervalDays: number;
  /** The override honoured in this run, if any. */
  override: ClassOverride | null;
  explanation: Bilingual;
}

/** An override that was not applied, and why. */
export interface IgnoredOverride {
  override: ClassOverride;
  reason: 'expired' | 'unknown_account';
}

/** The result of one classification run: every account once, the per-class summary and ignored overrides. */
export interface ClassificationRun {
  asOf: LocalDate;
  config: ValueClassConfig;
  /** Sorted by kind (distributor, sub_dealer, end_user), then established by rank, then provisional by accountId. */
  accounts: AccountClassification[];
  summary: ClassSummaryRow[];
  ignoredOverrides: IgnoredOverride[];
}

function compareByValue(a: ClassifiableAccount, b: ClassifiableAccount): number {
  // Value descending; equal values fall back to the accountId's code-unit order, which is total
  // and independent of input order, so a run is reproducible.
  if (a.valueFen !== b.valueFen) return b.valueFen - a.valueFen;
  return a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0;
}

function classForShareBefore(shareBefore: number, config: ValueClassConfig): ValueClass {
  if (shareBefore < config.aTopPercent) return 'A';
  if (shareBefore < config.aTopPercent + config.bNextPercent) return 'B';
  return 'C';
}

const rankOf: Record<ValueClass, number> = { A: 0, B: 1, C: 2 };

// What the rules decided for one account before any override.
type RuleStep = Pick<ClassificationFacts, 'computedClass' | 'basis' | 'rank' | 'cumulativeSharePercent' | 'shareBeforePercent' | 'kindDefault' | 'earned'>;

/**
 * Classifies accounts by the 80/20 rule, separately per kind (R2.2.4).
 *
 * Established accounts (trading ≥ `minHistoryDays`) are ranked by value, highest first. An account's
 * class depends on the share of the kind's positive value held by accounts with a strictly higher
 * value: below `aTopPercent` → A, below `aTopPercent + bNextPercent` → B, else C. So A is the
 * smallest top group reaching 80 %, the account that crosses the line is in A, and accounts with
 * equal value always share a class (ties never split across a boundary). Accounts with value ≤ 0 are C.
 *
 * A provisional account (no or short history) gets the better of its kind's provisional class and
 * the class its value would earn against the established accounts' class floors, so a strong new
 * account is not under-visited. An active override (expiresOn ≥ asOf) replaces the computed class.
 *
 * Guarantees: every input account appears once; the output does not depend on input order; fails
 * only with `VALUE_CLASS.CONFIG_INVALID`. Throws on duplicate accountIds or non-integer values (bugs).
 */
export function classifyAccounts(
  accounts: readonly ClassifiableAccount[],
  asOf: LocalDate,
  config: ValueClassConfig,
  overrides: readonly ClassOverride[] = [],
): Result<ClassificationRun, ValueClassConfigInvalid> {
  const valid = validateValueClassConfig(config);
  if (!valid.ok) return valid;
  const ids = new Set<string>();
  for (const a of accounts) {
    if (ids.has(a.accountId)) throw new Error(`duplicate accountId ${a.accountId}`);
    if (!Number.isInteger(a.valueFen)) throw new Error(`valueFen must be an integer: ${a.valueFen}`);
    ids.add(a.accountId);
  }
  const overrideById = new Map<string, ClassOverride>();
  const ignoredOverrides: IgnoredOverride[] = [];
  for (const o of [...overrides].sort((x, y) => (x.accountId < y.accountId ? -1 : x.accountId > y.accountId ? 1 : 0))) {
    if (!ids.has(o.accountId)) ignoredOverrides.push({ override: o, reason: 'unknown_account' });
    else if (!isOverrideActive(o, asOf)) ignoredOverrides.push({ override: o, reason: 'expired' });
    // With two active overrides for one account the later expiry wins: it is the more recent decision.
    else if (!overrideById.has(o.accountId) || overrideById.get(o.accountId)!.expiresOn < o.expiresOn) overrideById.set(o.accountId, o);
  }

  const result: AccountClassification[] = [];
  for (const kind of accountKinds) {
    const ofKind = accounts.filter((a) => a.kind === kind);
    const isProvisional = (a: ClassifiableAccount) => a.tradingSince === null || daysBetween(a.tradingSince, asOf) < config.minHistoryDays;
    const established = ofKind.filter((a) => !isProvisional(a)).sort(compareByValue);
    const provisional = ofKind.filter(isProvisional).sort(compareByValue);
    const total = established.reduce((s, a) => s + Math.max(0, a.valueFen), 0);
    const floor: Partial<Record<ValueClass, number>> = {};

    const finish = (a: ClassifiableAccount, step: RuleStep) => {
      const override = overrideById.get(a.accountId) ?? null;
      const valueClass = override ? override.valueClass : step.computedClass;
      const explanation = explainClassification({
        ...step, valueClass, metric: config.metric, valueFen: a.valueFen, count: established.length, config, kind,
        tradingDays: a.tradingSince === null ? null : daysBetween(a.tradingSince, asOf), override,
      });
      result.push({
        accountId: a.accountId, kind, valueClass, computedClass: step.computedClass, basis: override ? 'override' : step.basis, valueFen: a.valueFen,
        rank: step.rank, cumulativeSharePercent: step.cumulativeSharePercent, visitIntervalDays: config.visitIntervalDays[kind][valueClass], override, explanation,
      });
    };

    let cumulative = 0;
    let higherSum = 0; // sum of values strictly greater than the current equal-value group
    let groupValue: number | null = null;
    established.forEach((a, i) => {
      const value = Math.max(0, a.valueFen);
      if (value !== groupValue) {
        higherSum = cumulative;
        groupValue = value;
      }
      cumulative += value;
      const shareBefore = total > 0 ? (higherSum / total) * 100 : 100;
      const computed: ValueClass = value > 0 ? classForShareBefore(shareBefore, config) : 'C';
      if (value > 0) floor[computed] = value; // sorted descending, so the last seen is the class floor
      const cum = total > 0 ? Math.round((cumulative / total) * 10_000) / 100 : 0;
      finish(a, {
        computedClass: computed, basis: value > 0 ? 'pareto' : 'no_value', rank: i + 1, cumulativeSharePercent: cum,
        shareBeforePercent: value > 0 ? shareBefore : null, kindDefault: null, earned: null,
      });
    });

    for (const a of provisional) {
      const kindDefault = config.provisionalClass[kind];
      const earned: ValueClass | null =
        floor.A !== undefined && a.valueFen >= floor.A ? 'A' : floor.B !== undefined && a.valueFen >= floor.B ? 'B' : established.length > 0 ? 'C' : null;
      const computed = earned !== null && rankOf[earned] < rankOf[kindDefault] ? earned : kindDefault;
      finish(a, { computedClass: computed, basis: 'provisional', rank: null, cumulativeSharePercent: null, shareBeforePercent: null, kindDefault, earned });
    }
  }
  return { ok: true, value: { asOf, config, accounts: result, summary: summariseClassRun(result, config), ignoredOverrides } };
}
