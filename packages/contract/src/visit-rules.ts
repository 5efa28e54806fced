import { z } from 'zod';
import { accountKinds } from './accounts';
import { text, timestamp } from './common';

// HQ's visit settings (issue 5 items 2 and 8, R1.5, R3.1 q4): the effective-visit rule per account
// kind and the sales-tools checklist. The domain judges them (validateEffectiveVisitRule, salesToolsFor).

/** The standard steps of a visit (the domain's visitSteps). */
export const visitStepIds = ['preparation', 'communication', 'training', 'downline_visit', 'sales_report'] as const;

/** What HQ sets for one account kind. */
export const effectiveVisitRulePut = z.strictObject({
  requireVerifiedCheckIn: z.boolean(),
  requireObjectiveOutcomes: z.boolean(),
  requiredSteps: z.array(z.enum(visitStepIds)).max(5),
  requireStepsOfObjectives: z.boolean(),
  requireSalesTools: z.boolean(),
});
export type EffectiveVisitRulePut = z.input<typeof effectiveVisitRulePut>;

/** The rule in force for one account kind; `updatedAt` null = the default, never set by HQ. */
export const effectiveVisitRule = effectiveVisitRulePut.extend({
  accountKind: z.enum(accountKinds),
  updatedAt: timestamp.nullable(),
});
export type EffectiveVisitRuleView = z.infer<typeof effectiveVisitRule>;

/** One tool of the checklist. */
export const salesTool = z.object({
  id: z.uuid(),
  name: z.string(),
  nameEn: z.string(),
  accountKinds: z.array(z.enum(accountKinds)),
  position: z.number().int(),
  active: z.boolean(),
});
export type SalesToolView = z.infer<typeof salesTool>;

/** HQ's whole checklist, in order; a tool left out is retired (kept for the visits that ticked it). */
export const salesToolsPut = z.strictObject({
  tools: z
    .array(
      z.strictObject({
        id: z.uuid().optional(),
        name: text(100),
        nameEn: text(100),
        accountKinds: z.array(z.enum(accountKinds)).min(1).max(3),
      }),
    )
    .max(30),
});
export type SalesToolsPut = z.input<typeof salesToolsPut>;

/** The visit settings: a rule per account kind and the checklist. */
export const visitSettings = z.object({ rules: z.array(effectiveVisitRule), tools: z.array(salesTool) });
export type VisitSettings = z.infer<typeof visitSettings>;

const stepScore = z.number().int().min(1).max(5).optional();

/** The manager scores the rep's steps at a joint visit (1–5 for the steps that took place) with a comment. */
export const jointVisitScore = z.strictObject({
  scores: z
    .strictObject({ preparation: stepScore, communication: stepScore, training: stepScore, downline_visit: stepScore, sales_report: stepScore })
    .refine((s) => Object.values(s).some((v) => v !== undefined), 'score at least one step'),
  comment: text(2000),
});
export type JointVisitScoreInput = z.input<typeof jointVisitScore>;

/** A stored joint-visit score with the domain's summary. */
export const jointVisitScoreView = z.object({
  steps: z.array(z.object({ step: z.enum(visitStepIds), score: z.number().int() })),
  average: z.number(),
  coachStep: z.enum(visitStepIds),
  comment: z.string(),
  managerId: z.uuid(),
  managerName: z.string(),
  scoredAt: timestamp,
});
export type JointVisitScoreView = z.infer<typeof jointVisitScoreView>;
