import { and, eq, inArray } from 'drizzle-orm';
import type { AgendaCreate, AttendanceSet, Meeting, MeetingActionCreate, MeetingActionPatch, MeetingCreate, MeetingPatch, RecognitionProposal } from '@qudao/contract';
import { accounts, auditLog, units, users } from '../../db/schema';
import { meetingActions, meetingAgendaItems, meetingInvitees, meetings, policies } from '../../db/schema-channel';
import type { Result } from '../../http/errors';
import type { WriteScope } from '../../http/write';
import { visibleAccounts } from '../accounts/repo';
import { markDiscussed } from '../policies/service';
import { distributorsByTierAndRegion, listMeetings } from './repo';

async function answer(w: WriteScope, id: string): Promise<Meeting> {
  const [m] = await listMeetings(w.tx, w.scope, id);
  if (!m) throw new Error('meeting vanished');
  return m;
}

/** Schedules a meeting (R2.3) and invites the distributors of the given tiers in its region. */
export async function createMeeting(w: WriteScope, input: MeetingCreate): Promise<Result<Meeting>> {
  const region = input.scope === 'regional' ? (input.regionUnitId ?? null) : null;
  if (region !== null) {
    const [u] = await w.tx.select({ id: units.id }).from(units).where(eq(units.id, region));
    if (!u) return { ok: false, code: 'MEETING.REGION_INVALID', params: { region } };
  }
  if (input.policyId !== undefined) {
    const [p] = await w.tx.select({ id: policies.id }).from(policies).where(eq(policies.id, input.policyId));
    if (!p) return { ok: false, code: 'NOT_FOUND' };
  }
  const at = w.ctx.now.toISOString();
  const [row] = await w.tx
    .insert(meetings)
    .values({ title: input.title, scope: input.scope, regionUnitId: region, heldOn: input.heldOn, place: input.place ?? null, createdBy: w.ctx.userId, createdAt: at, updatedAt: at })
    .returning({ id: meetings.id });
  if (!row) throw new Error('insert returned no row');
  const invited = await distributorsByTierAndRegion(w.tx, input.tiers, region, input.policyId);
  if (invited.length > 0) await w.tx.insert(meetingInvitees).values(invited.map((accountId) => ({ meetingId: row.id, accountId })));
  return { ok: true, value: await answer(w, row.id) };
}

/** Minutes, place and status. */
export async function patchMeeting(w: WriteScope, id: string, input: MeetingPatch): Promise<Result<Meeting>> {
  const [row] = await w.tx.select().from(meetings).where(eq(meetings.id, id)).for('update');
  if (!row) return { ok: false, code: 'NOT_FOUND' };
  await w.tx
    .update(meetings)
    .set({ ...(input.minutes !== undefined ? { minutes: input.minutes } : {}), ...(input.place !== undefined ? { place: input.place } : {}), ...(input.status ? { status: input.status } : {}), updatedAt: w.ctx.now.toISOString() })
    .where(eq(meetings.id, id));
  return { ok: true, value: await answer(w, id) };
}

/** Adds an agenda item; a policy on the agenda counts as discussed (R2.3). */
export async function addAgendaItem(w: WriteScope, id: string, input: AgendaCreate): Promise<Result<Meeting>> {
  const [row] = await w.tx.select().from(meetings).where(eq(meetings.id, id)).for('update');
  if (!row) return { ok: false, code: 'NOT_FOUND' };
  const base = { meetingId: id, kind: input.kind, createdAt: w.ctx.now.toISOString() };
  if (input.kind === 'policy') {
    const [p] = await w.tx.select({ title: policies.title }).from(policies).where(eq(policies.id, input.policyId));
    if (!p) return { ok: false, code: 'MEETING.ITEM_INVALID', params: { reason: 'policy' } };
    const discussed = await markDiscussed(w, input.policyId);
    if (!discussed.ok) return discussed;
    await w.tx.insert(meetingAgendaItems).values({ ...base, policyId: input.policyId, title: p.title });
  } else if (input.kind === 'recognition') {
    const [inv] = await w.tx.select().from(meetingInvitees).where(and(eq(meetingInvitees.meetingId, id), eq(meetingInvitees.accountId, input.accountId)));
    if (!inv) return { ok: false, code: 'MEETING.NOT_INVITED' };
    await w.tx.insert(meetingAgendaItems).values({ ...base, accountId: input.accountId, board: input.board, title: input.title });
  } else {
    await w.tx.insert(meetingAgendaItems).values({ ...base, title: input.title });
  }
  return { ok: true, value: await answer(w, id) };
}

/** Records attendance; every account named must be an invitee. */
export async function setAttendance(w: WriteScope, id: string, input: AttendanceSet): Promise<Result<Meeting>> {
  const [row] = await w.tx.select().from(meetings).where(eq(meetings.id, id)).for('update');
  if (!row) return { ok: false, code: 'NOT_FOUND' };
  const ids = input.items.map((i) => i.accountId);
  const invited = await w.tx.select({ accountId: meetingInvitees.accountId }).from(meetingInvitees).where(and(eq(meetingInvitees.meetingId, id), inArray(meetingInvitees.accountId, ids)));
  if (invited.length !== new Set(ids).size) return { ok: false, code: 'MEETING.NOT_INVITED' };
  for (const item of input.items) {
    await w.tx.update(meetingInvitees).set({ attended: item.attended }).where(and(eq(meetingInvitees.meetingId, id), eq(meetingInvitees.accountId, item.accountId)));
  }
  return { ok: true, value: await answer(w, id) };
}

