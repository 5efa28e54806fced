import { describe, expect, it } from 'vitest';
import { makeUuid, toQueryString } from './client';

describe('makeUuid', () => {
  it('makes distinct RFC 4122 version 4 UUIDs', () => {
    const ids = new Set(Array.from({ length: 100 }, makeUuid));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('toQueryString', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(toQueryString({ q: '沈阳 机床', kind: undefined, status: '', page: 2, x: null })).toBe('?q=%E6%B2%88%E9%98%B3+%E6%9C%BA%E5%BA%8A&page=2');
  });

  it('is empty when nothing is set', () => {
    expect(toQueryString({ a: undefined })).toBe('');
    expect(toQueryString(undefined)).toBe('');
  });
});
