import { describe, expect, it } from 'vitest';
import type { PlanDetailWithSettings } from '@qudao/contract';
import { planningMessages } from './messages';
import { calendarGrid, dayLoads, hhmm, movedAccounts, weekFigures } from './plan-view';

const settings = { horizonWeeks: 2, workDays: [0, 2], workStartMin: 510, workEndMin: 1050, maxMovedPct: 10, visitMinutes: { distributor: 90, sub_dealer: 60, end_user: 45 } };
const account = (id: string, weekday: number | null) => ({ id, name: `客户${id}`, kind: 'end_user', valueClass: 'A', lng: 123, lat: 41, weekday, periodWeeks: 1, firstWeek: 0, slotMin: 540 });
const plan = (weekdays: Record<string, number | null>): PlanDetailWithSettings => ({
  id: 'p', repId: 'r', status: 'draft', startDate: '2026-11-23', horizonWeeks: 2, createdAt: '2026-11-28T00:00:00Z', approvedAt: null, settings,
  summary: { visits: 4, travelS: 7200, distanceM: 80_000, workS: 36_000, accounts: 3, planned: 2, unplanned: [{ id: 'c', reason: 'NO_CAPACITY' }], moved: [] },
  accounts: Object.entries(weekdays).map(([id, wd]) => account(id, wd)),
  days: [
    { day: 0, date: '2026-11-23', stops: [{ accountId: 'a', seq: 1, startMin: 540, endMin: 585, travelS: 1800, distanceM: 20_000 }, { accountId: 'b', seq: 2, startMin: 600, endMin: 660, travelS: 900, distanceM: 10_000 }] },
    { day: 9, date: '2026-12-02', stops: [{ accountId: 'a', seq: 1, startMin: 540, endMin: 585, travelS: 1800, distanceM: 20_000 }] },
  ],
});

describe('plan views', () => {
  it('lists every working day of the horizon with visit and travel hours, empty days as zero', () => {
    const loads = dayLoads(plan({ a: 0, b: 0 }));
    expect(loads.map((d) => d.date)).toEqual(['2026-11-23', '2026-11-25', '2026-11-30', '2026-12-02']);
    expect(loads[0]).toMatchObject({ stops: 2, visitH: 1.8, travelH: 0.8, km: 30 });
    expect(loads[1]).toMatchObject({ stops: 0, visitH: 0, travelH: 0 });
  });

  it('lays the stops out as weeks × working weekdays with names and slots', () => {
    const grid = calendarGrid(plan({ a: 0, b: 0 }));
    expect(grid.weekdays).toEqual([0, 2]);
    expect(grid.weeks).toHaveLength(2);
    expect(grid.weeks[0]![0]!.stops.map((s) => `${hhmm(s.startMin)} ${s.name}`)).toEqual(['09:00 客户a', '10:00 客户b']);
    expect(grid.weeks[1]![1]!.date).toBe('2026-12-02');
  });

  it('compares per week and names the accounts that change weekday', () => {
    expect(weekFigures(plan({}))).toEqual({ visits: 2, km: 40, travelH: 1, workH: 5, planned: 2, unplanned: 1 });
    const moved = movedAccounts(plan({ a: 2, b: 0, c: null }), plan({ a: 0, b: 0, c: 1 }));
    expect(moved).toEqual([{ id: 'a', name: '客户a', from: 0, to: 2 }]);
  });

  it('has seven weekday names in both languages', () => {
    expect(planningMessages['zh-CN'].weekdays.split(',')).toHaveLength(7);
    expect(planningMessages.en.weekdays.split(',')).toHaveLength(7);
  });
});
