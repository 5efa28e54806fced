import { describe, expect, it } from 'vitest';
import { closePromise, isPromiseOverdue, validatePromiseDraft, type VisitPromise } from './promise';
import { computePromiseKeepingRates, listOverduePromises, selectPromisesForBrief } from './promise-report';

function promise(over: Partial<VisitPromise> = {}): VisitPromise {
  return {
    id: 'p1', accountId: 'acc', what: '下周送 VMC850 样本', toWhom: '李总', ownerId: 'rep1', madeOn: '2025-06-01', dueOn: '2025-06-10',
    status: 'open', closedOn: null, evidence: null, closeReason: null, ...over,
  };
}

describe('validatePromiseDraft (R3.5)', () => {
  it('accepts a complete promise and trims it', () => {
    const r = validatePromiseDraft({ accountId: 'acc', what: ' 送样本 ', toWhom: '李总', ownerId: 'rep1', dueOn: '2025-06-10', madeOn: '2025-06-01' });
    expect(r).toEqual({ ok: true, value: { accountId: 'acc', what: '送样本', toWhom: '李总', ownerId: 'rep1', dueOn: '2025-06-10', madeOn: '2025-06-01' } });
  });

  it('refuses a promise without due date, owner, recipient or content, listing what is missing', () => {
    expect(validatePromiseDraft({ accountId: 'acc', what: '送样本', toWhom: ' ', madeOn: '2025-06-01' })).toMatchObject({
      ok: false, code: 'PROMISE.INCOMPLETE', details: { missing: ['toWhom', 'ownerId', 'dueOn'] }, params: { fields: 'toWhom, ownerId, dueOn' },
    });
  });

  it('refuses a due date before the promise or not a date', () => {
    const base = { accountId: 'acc', what: 'x', toWhom: 'y', ownerId: 'z', madeOn: '2025-06-01' };
    expect(validatePromiseDraft({ ...base, dueOn: '2025-05-31' })).toMatchObject({ code: 'PROMISE.DUE_DATE_INVALID' });
    expect(validatePromiseDraft({ ...base, dueOn: 'next week' })).toMatchObject({ code: 'PROMISE.DUE_DATE_INVALID' });
    expect(validatePromiseDraft({ ...base, dueOn: '2025-06-01' }).ok).toBe(true);
  });
});

describe('closePromise', () => {
  it('marks an open promise kept with evidence and date', () => {
    const r = closePromise(promise(), { to: 'kept', on: '2025-06-09', evidence: '样本已签收' }, '2025-06-12');
    expect(r).toMatchObject({ ok: true, value: { status: 'kept', closedOn: '2025-06-09', evidence: '样本已签收', closeReason: null } });
  });

  it('requires evidence to mark kept and a reason to mark broken or withdrawn', () => {
    expect(closePromise(promise(), { to: 'kept', on: '2025-06-09' }, '2025-06-12')).toMatchObject({ code: 'PROMISE.EVIDENCE_REQUIRED' });
    expect(closePromise(promise(), { to: 'broken', on: '2025-06-09', reason: ' ' }, '2025-06-12')).toMatchObject({ code: 'PROMISE.REASON_REQUIRED' });
    expect(closePromise(promise(), { to: 'withdrawn', on: '2025-06-09', reason: '客户取消需求' }, '2025-06-12').ok).toBe(true);
  });

  it('never reopens or changes a closed promise', () => {
    expect(closePromise(promise({ status: 'broken' }), { to: 'kept', on: '2025-06-09', evidence: 'x' }, '2025-06-12')).toMatchObject({
      code: 'PROMISE.ALREADY_CLOSED', params: { status: 'broken' },
    });
  });

  it('refuses a closing date before the promise or in the future', () => {
    expect(closePromise(promise(), { to: 'kept', on: '2025-05-31', evidence: 'x' }, '2025-06-12')).toMatchObject({ code: 'PROMISE.CLOSE_DATE_INVALID' });
    expect(closePromise(promise(), { to: 'kept', on: '2025-06-13', evidence: 'x' }, '2025-06-12')).toMatchObject({ code: 'PROMISE.CLOSE_DATE_INVALID' });
  });
});

