import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { findDuplicateCandidates, type ExistingAccount } from './find-duplicates';
import { isSamePhone, normaliseAddress, normaliseCompanyName, normalisePhone } from './normalise';
import { diceSimilarity } from './similarity';

describe('normaliseCompanyName', () => {
  it('strips legal forms, brackets, provinces and cities', () => {
    expect(normaliseCompanyName('辽宁省沈阳市华东机床（集团）有限公司')).toBe('华东机床');
    expect(normaliseCompanyName('浙江宁波精工机械股份有限公司', ['宁波'])).toBe('精工机械');
    expect(normaliseCompanyName('广西壮族自治区南宁重工有限责任公司', ['南宁'])).toBe('重工');
  });

  it('turns full-width letters and digits into half-width and lower case', () => {
    expect(normaliseCompanyName('ＡＢＣ数控１号　有限公司')).toBe('abc数控1号');
    expect(normaliseCompanyName('Huadong Machine Tool Co., Ltd.')).toBe('huadongmachinetool');
  });

  it('never strips a name down to nothing', () => {
    expect(normaliseCompanyName('上海')).toBe('上海');
    expect(normaliseCompanyName('有限公司')).toHaveLength(2);
  });
});

describe('phones and addresses', () => {
  it('reduces phones to digits without the country code', () => {
    expect(normalisePhone('+86 138-0000-0000')).toBe('13800000000');
    expect(normalisePhone('0086 13800000000')).toBe('13800000000');
    expect(normalisePhone('(024) 2345 6789')).toBe('02423456789');
    expect(normalisePhone('12345')).toBe('');
  });

  it('matches a landline with and without its area code', () => {
    expect(isSamePhone('02423456789', '23456789')).toBe(true);
    expect(isSamePhone('13800000000', '800000000')).toBe(false);
    expect(isSamePhone('', '')).toBe(false);
  });

  it('drops the shared province and city from addresses', () => {
    expect(normaliseAddress('辽宁省 沈阳市 铁西区 北二中路 1 号')).toBe('铁西区北二中路1号');
  });
});

describe('diceSimilarity', () => {
  it('is 1 for equal strings, 0 for disjoint or empty ones', () => {
    expect(diceSimilarity('华东机床', '华东机床')).toBe(1);
    expect(diceSimilarity('华东机床', '西北重工')).toBe(0);
    expect(diceSimilarity('', '')).toBe(0);
    expect(diceSimilarity('华东机床', '华东机械')).toBeCloseTo(2 / 3);
  });

  test.prop([fc.string(), fc.string()])('is symmetric and within [0, 1]', (a, b) => {
    const s = diceSimilarity(a, b);
    expect(s).toBe(diceSimilarity(b, a));
    expect(s >= 0 && s <= 1).toBe(true);
  });
});

describe('findDuplicateCandidates (R2.1)', () => {
  const accounts: ExistingAccount[] = [
    { accountId: 'same-name', name: '沈阳华东机床有限公司', phones: ['024-88886666'], address: '辽宁省沈阳市铁西区北二中路1号' },
    { accountId: 'same-phone', name: '铁西精密设备经营部', phones: ['+86 139 1111 2222'], address: null },
    { accountId: 'same-address', name: '北方工具', phones: [], address: '沈阳市铁西区北二中路1号院' },
    { accountId: 'unrelated', name: '广州南方重工', phones: ['020-12345678'], address: '广州市天河区' },
  ];

  it('finds accounts by name, phone or address, best first, with reasons', () => {
    // The server passes the prefecture names of its units, so "沈阳华东…" loses its city too.
    const found = findDuplicateCandidates({ name: '华东机床（集团）', phones: ['13911112222'], address: '铁西区北二中路1号' }, accounts, { placeNames: ['沈阳'] });
    expect(found.map((c) => c.accountId)).toEqual(['same-name', 'same-phone', 'same-address']);
    expect(found[0]).toEqual({
      accountId: 'same-name',
      score: 1,
      reasons: [{ kind: 'name_same', normalisedName: '华东机床' }, { kind: 'address_similar', similarity: 1 }],
    });
    expect(found[1]).toEqual({ accountId: 'same-phone', score: 0.9, reasons: [{ kind: 'phone_same', phone: '13911112222' }] });
    expect(found[2]?.reasons[0]).toMatchObject({ kind: 'address_similar' });
  });

  it('reports nothing for a lead unlike every account', () => {
    expect(findDuplicateCandidates({ name: '成都西部数控', phones: ['028-66668888'], address: '成都市武侯区' }, accounts)).toEqual([]);
  });

  it('raises the score when signals agree', () => {
    const [nameOnly] = findDuplicateCandidates({ name: '华东机床贸易', phones: [], address: null }, accounts, { minScore: 0 });
    const [both] = findDuplicateCandidates({ name: '华东机床贸易', phones: ['024 8888 6666'], address: null }, accounts, { minScore: 0 });
    expect(nameOnly?.accountId).toBe('same-name');
    expect(both!.score).toBeGreaterThan(nameOnly!.score);
  });
});
