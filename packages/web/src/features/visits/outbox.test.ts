import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { isRetryable } from './outbox';

// Decision 008: a queued write that could not be stored for a passing reason stays in the phone's
// outbox; a refusal (bad input, a conflict) is listed for the rep instead of retried forever.
describe('outbox retry rule', () => {
  it('keeps the write queued on no network, a lapsed session and a store outage (503)', () => {
    expect(isRetryable(new ApiError(0, 'NETWORK', 'offline'))).toBe(true);
    expect(isRetryable(new ApiError(401, 'AUTH.UNAUTHENTICATED', 'sign in'))).toBe(true);
    expect(isRetryable(new ApiError(503, 'PHOTO.STORE_UNAVAILABLE', '照片存储暂时不可用'))).toBe(true);
    expect(isRetryable(new ApiError(500, 'REQUEST.INVALID', 'boom'))).toBe(true);
  });
  it('treats other answers as refusals', () => {
    expect(isRetryable(new ApiError(415, 'PHOTO.TYPE_INVALID', 'not a photo'))).toBe(false);
    expect(isRetryable(new ApiError(409, 'VISIT.STATUS_INVALID', 'done'))).toBe(false);
    expect(isRetryable(new Error('x'))).toBe(false);
  });
});
