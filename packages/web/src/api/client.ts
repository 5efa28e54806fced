import type { ErrorBody, ErrorCode, Locale } from '@qudao/contract';

/** An API failure: the server's coded error (message already in the user's language) or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type QueryValue = string | number | boolean | null | undefined;

/** Options of one API call. */
export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** A 401 on this call is an answer (e.g. wrong password), not a lost session. */
  allowUnauthenticated?: boolean;
  /** A write's own Idempotency-Key (an offline outbox replays it); a fresh one by default. */
  idempotencyKey?: string;
}

let currentLocale: Locale = 'zh-CN';
let networkErrorMessage = '无法连接服务器';
let unauthorizedHandler: () => void = () => undefined;

/** The language sent as Accept-Language, so server messages come back in it. */
export function setApiLocale(locale: Locale, networkMessage: string) {
  currentLocale = locale;
  networkErrorMessage = networkMessage;
}

/** Called whenever the server answers 401 to a call that needs a session. */
export function onUnauthorized(handler: () => void) {
  unauthorizedHandler = handler;
}

/** Builds `?a=1&b=2`, leaving out empty values. */
export function toQueryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

function isErrorBody(x: unknown): x is ErrorBody {
  return typeof x === 'object' && x !== null && 'error' in x && typeof (x as ErrorBody).error?.message === 'string';
}

/** A random UUID v4; crypto.randomUUID exists only on https or localhost, getRandomValues everywhere. */
export function makeUuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

async function send(url: string, init: RequestInit, attempts: number): Promise<Response> {
  for (let i = 1; ; i++) {
    try {
      return await fetch(url, init);
    } catch {
      if (i >= attempts) throw new ApiError(0, 'NETWORK', networkErrorMessage);
      await new Promise((r) => setTimeout(r, 500 * i));
    }
  }
}

/**
 * Calls the API with the session cookie; resolves to the parsed JSON or rejects with an ApiError.
 * A write carries an Idempotency-Key, so when the network drops the answer it is sent again with the
 * same key and the server replays its first answer instead of writing twice.
 */
export async function api<T>(path: string, req: ApiRequest = {}): Promise<T> {
  const method = req.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLocale };
  if (req.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['Idempotency-Key'] = req.idempotencyKey ?? makeUuid();
  const res = await send(
    `/api${path}${toQueryString(req.query)}`,
    { method, credentials: 'same-origin', headers, body: req.body === undefined ? undefined : JSON.stringify(req.body) },
    method === 'GET' ? 1 : 3,
  );
  const text = await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) {
    if (res.status === 401 && !req.allowUnauthenticated) unauthorizedHandler();
    if (isErrorBody(data)) throw new ApiError(res.status, data.error.code, data.error.message, data.error.details);
    throw new ApiError(res.status, res.status === 404 ? 'NOT_FOUND' : 'INTERNAL', `${networkErrorMessage} (HTTP ${res.status})`);
  }
  return data as T;
}

/** The text to show for any error thrown by a query or mutation. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
