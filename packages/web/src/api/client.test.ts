import { describe, expect, it } from 'vitest';
import { toQueryString } from './client';

describe('toQueryString', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(toQueryString({ q: '沈阳 机床', kind: undefined, status: '', page: 2, x: null })).toBe('?q=%E6%B2%88%E9%98%B3+%E6%9C%BA%E5%BA%8A&page=2');
  });

  it('is empty when nothing is set', () => {
    expect(toQueryString({ a: undefined })).toBe('');
    expect(toQueryString(undefined)).toBe('');
  });
});
