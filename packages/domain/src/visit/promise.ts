import { daysBetween, isLocalDate, type LocalDate } from '../shared/local-date';
import { fail, ok, type Failure, type Result } from '../shared/result';

/** Lifecycle of a promise (R3.5): open until it ends kept, broken or withdrawn. */
export type PromiseStatus = 'open' | 'kept' | 'broken' | 'withdrawn';

/** The fields a new promise must have; anything may be missing in a draft. */
export interface PromiseDraft {
  accountId: string;
  /** What was promised. */
  what?: string | null;
  /** The customer's person it was promised to. */
  toWhom?: string | null;
  /** The user who must keep it. */
  ownerId?: string | null;
  dueOn?: LocalDate | null;
  /** The day the promise was made (the visit date). */
  madeOn: LocalDate;
}

/** A promise in the ledger. */
export interface VisitPromise {
  id: string;
  accountId: string;
  what: string;
  toWhom: string;
  ownerId: string;
  madeOn: LocalDate;
  dueOn: LocalDate;
  status: PromiseStatus;
  /** The day it ended; null while open. */
  closedOn: LocalDate | null;
  /** How keeping it was shown (a visit, a delivery note, a photo…). */
  evidence: string | null;
  /** Why it was broken or withdrawn. */
  closeReason: string | null;
}

/** The required fields of a promise, in the order they are reported. */
export type PromiseField = 'what' | 'toWhom' | 'ownerId' | 'dueOn';

/** Refusals of {@link validatePromiseDraft}. */
export type PromiseDraftRefusal =
  | Failure<'PROMISE.INCOMPLETE', { missing: PromiseField[] }>
  | Failure<'PROMISE.DUE_DATE_INVALID', { field: 'dueOn' }>;

/** A validated promise draft: every field present and trimmed. */
export type CompletePromise = Required<{ [K in keyof PromiseDraft]: NonNullable<PromiseDraft[K]> }>;

const blank = (s: string | null | undefined) => s === null || s === undefined || s.trim() === '';

/**
 * Checks a new promise (R3.5, no casual promises): it needs what, to whom, an owner and a due date —
 * else `PROMISE.INCOMPLETE` with the missing fields — and the due date must be a real date not
 * before the day it was made (`PROMISE.DUE_DATE_INVALID`). Returns the fields trimmed.
 */
export function validatePromiseDraft(draft: PromiseDraft): Result<CompletePromise, PromiseDraftRefusal> {
  const missing = (['what', 'toWhom', 'ownerId', 'dueOn'] as const).filter((f) => blank(draft[f]));
  if (missing.length > 0) return fail('PROMISE.INCOMPLETE', { missing }, { fields: missing.join(', ') });
  const dueOn = draft.dueOn!.trim();
  if (!isLocalDate(dueOn) || dueOn < draft.madeOn) return fail('PROMISE.DUE_DATE_INVALID', { field: 'dueOn' });
  return ok({ accountId: draft.accountId, what: draft.what!.trim(), toWhom: draft.toWhom!.trim(), ownerId: draft.ownerId!.trim(), dueOn, madeOn: draft.madeOn });
}

/** How an open promise ends: kept (with evidence), broken or withdrawn (with a reason), on a date. */
export interface PromiseClosing {
  to: Exclude<PromiseStatus, 'open'>;
  on: LocalDate;
  evidence?: string | null;
  reason?: string | null;
}

/** Refusals of {@link closePromise}. */
export type PromiseClosingRefusal =
  | Failure<'PROMISE.ALREADY_CLOSED', { status: PromiseStatus }>
  | Failure<'PROMISE.EVIDENCE_REQUIRED', { field: 'evidence' }>
  | Failure<'PROMISE.REASON_REQUIRED', { field: 'reason' }>
  | Failure<'PROMISE.CLOSE_DATE_INVALID', { field: 'on' }>;

/**
 * Ends an open promise. Only `open` may change (a closed promise is history: `PROMISE.ALREADY_CLOSED`);
 * kept needs evidence, broken and withdrawn need a reason; the date must lie between the day it was
 * made and `today`. Returns the updated promise; the input is not changed.
 */
export function closePromise(promise: VisitPromise, closing: PromiseClosing, today: LocalDate): Result<VisitPromise, PromiseClosingRefusal> {
  if (promise.status !== 'open') return fail('PROMISE.ALREADY_CLOSED', { status: promise.status }, { status: promise.status });
  if (closing.to === 'kept' && blank(closing.evidence)) return fail('PROMISE.EVIDENCE_REQUIRED', { field: 'evidence' });
  if (closing.to !== 'kept' && blank(closing.reason)) return fail('PROMISE.REASON_REQUIRED', { field: 'reason' });
  if (!isLocalDate(closing.on) || closing.on < promise.madeOn || closing.on > today) return fail('PROMISE.CLOSE_DATE_INVALID', { field: 'on' });
  return ok({
    ...promise,
    status: closing.to,
    closedOn: closing.on,
    evidence: blank(closing.evidence) ? null : closing.evidence!.trim(),
    closeReason: blank(closing.reason) ? null : closing.reason!.trim(),
  });
}

/** Days an open promise is past its due date on `today` (0 when not overdue or not open). Due today is not overdue. */
export function getPromiseDaysOverdue(promise: Pick<VisitPromise, 'status' | 'dueOn'>, today: LocalDate): number {
  return promise.status === 'open' ? Math.max(0, daysBetween(promise.dueOn, today)) : 0;
}

/** True when the promise is still open after its due date. */
export function isPromiseOverdue(promise: Pick<VisitPromise, 'status' | 'dueOn'>, today: LocalDate): boolean {
  return getPromiseDaysOverdue(promise, today) > 0;
}
