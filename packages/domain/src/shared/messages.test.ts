import { describe, expect, it } from 'vitest';
import * as domain from '../index';
import { domainErrorCodes, domainMessages, formatDomainMessage } from './messages';

describe('domain messages', () => {
  it('has a non-empty text for every code in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) for (const code of domainErrorCodes) expect(domainMessages[locale][code].length).toBeGreaterThan(0);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatDomainMessage('en', 'PROMISE.INCOMPLETE', { fields: 'dueOn' })).toBe('The promise is incomplete; missing: dueOn');
    expect(formatDomainMessage('zh-CN', 'PROMISE.INCOMPLETE')).toBe('承诺不完整，缺少：{fields}');
  });

  it('exports the rules from the package entry point', () => {
    for (const name of ['classifyAccounts', 'assignDistributorTier', 'assessArchiveCompleteness', 'findDuplicateCandidates', 'validateVisitObjectives', 'checkGeofence', 'judgeEffectiveVisit', 'computeBriefSalesFigures', 'getVisitDue']) {
      expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
    }
  });
});
