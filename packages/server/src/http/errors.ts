import type { ErrorCode } from '@qudao/contract';

/** HTTP status of every error code; a Record so that adding a code without a status fails to compile. */
export const errorStatus: Record<ErrorCode, number> = {
  'REQUEST.INVALID': 400,
  'REQUEST.TOO_LARGE': 413,
  'AUTH.UNAUTHENTICATED': 401,
  'AUTH.INVALID_CREDENTIALS': 401,
  'AUTH.RATE_LIMITED': 429,
  'AUTH.FORBIDDEN': 403,
  'AUTH.SESSION_EXPIRED': 401,
  'AUTH.USER_INACTIVE': 403,
  NOT_FOUND: 404,
  'CONFLICT.DUPLICATE': 409,
  'CONFLICT.STALE_VERSION': 409,
  'USER.MANAGER_INVALID': 422,
  'ACCOUNT.DISTRIBUTOR_INVALID': 422,
  'ACCOUNT.UNIT_INVALID': 422,
  'ACCOUNT.OUT_OF_SCOPE': 422,
  'PRODUCT.LINE_INVALID': 422,
  'LEAD.ALREADY_CONVERTED': 409,
  'ARCHIVE.CONFIG_INVALID': 422,
  'VISIT.OBJECTIVE_REQUIRED': 422,
  'VISIT.OBJECTIVE_VAGUE': 422,
  'VISIT.OBJECTIVE_DETAILS_MISSING': 422,
  'VISIT.STATUS_INVALID': 409,
  'VISIT.SERIAL_UNKNOWN': 422,
  'VISIT.STATEMENT_PHOTO_REQUIRED': 422,
  'VISIT.OUTCOMES_MISMATCH': 422,
  'VISIT.ACCOUNT_HAS_POSITION': 422,
  'VISIT.PROMISES_UNMARKED': 409,
  'VISIT.RULE_EMPTY': 422,
  'VISIT.NOT_JOINT': 409,
  'PROMISE.INCOMPLETE': 422,
  'PROMISE.DUE_DATE_INVALID': 422,
  'PROMISE.ALREADY_CLOSED': 409,
  'PROMISE.EVIDENCE_REQUIRED': 422,
  'PROMISE.REASON_REQUIRED': 422,
  'PROMISE.CLOSE_DATE_INVALID': 422,
  'PHOTO.TYPE_INVALID': 415,
  // The store (S3) failed: retryable, the phone's outbox keeps the photo.
  'PHOTO.STORE_UNAVAILABLE': 503,
  'PHOTO.TOO_LARGE': 413,
  'VALUE_CLASS.CONFIG_INVALID': 422,
  'PLAN.NOT_DRAFT': 409,
  'PLAN.REP_INVALID': 422,
  'PLAN.HOME_NO_LOCATION': 422,
  'VALUE_CLASS.OVERRIDE_REASON_REQUIRED': 422,
  'VALUE_CLASS.OVERRIDE_EXPIRY_INVALID': 422,
  'TIER.CONFIG_INVALID': 422,
  'IMPORT.NOT_SPREADSHEET': 415,
  'IMPORT.EMPTY': 422,
  'IMPORT.TOO_LARGE': 413,
  'IMPORT.HEADER_INVALID': 422,
  'IMPORT.ROWS_INVALID': 422,
  'UNITS.GEOJSON_INVALID': 422,
  'UNITS.ADJACENCY_INVALID': 422,
  'TERRITORY.DESIGN_INVALID': 422,
  'TERRITORY.ASSIGNMENT_INVALID': 422,
  'POLICY.NOT_DISCUSSED': 409,
  'POLICY.STATUS_INVALID': 409,
  'POLICY.NOT_RELEASED': 409,
  'POLICY.NOT_DISTRIBUTOR': 422,
  'POLICY.TARGET_INVALID': 422,
  'POLICY.NOT_TARGETED': 422,
  'MEETING.REGION_INVALID': 422,
  'MEETING.NOT_INVITED': 422,
  'MEETING.ITEM_INVALID': 422,
  'MEETING.OWNER_INVALID': 422,
  'MEETING.ACTION_NOTE_REQUIRED': 422,
  'PRICE.MODEL_UNKNOWN': 422,
  'PRICE.OVERLAP': 409,
  'DUMPING.STEP_INVALID': 409,
  'DASHBOARD.PERIOD_INVALID': 400,
  INTERNAL: 500,
};

/**
 * An expected failure to answer with the one error shape. Services return Result values; routes turn a
 * failed Result into an AppError (or throw it directly where there is nothing to recover).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(code);
  }
}

/** Result of a service call: a value or a coded business failure. */
export type Result<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; params?: Record<string, string | number>; details?: unknown };

/** Unwraps a Result or throws its AppError. */
export function unwrap<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  throw new AppError(r.code, r.params ?? {}, r.details);
}
