import { visitSteps, type VisitStep } from './effective-visit';

/** The manager's scores of a rep's steps at a joint visit (1–5 each, for the steps that took place). */
export type JointVisitScores = Partial<Record<VisitStep, number>>;

/** The scores in R2.2.5 step order, their mean (one decimal) and the weakest step to coach. */
export interface JointVisitVerdict {
  steps: { step: VisitStep; score: number }[];
  average: number;
  /** The lowest-scored step (the first in step order on a tie): what the manager coaches next. */
  coachStep: VisitStep;
}

/**
 * Summarises a joint visit's scores (issue 5 item 1: the manager co-visits and scores the rep).
 * Throws on a score outside 1–5 or an empty set: the API validates both before calling.
 */
export function summariseJointVisitScores(scores: JointVisitScores): JointVisitVerdict {
  const steps = visitSteps.flatMap((step) => (scores[step] === undefined ? [] : [{ step, score: scores[step]! }]));
  if (steps.length === 0) throw new Error('a joint visit score needs at least one step');
  for (const s of steps) if (!Number.isInteger(s.score) || s.score < 1 || s.score > 5) throw new Error(`score of ${s.step} must be 1–5`);
  const average = Math.round((steps.reduce((t, s) => t + s.score, 0) / steps.length) * 10) / 10;
  const coachStep = steps.reduce((low, s) => (s.score < low.score ? s : low)).step;
  return { steps, average, coachStep };
}
