import type { DomainErrorCode } from './messages';

/** A successful outcome carrying `value`. */
export interface Ok<T> {
  ok: true;
  value: T;
}

/**
 * An expected business failure (not a bug): a namespaced `code`, the `messageKey` to look up in
 * {@link domainMessages} (or the API's catalogue), `params` to fill its `{placeholders}`, and
 * machine-readable `details` for the caller (e.g. which fields are missing).
 */
export interface Failure<C extends DomainErrorCode = DomainErrorCode, D = unknown> {
  ok: false;
  code: C;
  messageKey: C;
  params: Record<string, string | number>;
  details: D;
}

/** Either a value or an expected failure; bugs throw instead. */
export type Result<T, F extends Failure = Failure> = Ok<T> | F;

/** Wraps `value` as a success. */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/** Builds a failure whose message key is its code, so every code has exactly one catalogue entry. */
export function fail<C extends DomainErrorCode, const D>(code: C, details: D, params: Record<string, string | number> = {}): Failure<C, D> {
  return { ok: false, code, messageKey: code, params, details };
}
