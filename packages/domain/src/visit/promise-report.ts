import type { LocalDate } from '../shared/local-date';
import { roundTo1 } from '../shared/money';
import { getPromiseDaysOverdue, type VisitPromise } from './promise';

/** Promise counts of one owner for promises due in a period, and the keeping rate. */
export interface PromiseKeepingStats {
  ownerId: string;
  kept: number;
  /** Of `kept`, those ended after their due date. */
  keptLate: number;
  broken: number;
  overdueOpen: number;
  /** Open and not yet past due: not counted in the rate. */
  openNotDue: number;
  /** Not counted in the rate: withdrawing is not failing, but it is shown. */
  withdrawn: number;
  /** kept ÷ (kept + broken + overdueOpen) × 100, one decimal; null when nothing counted. */
  keepingRatePercent: number | null;
}

/**
 * Promise-keeping rate per owner (R3.5) over promises due within [fromDate, toDate], judged on
 * `today`: rate = kept ÷ (kept + broken + overdue-open). A promise kept late still counts as kept
 * (and in `keptLate`); withdrawn and not-yet-due promises are left out of the rate. Sorted by ownerId.
 */
export function computePromiseKeepingRates(promises: readonly VisitPromise[], fromDate: LocalDate, toDate: LocalDate, today: LocalDate): PromiseKeepingStats[] {
  const byOwner = new Map<string, PromiseKeepingStats>();
  for (const p of promises) {
    if (p.dueOn < fromDate || p.dueOn > toDate) continue;
    const s = byOwner.get(p.ownerId) ?? { ownerId: p.ownerId, kept: 0, keptLate: 0, broken: 0, overdueOpen: 0, openNotDue: 0, withdrawn: 0, keepingRatePercent: null };
    if (p.status === 'kept') {
      s.kept += 1;
      if (p.closedOn !== null && p.closedOn > p.dueOn) s.keptLate += 1;
    } else if (p.status === 'broken') s.broken += 1;
    else if (p.status === 'withdrawn') s.withdrawn += 1;
    else if (getPromiseDaysOverdue(p, today) > 0) s.overdueOpen += 1;
    else s.openNotDue += 1;
    byOwner.set(p.ownerId, s);
  }
  return [...byOwner.values()]
    .map((s) => {
      const counted = s.kept + s.broken + s.overdueOpen;
      return { ...s, keepingRatePercent: counted > 0 ? roundTo1((s.kept / counted) * 100) : null };
    })
    .sort((a, b) => (a.ownerId < b.ownerId ? -1 : a.ownerId > b.ownerId ? 1 : 0));
}

/** A promise as the pre-visit brief shows it. */
export interface BriefPromise {
  promise: VisitPromise;
  overdue: boolean;
  daysOverdue: number;
}

/**
 * The promises the next brief for `accountId` must show (R3.1 question 6): every open promise, and
 * those that came due since the last visit (due after `lastVisitOn`, up to `today`) whatever their
 * outcome, so the rep sees what was kept or broken meanwhile. Withdrawn ones are left out. Sorted by
 * due date, then id. With no previous visit, only open promises.
 */
export function selectPromisesForBrief(promises: readonly VisitPromise[], accountId: string, lastVisitOn: LocalDate | null, today: LocalDate): BriefPromise[] {
  return promises
    .filter((p) => p.accountId === accountId && p.status !== 'withdrawn')
    .filter((p) => p.status === 'open' || (lastVisitOn !== null && p.dueOn > lastVisitOn && p.dueOn <= today))
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((promise) => {
      const daysOverdue = getPromiseDaysOverdue(promise, today);
      return { promise, overdue: daysOverdue > 0, daysOverdue };
    });
}

/** Open promises past due on `today`, most overdue first (then id): the alert list for reps and managers. */
export function listOverduePromises(promises: readonly VisitPromise[], today: LocalDate): BriefPromise[] {
  return promises
    .map((promise) => ({ promise, daysOverdue: getPromiseDaysOverdue(promise, today) }))
    .filter((x) => x.daysOverdue > 0)
    .sort((a, b) => b.daysOverdue - a.daysOverdue || (a.promise.id < b.promise.id ? -1 : 1))
    .map((x) => ({ ...x, overdue: true }));
}
