import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { AccountKind } from '../shared/account-kind';
import { classifyAccounts, type AccountClassification, type ClassifiableAccount, type ClassificationRun } from './classify';
import { defaultValueClassConfig, type ValueClassConfig } from './config';
import type { ClassOverride } from './override';

const ASOF = '2025-06-30';
const YUAN_M = 100_000_000; // one million yuan in fen

function account(id: string, valueFen: number, over: Partial<ClassifiableAccount> = {}): ClassifiableAccount {
  return { accountId: id, kind: 'distributor', valueFen, tradingSince: '2020-01-01', ...over };
}

function run(accounts: ClassifiableAccount[], overrides: ClassOverride[] = [], config: ValueClassConfig = defaultValueClassConfig): ClassificationRun {
  const r = classifyAccounts(accounts, ASOF, config, overrides);
  if (!r.ok) throw new Error(r.code);
  return r.value;
}

const classes = (r: ClassificationRun) => Object.fromEntries(r.accounts.map((a) => [a.accountId, a.valueClass]));
const byId = (r: ClassificationRun, id: string) => r.accounts.find((a) => a.accountId === id) as AccountClassification;

describe('classifyAccounts (80/20 value classes, R2.2.4)', () => {
  it('puts the accounts making the top 80 % in A, the next 15 % in B and the rest in C', () => {
    const values = [50, 20, 10, 8, 5, 3, 2, 1, 0.5, 0.5];
    const r = run(values.map((v, i) => account(`d${i}`, v * YUAN_M)));
    expect(r.accounts.map((a) => a.valueClass).join('')).toBe('AAABBBCCCC');
    expect(byId(r, 'd2').cumulativeSharePercent).toBe(80);
    expect(byId(r, 'd0').rank).toBe(1);
  });

  it('keeps the account that crosses the 80 % line in A', () => {
    const r = run([account('a', 70 * YUAN_M), account('b', 20 * YUAN_M), account('c', 10 * YUAN_M)]);
    expect(classes(r)).toEqual({ a: 'A', b: 'A', c: 'B' });
  });

  it('never splits accounts of equal value across a class boundary', () => {
    const r = run([account('a', 30 * YUAN_M), account('b', 25 * YUAN_M), account('c', 25 * YUAN_M), account('d', 20 * YUAN_M)]);
    expect(classes(r)).toEqual({ a: 'A', b: 'A', c: 'A', d: 'B' });
  });

  it('ranks equal values by accountId so the run is reproducible', () => {
    const r = run([account('z', YUAN_M), account('m', YUAN_M)]);
    expect(r.accounts.map((a) => [a.accountId, a.rank])).toEqual([['m', 1], ['z', 2]]);
  });

  it('classes accounts without positive value as C, with a reason', () => {
    const r = run([account('a', YUAN_M), account('zero', 0), account('loss', -5_000, {})]);
    expect(byId(r, 'zero')).toMatchObject({ valueClass: 'C', basis: 'no_value' });
    expect(byId(r, 'loss').valueClass).toBe('C');
    expect(byId(r, 'zero').explanation.en).toContain('no sales in the last 12 months');
  });

  it('classes each kind against its own kind only', () => {
    const r = run([account('d1', 100 * YUAN_M), account('d2', 1 * YUAN_M), account('e1', 1_000, { kind: 'end_user' })]);
    expect(byId(r, 'e1')).toMatchObject({ valueClass: 'A', rank: 1, cumulativeSharePercent: 100 });
  });

  it('honours the configured cut-offs', () => {
    const config = { ...defaultValueClassConfig, aTopPercent: 50, bNextPercent: 30 };
    const r = run([account('a', 50), account('b', 30), account('c', 20)], [], config);
    expect(classes(r)).toEqual({ a: 'A', b: 'B', c: 'C' });
  });

  it('gives a new distributor its provisional default B with the rule stated', () => {
    const r = run([account('old', YUAN_M), account('new', 0, { tradingSince: '2025-03-02' })]);
    expect(byId(r, 'new')).toMatchObject({ valueClass: 'B', basis: 'provisional', rank: null, cumulativeSharePercent: null });
    expect(byId(r, 'new').explanation.en).toContain('trading for 120 days, less than 365');
    expect(byId(r, 'new').explanation['zh-CN']).toContain('暂定');
  });

  it('lifts a provisional account to the class its value earns when that is better', () => {
    const r = run([
      account('big', 80 * YUAN_M, { kind: 'end_user' }),
      account('small', 20 * YUAN_M, { kind: 'end_user' }),
      account('new', 90 * YUAN_M, { kind: 'end_user', tradingSince: null }),
    ]);
    expect(byId(r, 'new').valueClass).toBe('A');
    // Provisional accounts do not move the established accounts' classes.
    expect(byId(r, 'small').valueClass).toBe('B');
  });

  it('uses the kind default when there is nothing to compare with', () => {
    const r = run([account('new', 5 * YUAN_M, { kind: 'sub_dealer', tradingSince: null })]);
    expect(byId(r, 'new').valueClass).toBe('C');
    expect(byId(r, 'new').explanation.en).toContain('never traded');
  });

  it('honours an override up to and including its expiry day and reports expired ones', () => {
    const accounts = [account('a', 90 * YUAN_M), account('b', 10 * YUAN_M), account('c', 1)];
    const overrides: ClassOverride[] = [
      { accountId: 'c', valueClass: 'A', reason: '新建 4S 店，重点扶持', expiresOn: ASOF, setBy: '王经理' },
      { accountId: 'b', valueClass: 'A', reason: 'old', expiresOn: '2025-06-29' },
      { accountId: 'ghost', valueClass: 'A', reason: 'gone', expiresOn: '2026-01-01' },
    ];
    const r = run(accounts, overrides);
    expect(byId(r, 'c')).toMatchObject({ valueClass: 'A', computedClass: 'C', basis: 'override', visitIntervalDays: 14 });
    expect(byId(r, 'c').explanation['zh-CN']).toContain('新建 4S 店');
    expect(byId(r, 'b').valueClass).toBe('B');
    expect(r.ignoredOverrides.map((o) => [o.override.accountId, o.reason])).toEqual([['b', 'expired'], ['ghost', 'unknown_account']]);
  });

  it('maps each class to its visit interval per kind', () => {
    const config: ValueClassConfig = {
      ...defaultValueClassConfig,
      visitIntervalDays: { ...defaultValueClassConfig.visitIntervalDays, end_user: { A: 30, B: 60, C: 90 } },
    };
    const r = run([account('d', YUAN_M), account('e', YUAN_M, { kind: 'end_user' })], [], config);
    expect(byId(r, 'd').visitIntervalDays).toBe(14);
    expect(byId(r, 'e').visitIntervalDays).toBe(30);
  });

  it('explains a ranked class with its rank, shares and line in both languages', () => {
    const r = run([account('a', 70 * YUAN_M), account('b', 20 * YUAN_M), account('c', 10 * YUAN_M)]);
    expect(byId(r, 'b').explanation.en).toBe(
      'A: ranks 2 of 3 distributors by sales (¥20,000,000); accounts above it hold 70 %, under the A line of 80 %; cumulative 90 %',
    );
    expect(byId(r, 'c').explanation['zh-CN']).toBe(
      'B类：按销售额在 3 家经销商中排第 3（1000 万元）；排在前面的客户合计占 90%，已达 A 类线 80%，低于 A+B 线 95%；累计 100%',
    );
  });

  it('names gross profit in the explanation when ranking by profit', () => {
    const r = run([account('a', 10 * YUAN_M), account('b', -1)], [], { ...defaultValueClassConfig, metric: 'gross_profit' });
    expect(byId(r, 'a').explanation['zh-CN']).toContain('按毛利');
    expect(byId(r, 'b').explanation.en).toBe('C: no gross profit in the last 12 months');
  });

  it('refuses invalid cut-offs as a value', () => {
    const r = classifyAccounts([], ASOF, { ...defaultValueClassConfig, aTopPercent: 90, bNextPercent: 20 });
    expect(r).toMatchObject({ ok: false, code: 'VALUE_CLASS.CONFIG_INVALID' });
  });

  it('throws on duplicate account ids because that is a caller bug', () => {
    expect(() => classifyAccounts([account('a', 1), account('a', 2)], ASOF, defaultValueClassConfig)).toThrow();
  });
});

