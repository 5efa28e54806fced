import { isLocalDate } from '../shared/local-date';
import { fail, ok, type Failure, type Result } from '../shared/result';
import { objectiveTypeSpecs, type ObjectiveDetailSpec, type ObjectiveType } from './objective-types';
import { measureSpecificity } from './vague-text';

/** A visit objective as entered: its type and details by key (see objectiveTypeSpecs). */
export interface VisitObjectiveInput {
  type: ObjectiveType;
  details: Readonly<Record<string, unknown>>;
}

/** What is wrong with one objective: a detail absent, invalid, or present but vague. */
export interface ObjectiveIssue {
  /** Position in the input list. */
  index: number;
  type: ObjectiveType;
  problem: 'missing' | 'invalid' | 'vague';
  /** Detail keys concerned; for an unmet anyOf group, every key of the group. */
  fields: string[];
}

/** Accepted objectives (text trimmed) and the vague extras that were let through beside a specific one. */
export interface ValidObjectives {
  objectives: VisitObjectiveInput[];
  warnings: ObjectiveIssue[];
}

/** Refusals of {@link validateVisitObjectives}. */
export type ObjectiveRefusal =
  | Failure<'VISIT.OBJECTIVE_REQUIRED', { issues: ObjectiveIssue[] }>
  | Failure<'VISIT.OBJECTIVE_VAGUE', { issues: ObjectiveIssue[] }>
  | Failure<'VISIT.OBJECTIVE_DETAILS_MISSING', { issues: ObjectiveIssue[] }>;

function checkDetail(spec: ObjectiveDetailSpec, value: unknown): 'ok' | 'missing' | 'invalid' | 'vague' {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return 'missing';
  switch (spec.kind) {
    case 'text': {
      if (typeof value !== 'string') return 'invalid';
      return measureSpecificity(value).units >= (spec.minUnits ?? 1) ? 'ok' : 'vague';
    }
    case 'amount_fen':
    case 'quantity':
      return Number.isInteger(value) && (value as number) > 0 ? 'ok' : 'invalid';
    case 'date':
      return isLocalDate(value) ? 'ok' : 'invalid';
    case 'id':
      return typeof value === 'string' ? 'ok' : 'invalid';
  }
}

function checkObjective(o: VisitObjectiveInput, index: number): ObjectiveIssue[] {
  const spec = objectiveTypeSpecs[o.type];
  const issues: ObjectiveIssue[] = [];
  const add = (problem: ObjectiveIssue['problem'], fields: string[]) => {
    const same = issues.find((i) => i.problem === problem);
    if (same) same.fields.push(...fields);
    else issues.push({ index, type: o.type, problem, fields });
  };
  for (const detail of spec.required) {
    const r = checkDetail(detail, o.details[detail.key]);
    if (r !== 'ok') add(r, [detail.key]);
  }
  for (const group of spec.anyOf) {
    const results = group.map((detail) => checkDetail(detail, o.details[detail.key]));
    if (results.includes('ok')) continue;
    // Report the most telling problem: a vague text says more than "missing".
    const problem = results.includes('vague') ? 'vague' : results.includes('invalid') ? 'invalid' : 'missing';
    add(problem, group.map((g) => g.key));
  }
  if (o.type === 'reconciliation' && issues.length === 0 && String(o.details.periodFrom) > String(o.details.periodTo)) add('invalid', ['periodTo']);
  return issues;
}

function trimDetails(o: VisitObjectiveInput): VisitObjectiveInput {
  const details = Object.fromEntries(Object.entries(o.details).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]));
  return { type: o.type, details };
}

/**
 * Checks a visit's objectives (R3.1 (1)): at least one, and every one of a concrete type with its
 * details (objectiveTypeSpecs). Refuses
 * - `VISIT.OBJECTIVE_REQUIRED` for none;
 * - `VISIT.OBJECTIVE_DETAILS_MISSING` when a detail is absent or invalid (e.g. a new order without
 *   quantity or amount, a reconciliation ending before it starts);
 * - `VISIT.OBJECTIVE_VAGUE` when no objective is specific — "收集信息", "联络感情", "拜访一下",
 *   "build relations" or a text too short to name anything.
 * A vague objective beside a specific one is accepted and returned in `warnings`: the source refuses
 * only a visit whose aim is vague. `details.issues` lists each objective's problems by index.
 */
export function validateVisitObjectives(objectives: readonly VisitObjectiveInput[]): Result<ValidObjectives, ObjectiveRefusal> {
  if (objectives.length === 0) return fail('VISIT.OBJECTIVE_REQUIRED', { issues: [] });
  const issues = objectives.flatMap((o, i) => checkObjective(o, i));
  const hard = issues.filter((i) => i.problem !== 'vague');
  const fields = (list: ObjectiveIssue[]) => [...new Set(list.flatMap((i) => i.fields))].join(', ');
  if (hard.length > 0) return fail('VISIT.OBJECTIVE_DETAILS_MISSING', { issues }, { fields: fields(hard) });
  const vagueIndexes = new Set(issues.map((i) => i.index));
  if (vagueIndexes.size === objectives.length) return fail('VISIT.OBJECTIVE_VAGUE', { issues }, { fields: fields(issues) });
  return ok({ objectives: objectives.map(trimDetails), warnings: issues });
}