describe('overdue promises', () => {
  it('is overdue from the day after the due date while open', () => {
    expect(isPromiseOverdue(promise(), '2025-06-10')).toBe(false);
    expect(isPromiseOverdue(promise(), '2025-06-11')).toBe(true);
    expect(isPromiseOverdue(promise({ status: 'kept' }), '2025-07-01')).toBe(false);
  });

  it('lists overdue promises, most overdue first', () => {
    const list = listOverduePromises([promise({ id: 'a', dueOn: '2025-06-05' }), promise({ id: 'b', dueOn: '2025-06-01' }), promise({ id: 'c', dueOn: '2025-06-20' })], '2025-06-11');
    expect(list.map((x) => [x.promise.id, x.daysOverdue])).toEqual([['b', 10], ['a', 6]]);
  });
});

describe('computePromiseKeepingRates', () => {
  it('divides kept by kept + broken + overdue-open for promises due in the period', () => {
    const promises = [
      promise({ id: '1', status: 'kept', closedOn: '2025-06-09', dueOn: '2025-06-10' }),
      promise({ id: '2', status: 'kept', closedOn: '2025-06-15', dueOn: '2025-06-10' }),
      promise({ id: '3', status: 'kept', closedOn: '2025-06-01', dueOn: '2025-06-02' }),
      promise({ id: '4', status: 'broken', closedOn: '2025-06-20', dueOn: '2025-06-18' }),
      promise({ id: '5', status: 'open', dueOn: '2025-06-19' }),
      promise({ id: '6', status: 'open', dueOn: '2025-06-30' }),
      promise({ id: '7', status: 'withdrawn', closedOn: '2025-06-05', dueOn: '2025-06-12' }),
      promise({ id: '8', status: 'broken', dueOn: '2025-07-02' }),
      promise({ id: '9', ownerId: 'rep2', status: 'open', dueOn: '2025-06-25' }),
    ];
    expect(computePromiseKeepingRates(promises, '2025-06-01', '2025-06-30', '2025-06-25')).toEqual([
      { ownerId: 'rep1', kept: 3, keptLate: 1, broken: 1, overdueOpen: 1, openNotDue: 1, withdrawn: 1, keepingRatePercent: 60 },
      { ownerId: 'rep2', kept: 0, keptLate: 0, broken: 0, overdueOpen: 0, openNotDue: 1, withdrawn: 0, keepingRatePercent: null },
    ]);
  });
});

describe('selectPromisesForBrief (R3.1 question 6)', () => {
  it('shows open promises and those that came due since the last visit, earliest first', () => {
    const promises = [
      promise({ id: 'open-late', dueOn: '2025-07-30' }),
      promise({ id: 'open-overdue', dueOn: '2025-06-05' }),
      promise({ id: 'kept-since', status: 'kept', closedOn: '2025-06-15', dueOn: '2025-06-20' }),
      promise({ id: 'kept-before', status: 'kept', closedOn: '2025-05-01', dueOn: '2025-05-10' }),
      promise({ id: 'withdrawn', status: 'withdrawn', dueOn: '2025-06-20' }),
      promise({ id: 'other-account', accountId: 'x' }),
    ];
    const brief = selectPromisesForBrief(promises, 'acc', '2025-06-01', '2025-06-25');
    expect(brief.map((b) => [b.promise.id, b.overdue, b.daysOverdue])).toEqual([
      ['open-overdue', true, 20],
      ['kept-since', false, 0],
      ['open-late', false, 0],
    ]);
    expect(selectPromisesForBrief(promises, 'acc', null, '2025-06-25').map((b) => b.promise.id)).toEqual(['open-overdue', 'open-late']);
  });
});
