import { and, eq } from 'drizzle-orm';
import { checkGeofence, judgeEffectiveVisit, missingSalesTools, validateVisitObjectives, type BriefQuestionId, type VisitStep } from '@qudao/domain';
import type { Visit, VisitObjective, visitBriefPatch, visitCheckIn, visitComplete, visitCreate } from '@qudao/contract';
import type { z } from 'zod';
import { recordChanges } from '../../audit/record';
import { accounts } from '../../db/schema';
import { visitItems, visits } from '../../db/schema-visits';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import { visibleAccounts } from '../accounts/repo';
import { lockVisibleVisit, viewOf, type StoredBrief, type StoredReport, type VisitRow } from './repo';
import { openBriefPromises } from './promises';
import { briefReady } from './brief';
import { visitRulesFor } from './settings';

/** Settings of the visit rules (from the server configuration). */
export interface VisitSettings {
  timeZone: string;
  geofenceRadiusM: number;
}

/** The company's business date of an instant. */
export function businessDate(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const fail = (code: 'NOT_FOUND' | 'VISIT.STATUS_INVALID', params?: Record<string, string>) => ({ ok: false as const, code, params });

/** Plans a visit to a visible account with specific objectives (R3.1 (1)); a client-made id replays. */
export async function createVisit(w: WriteScope, input: z.output<typeof visitCreate>): Promise<Result<Visit>> {
  if (input.id) {
    const [existing] = await w.tx.select().from(visits).where(and(eq(visits.id, input.id), eq(visits.repId, w.scope.userId)));
    if (existing) return { ok: true, value: await viewOf(w.tx, existing) };
  }
  const [acc] = await w.tx.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.id, input.accountId), visibleAccounts(w.scope)));
  if (!acc) return fail('NOT_FOUND');
  const checked = validateVisitObjectives(input.objectives.map((o) => ({ type: o.type, details: o.details })));
  if (!checked.ok) return { ok: false, code: checked.code, params: checked.params, details: checked.details };
  const objectives: VisitObjective[] = checked.value.objectives.map((o) => ({ type: o.type, details: o.details as VisitObjective['details'], outcome: null }));
  const at = w.ctx.now.toISOString();
  const [row] = await w.tx
    .insert(visits)
    .values({
      ...(input.id ? { id: input.id } : {}),
      accountId: input.accountId,
      repId: w.scope.userId,
      kind: input.kind,
      status: 'planned',
      plannedOn: input.plannedOn,
      objectives,
      fixedTime: input.fixedTime,
      fixedRoute: input.fixedRoute,
      brief: {},
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return { ok: true, value: await viewOf(w.tx, row) };
}

async function save(w: WriteScope, before: VisitRow, patch: Partial<typeof visits.$inferInsert>): Promise<Visit> {
  const [after] = await w.tx
    .update(visits)
    .set({ ...patch, version: before.version + 1, updatedAt: w.ctx.now.toISOString() })
    .where(eq(visits.id, before.id))
    .returning();
  if (!after) throw new Error('visit vanished inside its transaction');
  return viewOf(w.tx, after);
}

/** Records the brief answers; a visit with every question answered or skipped is `prepared`. */
export async function updateBrief(w: WriteScope, id: string, input: z.output<typeof visitBriefPatch>): Promise<Result<Visit>> {
  const before = await lockVisibleVisit(w.tx, w.scope, id);
  if (!before) return fail('NOT_FOUND');
  if (before.status !== 'planned' && before.status !== 'prepared') return fail('VISIT.STATUS_INVALID', { status: before.status });
  const stored = before.brief as StoredBrief;
  const brief: StoredBrief = { ...stored, answered: input.answered ? [...new Set(input.answered)] : (stored.answered ?? []) };
  if (input.notes !== undefined) brief.notes = input.notes;
  if (input.toolsChecked) brief.toolsChecked = [...new Set(input.toolsChecked)];
  return saveBrief(w, before, brief);
}

function saveBrief(w: WriteScope, before: VisitRow, brief: StoredBrief): Promise<Result<Visit>> {
  return save(w, before, { brief, status: briefReady({ ...before, brief }) ? 'prepared' : 'planned' }).then((value) => ({ ok: true as const, value }));
}

/** A set with one member added or removed. */
function toggled(list: string[] | undefined, id: string, on: boolean): string[] {
  const rest = (list ?? []).filter((x) => x !== id);
  return on ? [...rest, id] : rest;
}

/**
 * Sets or unsets one brief answer (decision 008): applied to the brief as stored, under the visit's
 * row lock, so concurrent or queued taps are merged instead of the last whole brief winning.
 */
export async function setBriefAnswer(w: WriteScope, id: string, question: BriefQuestionId, answered: boolean): Promise<Result<Visit>> {
  const before = await lockVisibleVisit(w.tx, w.scope, id);
  if (!before) return fail('NOT_FOUND');
  if (before.status !== 'planned' && before.status !== 'prepared') return fail('VISIT.STATUS_INVALID', { status: before.status });
  const stored = before.brief as StoredBrief;
  return saveBrief(w, before, { ...stored, answered: toggled(stored.answered, question, answered) });
}

/**
 * Ticks or unticks one sales tool of HQ's checklist for the account's kind (R3.1 q4), merged like an
 * answer. Ticking the last one answers the question (unticking leaves the answer to the rep).
 */
export async function setBriefTool(w: WriteScope, id: string, toolId: string, checked: boolean): Promise<Result<Visit>> {
  const before = await lockVisibleVisit(w.tx, w.scope, id);
  if (!before) return fail('NOT_FOUND');
  if (before.status !== 'planned' && before.status !== 'prepared') return fail('VISIT.STATUS_INVALID', { status: before.status });
  const [acc] = await w.tx.select({ kind: accounts.kind }).from(accounts).where(eq(accounts.id, before.accountId));
  const checklist = acc ? (await visitRulesFor(w.tx, acc.kind)).checklist : [];
  if (!checklist.some((t) => t.id === toolId)) return fail('NOT_FOUND');
  const stored = before.brief as StoredBrief;
  const toolsChecked = toggled(stored.toolsChecked, toolId, checked);
  const all = checklist.every((t) => toolsChecked.includes(t.id));
  const answered = all ? toggled(stored.answered, 'sales_tools', true) : (stored.answered ?? []);
  return saveBrief(w, before, { ...stored, toolsChecked, answered });
}

/**
 * Checks in (issue 5 item 3): the server's time, the phone's position and time, and the domain's
 * geofence verdict. Every promise shown in the brief must be marked first (R3.1 q6). An account
 * without a position takes this fix when the rep confirms and the fix is precise.
 */
export async function checkIn(w: WriteScope, id: string, input: z.output<typeof visitCheckIn>, settings: VisitSettings): Promise<Result<Visit>> {
  const before = await lockVisibleVisit(w.tx, w.scope, id);
  if (!before) return fail('NOT_FOUND');
  if (before.checkInAt) return { ok: true, value: await viewOf(w.tx, before) };
  if (before.status !== 'planned' && before.status !== 'prepared') return fail('VISIT.STATUS_INVALID', { status: before.status });
  const marks = (before.brief as StoredBrief).marks ?? {};
  const open = await openBriefPromises(w.tx, before.accountId);
  const unmarked = open.filter((p) => !marks[p.id]);
  if (unmarked.length > 0) return { ok: false, code: 'VISIT.PROMISES_UNMARKED', params: { count: unmarked.length }, details: { promiseIds: unmarked.map((p) => p.id) } };
  const [acc] = await w.tx.select().from(accounts).where(eq(accounts.id, before.accountId)).for('update');
  if (!acc) return fail('NOT_FOUND');
  const accountPoint = acc.lng !== null && acc.lat !== null ? { lng: acc.lng, lat: acc.lat } : null;
  const result = checkGeofence(input.position, accountPoint, { radiusM: settings.geofenceRadiusM, maxAccuracyM: 100 });
  if (input.adoptAsAccountPosition) {
    if (accountPoint) return { ok: false, code: 'VISIT.ACCOUNT_HAS_POSITION' };
    if (result.status === 'unverifiable' && result.canAdoptAsAccountPosition && input.position) {
      const position = { lng: input.position.lng, lat: input.position.lat };
      await w.tx.update(accounts).set({ ...position, version: acc.version + 1, updatedAt: w.ctx.now.toISOString() }).where(eq(accounts.id, acc.id));
      await recordChanges(w.tx, { ...w.ctx, source: 'visit' }, { entity: 'account', entityId: acc.id, fields: ['lng', 'lat'], before: { lng: null, lat: null }, after: position });
    }
  }
  return {
    ok: true,
    value: await save(w, before, {
      status: 'in_progress',
      checkInAt: w.ctx.now.toISOString(),
      checkInClientAt: input.clientAt ?? null,
      checkInLng: input.position?.lng ?? null,
      checkInLat: input.position?.lat ?? null,
      checkInAccuracyM: input.position?.accuracyM ?? null,
      checkInStatus: result.status,
      checkInDistanceM: result.distanceM,
      checkInReason: result.status === 'unverifiable' ? result.reason : null,
    }),
  };
}

/** Marks a visit missed or cancelled, with its reason. */
export async function cancelVisit(w: WriteScope, id: string, status: 'missed' | 'cancelled', reason: string): Promise<Result<Visit>> {
  const before = await lockVisibleVisit(w.tx, w.scope, id);
  if (!before) return fail('NOT_FOUND');
  if (before.status === status) return { ok: true, value: await viewOf(w.tx, before) };
  if (before.status !== 'planned' && before.status !== 'prepared') return fail('VISIT.STATUS_INVALID', { status: before.status });
  return { ok: true, value: await save(w, before, { status, statusReason: reason }) };
}

// The steps done, read from the records (R2.2.5), for the effective-visit rule.
async function stepsDone(w: WriteScope, row: VisitRow, briefReady: boolean): Promise<VisitStep[]> {
  const items = await w.tx.select({ kind: visitItems.kind }).from(visitItems).where(eq(visitItems.visitId, row.id));
  const kinds = new Set(items.map((i) => i.kind));
  const steps: VisitStep[] = ['sales_report'];
  if (briefReady) steps.push('preparation');
  if ([...kinds].some((k) => k !== 'training' && k !== 'distributor_evaluation' && k !== 'machine_confirmed')) steps.push('communication');
  if (kinds.has('training')) steps.push('training');
  if (kinds.has('distributor_evaluation') || kinds.has('machine_confirmed')) steps.push('downline_visit');
  return steps;
}

/**
 * Completes a visit: checks out (server time; duration from the phone's clock when both ends carry
 * it, so a visit synced later still has its true length), records each objective's outcome and the
 * rep's report, and stores the effective-visit verdict of the domain rule (R1.5).
 */
export async function completeVisit(w: WriteScope, id: string, input: z.output<typeof visitComplete>): Promise<Result<Visit>> {
  const clientAt = input.clientAt;
  const before = await lockVisibleVisit(w.tx, w.scope, id);
  if (!before) return fail('NOT_FOUND');
  if (before.status === 'done') return { ok: true, value: await viewOf(w.tx, before) };
  if (before.status !== 'in_progress' || !before.checkInAt) return fail('VISIT.STATUS_INVALID', { status: before.status });
  const objectives = before.objectives as VisitObjective[];
  if (input.outcomes.length !== objectives.length) return { ok: false, code: 'VISIT.OUTCOMES_MISMATCH', params: { count: objectives.length } };
  const withOutcomes = objectives.map((o, i) => ({ ...o, outcome: input.outcomes[i] ?? null }));
  const now = w.ctx.now;
  const startMs = Date.parse(before.checkInClientAt ?? before.checkInAt);
  const endMs = clientAt && before.checkInClientAt ? Date.parse(clientAt) : now.getTime();
  const durationS = Math.max(0, Math.round((endMs - startMs) / 1000));
  // HQ's rule for this account's kind (R1.5, configurable) and its sales-tools checklist (R3.1 q4).
  const [acc] = await w.tx.select({ kind: accounts.kind }).from(accounts).where(eq(accounts.id, before.accountId));
  if (!acc) return fail('NOT_FOUND');
  const { rule, checklist } = await visitRulesFor(w.tx, acc.kind);
  const verdict = judgeEffectiveVisit({
    checkInStatus: before.checkInStatus,
    objectives: withOutcomes.map((o) => ({ type: o.type, outcome: o.outcome ?? null })),
    stepsDone: await stepsDone(w, before, briefReady(before)),
    missingSalesTools: missingSalesTools(checklist, (before.brief as StoredBrief).toolsChecked ?? []),
  }, rule);
  const report: StoredReport = { summary: input.summary, nextSteps: input.nextSteps ?? null, managerComment: null };
  return {
    ok: true,
    value: await save(w, before, {
      status: 'done', objectives: withOutcomes, checkOutAt: now.toISOString(), durationS, report,
      effective: verdict.effective, effectiveGaps: verdict.gaps,
    }),
  };
}

/** The manager's comment on a done visit's report. */
export async function commentReport(w: WriteScope, id: string, comment: string): Promise<Result<Visit>> {
  const before = await lockVisibleVisit(w.tx, w.scope, id);
  if (!before) return fail('NOT_FOUND');
  const report = before.report as StoredReport | null;
  if (before.status !== 'done' || !report) return fail('VISIT.STATUS_INVALID', { status: before.status });
  return { ok: true, value: await save(w, before, { report: { ...report, managerComment: comment, managerId: w.scope.userId } }) };
}
