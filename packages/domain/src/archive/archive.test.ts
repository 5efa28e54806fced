import { describe, expect, it } from 'vitest';
import { assessArchiveCompleteness, isArchiveValueFilled, type ArchiveSnapshot } from './completeness';
import { assessArchiveFreshness, validateFreshnessRules } from './freshness';
import { archiveSections } from './sections';

const profile = { name: '李总', role: '总经理', phone: '13800000000', personality: '直爽', interests: '钓鱼', hobbies: '围棋', family: '一子', education: '本科', age: 52, abilities: '技术出身', background: '原国企车间主任' };

function fullArchive(over: Partial<ArchiveSnapshot> = {}): ArchiveSnapshot {
  const on = '2025-01-01';
  return {
    kind: 'distributor',
    exportOriented: false,
    basic: { values: { name: '沈阳华东机床', address: '沈阳市铁西区', phone: '024-1234567', location: { lng: 123.4, lat: 41.8 }, businessScope: '数控机床' }, lastUpdatedOn: on },
    contacts: { contacts: [{ contactId: 'c1', isKey: true, values: profile }], lastUpdatedOn: on },
    region: { values: { culture: '重工业基地', customs: '重人情', developmentPotential: '汽车零部件集群' }, lastUpdatedOn: on },
    competitors: { values: { competitors: ['大连', '宝鸡'], competitorRelations: '与大连关系密切', competitorPrices: 'CK6150 9.8 万', orderFlow: '主要流向汽配厂' }, lastUpdatedOn: on },
    trading: { values: { salesActivity: '稳定', problems: '回款慢', potential: '高', financialStatus: '良好', creditRating: 'AA', creditLimitFen: 0 }, lastUpdatedOn: on },
    deeper: { values: { businessSpecialty: '立加', industryPosition: '省内前三', distributionCapacity: '12 家二级', capitalStrength: '强', commercialCredit: '好', willingnessToCooperate: '高' }, lastUpdatedOn: on },
    ...over,
  };
}

describe('assessArchiveCompleteness (R5)', () => {
  it('scores a full archive 100 % with nothing missing', () => {
    const c = assessArchiveCompleteness(fullArchive());
    expect(c.overallPercent).toBe(100);
    expect(c.missing).toEqual([]);
  });

  it('scores an empty archive 0 % and lists every applicable field', () => {
    const c = assessArchiveCompleteness({ kind: 'end_user', exportOriented: false });
    expect(c.overallPercent).toBe(0);
    expect(c.missing.find((m) => m.field === 'contact')?.label['zh-CN']).toBe('至少一位联系人');
    // Distribution capacity is asked of distributors and sub-dealers only; export policy of exporters only.
    expect(c.missing.some((m) => m.field === 'distributionCapacity' || m.field === 'exportMarketPolicy')).toBe(false);
  });

  it('weights fields within a section and sections in the overall score', () => {
    // Basic: name, address, phone weigh 2 each, location and scope 1 → missing phone costs 2 of 8.
    const c = assessArchiveCompleteness(fullArchive({ basic: { values: { name: 'x', address: 'y', phone: '  ', location: { lng: 1, lat: 1 }, businessScope: 'z' }, lastUpdatedOn: null } }));
    expect(c.sections.find((s) => s.section === 'basic')?.scorePercent).toBe(75);
    expect(c.overallPercent).toBe(95); // 100 − 20 × 25 %
    expect(c.missing).toEqual([{ section: 'basic', field: 'phone', label: { 'zh-CN': '电话', en: 'Phone' } }]);
  });

  it('asks exporters for the policy of their markets', () => {
    const c = assessArchiveCompleteness(fullArchive({ exportOriented: true }));
    expect(c.missing.map((m) => m.field)).toEqual(['exportMarketPolicy']);
    expect(c.sections.find((s) => s.section === 'region')?.scorePercent).toBe(75);
  });

  it('scores contacts on the key people only and names the contact that lacks a field', () => {
    const contacts = [
      { contactId: 'key', isKey: true, values: { ...profile, hobbies: '' } },
      { contactId: 'clerk', isKey: false, values: { name: '小王' } },
    ];
    const c = assessArchiveCompleteness(fullArchive({ contacts: { contacts, lastUpdatedOn: null } }));
    expect(c.sections.find((s) => s.section === 'contacts')).toEqual({
      section: 'contacts',
      scorePercent: 92, // 12 of 13 weight points
      missing: [{ section: 'contacts', field: 'hobbies', contactId: 'key', label: { 'zh-CN': '爱好', en: 'Hobbies' } }],
    });
  });

  it('averages all contacts when none is marked key', () => {
    const contacts = [
      { contactId: 'a', isKey: false, values: profile },
      { contactId: 'b', isKey: false, values: {} },
    ];
    expect(assessArchiveCompleteness(fullArchive({ contacts: { contacts, lastUpdatedOn: null } })).sections[1]?.scorePercent).toBe(50);
  });

  it('counts 0 and false as answers but blank text and empty lists as gaps', () => {
    expect([0, false, 'x', ['a'], { a: 1 }].every(isArchiveValueFilled)).toBe(true);
    expect([null, undefined, '', '  ', [], Number.NaN].some(isArchiveValueFilled)).toBe(false);
  });

  it('has default section weights summing to 100', () => {
    expect(archiveSections.reduce((s, x) => s + x.weight, 0)).toBe(100);
  });
});

describe('assessArchiveFreshness (R5.7)', () => {
  it('keeps a section fresh up to its class limit and flags it stale the day after, with days overdue', () => {
    const snapshot = fullArchive({ trading: { values: {}, lastUpdatedOn: '2024-12-01' } });
    const onLimit = assessArchiveFreshness(snapshot, 'A', '2025-05-30').find((s) => s.section === 'trading');
    expect(onLimit).toMatchObject({ ageDays: 180, stale: false, daysOverdue: 0, freshUntil: '2025-05-30' });
    const after = assessArchiveFreshness(snapshot, 'A', '2025-06-09').find((s) => s.section === 'trading');
    expect(after).toMatchObject({ stale: true, daysOverdue: 10, maxAgeDays: 180 });
  });

  it('applies the limit of the account class', () => {
    const snapshot = fullArchive();
    const stale = (cls: 'A' | 'B' | 'C') => assessArchiveFreshness(snapshot, cls, '2025-09-20').filter((s) => s.stale).length;
    expect([stale('A'), stale('B'), stale('C')]).toEqual([6, 0, 0]);
  });

  it('flags a never-updated section as stale with no overdue count', () => {
    const r = assessArchiveFreshness({ kind: 'end_user', exportOriented: false }, 'C', '2025-01-01');
    expect(r.every((s) => s.stale && s.daysOverdue === null && s.lastUpdatedOn === null)).toBe(true);
  });

  it('validates the rules', () => {
    expect(validateFreshnessRules({ A: 180, B: 270, C: 365 }).ok).toBe(true);
    expect(validateFreshnessRules({ A: 400, B: 270, C: 365 })).toMatchObject({ code: 'ARCHIVE.CONFIG_INVALID' });
    expect(validateFreshnessRules({ A: 0, B: 270, C: 365 }).ok).toBe(false);
  });
});
