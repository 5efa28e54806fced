/** The fixed criteria a downline customer rates its distributor's service on (R3.4), 1–5 each. */
export const serviceCriteria = ['responsiveness', 'technicalSkill', 'spareParts', 'attitude'] as const;

/** One criterion. */
export type ServiceCriterion = (typeof serviceCriteria)[number];

/** Averages of a distributor's service evaluations. */
export interface ServiceEvaluationSummary {
  count: number;
  /** Mean per criterion, one decimal; null with no evaluations. */
  averages: Record<ServiceCriterion, number | null>;
  /** Mean of the four criteria means, one decimal; null with no evaluations. */
  overall: number | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Summarises evaluations of one distributor: count, mean per criterion and overall (R3.4, kept in its archive). */
export function summariseServiceEvaluations(scores: readonly Record<ServiceCriterion, number>[]): ServiceEvaluationSummary {
  const n = scores.length;
  const mean = (c: ServiceCriterion) => (n === 0 ? null : round1(scores.reduce((s, x) => s + x[c], 0) / n));
  const averages = Object.fromEntries(serviceCriteria.map((c) => [c, mean(c)])) as Record<ServiceCriterion, number | null>;
  const overall = n === 0 ? null : round1(serviceCriteria.reduce((s, c) => s + scores.reduce((t, x) => t + x[c], 0) / n, 0) / serviceCriteria.length);
  return { count: n, averages, overall };
}