/** HQ confirms a proposed recognition: it is recorded in the distributor's archive history (timeline). */
export async function confirmRecognition(w: WriteScope, id: string, itemId: string): Promise<Result<Meeting>> {
  const [item] = await w.tx.select().from(meetingAgendaItems).where(and(eq(meetingAgendaItems.id, itemId), eq(meetingAgendaItems.meetingId, id))).for('update');
  if (!item) return { ok: false, code: 'NOT_FOUND' };
  if (item.kind !== 'recognition' || !item.accountId) return { ok: false, code: 'MEETING.ITEM_INVALID', params: { reason: 'kind' } };
  if (item.confirmedAt) return { ok: true, value: await answer(w, id) };
  const [m] = await w.tx.select().from(meetings).where(eq(meetings.id, id));
  const [acc] = await w.tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, item.accountId));
  if (!m || !acc) return { ok: false, code: 'NOT_FOUND' };
  const at = w.ctx.now.toISOString();
  await w.tx.update(meetingAgendaItems).set({ confirmedAt: at, confirmedBy: w.ctx.userId }).where(eq(meetingAgendaItems.id, itemId));
  await w.tx.insert(auditLog).values({
    at, userId: w.ctx.userId, entity: 'account', entityId: acc.id, field: 'recognition', oldValue: null,
    newValue: { title: item.title, board: item.board, meetingId: m.id, meeting: m.title, heldOn: m.heldOn }, source: w.ctx.source,
  });
  return { ok: true, value: await answer(w, id) };
}

/** Adds a follow-up action with its owner (an active user) and due date (R2.3). */
export async function addAction(w: WriteScope, id: string, input: MeetingActionCreate): Promise<Result<Meeting>> {
  const [row] = await w.tx.select().from(meetings).where(eq(meetings.id, id)).for('update');
  if (!row) return { ok: false, code: 'NOT_FOUND' };
  const [owner] = await w.tx.select({ id: users.id }).from(users).where(and(eq(users.id, input.ownerId), eq(users.active, true)));
  if (!owner) return { ok: false, code: 'MEETING.OWNER_INVALID' };
  await w.tx.insert(meetingActions).values({ meetingId: id, title: input.title, ownerId: owner.id, dueOn: input.dueOn, createdBy: w.ctx.userId, createdAt: w.ctx.now.toISOString() });
  return { ok: true, value: await answer(w, id) };
}

/**
 * Marks a follow-up action done (now, with a note saying what was done) or open again. Its owner, the owner's
 * manager and HQ may; anyone else reading the meeting sees the action but gets AUTH.FORBIDDEN. Each change is
 * kept in audit_log under the entity 'meeting_action'.
 */
export async function setActionDone(w: WriteScope, id: string, actionId: string, input: MeetingActionPatch): Promise<Result<Meeting>> {
  const [row] = await w.tx.select().from(meetingActions).where(and(eq(meetingActions.id, actionId), eq(meetingActions.meetingId, id))).for('update');
  if (!row) return { ok: false, code: 'NOT_FOUND' };
  const [owner] = await w.tx.select({ managerId: users.managerId }).from(users).where(eq(users.id, row.ownerId));
  const allowed = w.scope.role === 'hq' || row.ownerId === w.scope.userId || owner?.managerId === w.scope.userId;
  if (!allowed) return { ok: false, code: 'AUTH.FORBIDDEN' };
  const note = input.note ?? null;
  if (input.done && note === null) return { ok: false, code: 'MEETING.ACTION_NOTE_REQUIRED' };
  // Marking a done action done again keeps its first record; reopening clears who and what.
  if (input.done === (row.doneAt !== null)) return { ok: true, value: await answer(w, id) };
  const at = w.ctx.now.toISOString();
  const next = input.done ? { doneAt: at, doneBy: w.ctx.userId, doneNote: note } : { doneAt: null, doneBy: null, doneNote: null };
  await w.tx.update(meetingActions).set(next).where(eq(meetingActions.id, actionId));
  await w.tx.insert(auditLog).values({
    at, userId: w.ctx.userId, entity: 'meeting_action', entityId: actionId, field: 'done',
    oldValue: { done: row.doneAt !== null, note: row.doneNote }, newValue: { done: input.done, note: next.doneNote }, source: w.ctx.source,
  });
  return { ok: true, value: await answer(w, id) };
}

/**
 * Proposes a recognition from a leaderboard (R2.3): a manager for a distributor they see, or HQ. A distributor
 * outside the caller's scope answers like one not invited. HQ confirms it (confirmRecognition).
 */
export async function proposeRecognition(w: WriteScope, id: string, input: RecognitionProposal): Promise<Result<Meeting>> {
  const [row] = await w.tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, id));
  if (!row) return { ok: false, code: 'NOT_FOUND' };
  const [acc] = await w.tx.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.id, input.accountId), visibleAccounts(w.scope)));
  if (!acc) return { ok: false, code: 'MEETING.NOT_INVITED' };
  return addAgendaItem(w, id, { kind: 'recognition', ...input });
}