const kinds: AccountKind[] = ['distributor', 'sub_dealer', 'end_user'];
const accountsArb = fc
  .uniqueArray(
    fc.record({
      accountId: fc.string({ minLength: 1, maxLength: 6 }),
      kind: fc.constantFrom(...kinds),
      valueFen: fc.oneof(fc.integer({ min: -1_000, max: 1_000_000_000 }), fc.constantFrom(0, 5_000, 5_000)),
      tradingSince: fc.constantFrom(null, '2019-05-01', '2025-05-01'),
    }),
    { selector: (a) => a.accountId, maxLength: 40 },
  );

describe('classification laws', () => {
  const withPermutation = accountsArb.chain((accounts) =>
    fc.tuple(fc.constant(accounts), fc.shuffledSubarray(accounts, { minLength: accounts.length, maxLength: accounts.length })),
  );
  test.prop([withPermutation])('is stable under reordering of the input', ([accounts, shuffled]) => {
    expect(run(shuffled)).toEqual(run(accounts));
  });

  test.prop([accountsArb])('classes every account exactly once', (accounts) => {
    const r = run(accounts);
    expect(r.accounts.map((a) => a.accountId).sort()).toEqual(accounts.map((a) => a.accountId).sort());
  });

  test.prop([accountsArb])('never gives an established account a worse class than one of lower value of its kind', (accounts) => {
    const ranked = run(accounts).accounts.filter((a) => a.basis === 'pareto' || a.basis === 'no_value');
    for (const x of ranked) for (const y of ranked) if (x.kind === y.kind && x.valueFen > y.valueFen) expect(x.valueClass <= y.valueClass).toBe(true);
  });

  test.prop([accountsArb])('class A holds at least the A share of each kind’s established value', (accounts) => {
    const r = run(accounts.map((a) => ({ ...a, tradingSince: '2019-01-01' })));
    for (const row of r.summary) if (row.kind !== 'all' && row.valueClass === 'A' && row.count > 0) expect(row.valueSharePercent).toBeGreaterThanOrEqual(80);
  });
});
