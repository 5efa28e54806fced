import type { LocalDate } from '../shared/local-date';
import type { GeofenceResult } from './geofence';
import type { ObjectiveType } from './objective-types';

/** The five fixed steps of a visit (R2.2.5). */
export const visitSteps = ['preparation', 'communication', 'training', 'downline_visit', 'sales_report'] as const;

/** One standard step of a visit. */
export type VisitStep = (typeof visitSteps)[number];

/** What came of an objective; any of these counts as "recorded". */
export type ObjectiveOutcome = 'met' | 'partly_met' | 'not_met';

/** The configurable rule of an effective visit (R1.5). */
export interface EffectiveVisitRule {
  /** The check-in must be geofence-verified (default true). */
  requireVerifiedCheckIn: boolean;
  /** Every objective must have its outcome recorded (default true). */
  requireObjectiveOutcomes: boolean;
  /** Steps every visit must complete (default preparation, communication, sales report). */
  requiredSteps: readonly VisitStep[];
  /** A training or downline-visit objective also requires that step (default true): the aim was the step. */
  requireStepsOfObjectives: boolean;
  /** Every sales tool of the HQ checklist for this account kind must be ticked in the brief (default false). */
  requireSalesTools?: boolean;
}

/** Defaults: verified check-in, all outcomes recorded, preparation + communication + sales report, and the objectives' own steps. */
export const defaultEffectiveVisitRule: EffectiveVisitRule = {
  requireVerifiedCheckIn: true,
  requireObjectiveOutcomes: true,
  requiredSteps: ['preparation', 'communication', 'sales_report'],
  requireStepsOfObjectives: true,
};

/** A finished visit as the rule reads it. */
export interface VisitRecordForRule {
  checkInStatus: GeofenceResult['status'] | null;
  objectives: readonly { type: ObjectiveType; outcome: ObjectiveOutcome | null }[];
  stepsDone: readonly VisitStep[];
  /** Names of the checklist's sales tools the rep did not tick (R3.1 q4); only read when the rule requires them. */
  missingSalesTools?: readonly string[];
}

/** One reason a visit is not effective. */
export type EffectiveVisitGap =
  | { kind: 'check_in_not_verified'; status: GeofenceResult['status'] | null }
  | { kind: 'no_objective' }
  | { kind: 'objective_outcome_missing'; objectiveIndexes: number[] }
  | { kind: 'step_missing'; step: VisitStep }
  | { kind: 'sales_tools_missing'; tools: string[] };

/** Whether a visit counts as effective, and every gap when it does not. */
export interface EffectiveVisitVerdict {
  effective: boolean;
  gaps: EffectiveVisitGap[];
}

/**
 * Judges a visit by the effective-visit rule (R1.5): with the defaults it counts when the check-in
 * was verified, every objective's outcome (met, partly met or not met — an honest "not met" counts)
 * is recorded, and the required steps are done, plus training / downline visit when an objective
 * called for them. Lists every gap in the order check-in, objectives, steps (in R2.2.5 order), sales tools.
 */
export function judgeEffectiveVisit(visit: VisitRecordForRule, rule: EffectiveVisitRule = defaultEffectiveVisitRule): EffectiveVisitVerdict {
  const gaps: EffectiveVisitGap[] = [];
  if (rule.requireVerifiedCheckIn && visit.checkInStatus !== 'verified') gaps.push({ kind: 'check_in_not_verified', status: visit.checkInStatus });
  if (rule.requireObjectiveOutcomes) {
    if (visit.objectives.length === 0) gaps.push({ kind: 'no_objective' });
    const missing = visit.objectives.flatMap((o, i) => (o.outcome === null ? [i] : []));
    if (missing.length > 0) gaps.push({ kind: 'objective_outcome_missing', objectiveIndexes: missing });
  }
  const required = new Set<VisitStep>(rule.requiredSteps);
  if (rule.requireStepsOfObjectives) {
    for (const o of visit.objectives) {
      if (o.type === 'training') required.add('training');
      if (o.type === 'downline_visit') required.add('downline_visit');
    }
  }
  for (const step of visitSteps) if (required.has(step) && !visit.stepsDone.includes(step)) gaps.push({ kind: 'step_missing', step });
  if (rule.requireSalesTools && (visit.missingSalesTools?.length ?? 0) > 0) gaps.push({ kind: 'sales_tools_missing', tools: [...(visit.missingSalesTools ?? [])] });
  return { effective: gaps.length === 0, gaps };
}

/** Effective visits of one account in a period. */
export interface EffectiveVisitCount {
  accountId: string;
  effectiveVisits: number;
  allVisits: number;
  /** Date of the latest effective visit in the period; null if none. */
  lastEffectiveOn: LocalDate | null;
}

/**
 * Counts visits per account dated within [fromDate, toDate] (R1.5: how many effective visits each
 * account gets), sorted by accountId.
 */
export function countEffectiveVisits(
  visits: readonly { accountId: string; visitedOn: LocalDate; effective: boolean }[],
  fromDate: LocalDate,
  toDate: LocalDate,
): EffectiveVisitCount[] {
  const byAccount = new Map<string, EffectiveVisitCount>();
  for (const v of visits) {
    if (v.visitedOn < fromDate || v.visitedOn > toDate) continue;
    const c = byAccount.get(v.accountId) ?? { accountId: v.accountId, effectiveVisits: 0, allVisits: 0, lastEffectiveOn: null };
    c.allVisits += 1;
    if (v.effective) {
      c.effectiveVisits += 1;
      if (c.lastEffectiveOn === null || v.visitedOn > c.lastEffectiveOn) c.lastEffectiveOn = v.visitedOn;
    }
    byAccount.set(v.accountId, c);
  }
  return [...byAccount.values()].sort((a, b) => (a.accountId < b.accountId ? -1 : 1));
}
