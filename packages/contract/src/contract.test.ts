import { describe, expect, it } from 'vitest';
import { accountCreate, accountPatch, errorCodes, errorMessages, formatErrorMessage, locales, loginBody, pickLocale, userCreate } from './index';

describe('error catalogue', () => {
  it('has a message for every code in every language, with the same placeholders', () => {
    for (const code of errorCodes) {
      const placeholders = locales.map((l) => (errorMessages[l][code].match(/\{\w+\}/g) ?? []).sort().join());
      for (const l of locales) expect(errorMessages[l][code].length, `${l} ${code}`).toBeGreaterThan(0);
      expect(new Set(placeholders).size, code).toBe(1);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatErrorMessage('zh-CN', 'AUTH.RATE_LIMITED', { seconds: 30 })).toBe('登录尝试过于频繁，请 30 秒后再试');
    expect(formatErrorMessage('en', 'CONFLICT.DUPLICATE')).toContain('{field}');
  });

  it('picks the best language from Accept-Language, Chinese by default', () => {
    expect(pickLocale(undefined)).toBe('zh-CN');
    expect(pickLocale('en-US,en;q=0.9')).toBe('en');
    expect(pickLocale('fr, en;q=0.5, zh;q=0.8')).toBe('zh-CN');
    expect(pickLocale('de')).toBe('zh-CN');
  });
});

describe('request schemas', () => {
  it('refuse unknown fields, so a typo never looks like a successful save', () => {
    expect(accountCreate.safeParse({ name: 'A', kind: 'distributor', unitId: 'u', nmae: 'x' }).success).toBe(false);
    expect(loginBody.safeParse({ username: 'a', password: 'b', remember: true }).success).toBe(false);
  });

  it('want longitude and latitude together, and empty optional texts as null', () => {
    expect(accountCreate.safeParse({ name: 'A', kind: 'distributor', unitId: 'u', lng: 120 }).success).toBe(false);
    expect(accountPatch.safeParse({ lat: 40 }).success).toBe(false);
    expect(accountCreate.parse({ name: ' A ', kind: 'distributor', unitId: 'u', address: '' })).toMatchObject({ name: 'A', address: null, status: 'active' });
  });

  it('check user names and password length', () => {
    expect(userCreate.safeParse({ username: 'rep 01', displayName: 'x', password: 'secret1', role: 'rep' }).success).toBe(false);
    expect(userCreate.safeParse({ username: 'rep01', displayName: 'x', password: '123', role: 'rep' }).success).toBe(false);
  });
});
