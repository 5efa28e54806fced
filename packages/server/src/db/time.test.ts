import { describe, expect, it } from 'vitest';
import { toIso } from './time';

describe('toIso', () => {
  it('turns PostgreSQL timestamptz text into ISO 8601 UTC', () => {
    expect(toIso('2026-11-20 10:00:00+08')).toBe('2026-11-20T02:00:00.000Z');
    expect(toIso('2026-11-20 02:00:00.123456+00')).toBe('2026-11-20T02:00:00.123Z');
    expect(toIso('2026-11-20T02:00:00.000Z')).toBe('2026-11-20T02:00:00.000Z');
    expect(toIso(new Date('2026-01-01T00:00:00Z'))).toBe('2026-01-01T00:00:00.000Z');
  });
});
