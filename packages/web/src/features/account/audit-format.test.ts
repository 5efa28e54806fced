import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@qudao/contract';
import { i18n } from '../../i18n';
import { groupAuditEntries, valueText } from './audit-format';

function entry(over: Partial<AuditEntry>): AuditEntry {
  return {
    id: 1,
    at: '2025-05-01T08:00:00.000Z',
    userId: '00000000-0000-4000-8000-000000000001',
    userName: '张伟',
    entity: 'account',
    entityId: 'a',
    field: 'phone',
    oldValue: null,
    newValue: '024-1234',
    source: 'manual',
    ...over,
  };
}

describe('groupAuditEntries', () => {
  it('puts fields changed together by one user into one event, newest event first', () => {
    const events = groupAuditEntries([
      entry({ id: 1, field: 'phone' }),
      entry({ id: 2, field: 'address' }),
      entry({ id: 3, at: '2025-06-01T08:00:00.000Z', field: 'status' }),
    ]);
    expect(events.map((e) => e.entries.map((x) => x.field))).toEqual([['status'], ['phone', 'address']]);
  });

  it('leaves out bookkeeping fields such as a contact\'s accountId', () => {
    const events = groupAuditEntries([entry({ id: 1, entity: 'contact', field: 'accountId' }), entry({ id: 2, entity: 'contact', field: 'name' })]);
    expect(events.flatMap((e) => e.entries.map((x) => x.field))).toEqual(['name']);
  });
});

describe('valueText', () => {
  it('translates kinds and statuses and names empty values', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(valueText(i18n.t, 'kind', 'sub_dealer')).toBe('二级经销商');
    expect(valueText(i18n.t, 'status', 'dormant')).toBe('休眠');
    expect(valueText(i18n.t, 'phone', null)).toBe('（空）');
    await i18n.changeLanguage('en');
    expect(valueText(i18n.t, 'kind', 'end_user')).toBe('End user');
  });
});
