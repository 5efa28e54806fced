import { describe, expect, it } from 'vitest';
import { solve } from '@qudao/solver';
import type { PlanAccountInput, PlanSettings } from './cyclic';
import { planRep, startPlace, type SolveRunner } from './planner';
import { greatCircleProvider } from './travel';

const direct: SolveRunner = (problem, options) => ({ result: Promise.resolve(solve(problem, options)), cancel: () => undefined });
const weekdays = (from: number, to: number): [number, number][][] => Array.from({ length: 7 }, (_, d) => (d < 5 ? [[from, to]] : []));
const settings: PlanSettings = { horizonWeeks: 8, workDays: [0, 1, 2, 3, 4], workStartMin: 510, workEndMin: 1050, movePenaltyS: 0 };
const acc = (id: string, cls: 'A' | 'B' | 'C', k: number, extra: Partial<PlanAccountInput> = {}): PlanAccountInput => ({
  id, valueClass: cls, lng: 121 + (k % 7) * 0.03, lat: 31 + Math.floor(k / 7) * 0.03, intervalDays: cls === 'A' ? 14 : cls === 'B' ? 30 : 60,
  serviceS: 45 * 60, openingMin: weekdays(510, 1050), ...extra,
});

describe('cyclic plan for one rep', () => {
  it('gives every account a fixed weekday repeating every interval, routes within the day, A and B first', async () => {
    const accounts = Array.from({ length: 30 }, (_, k) => acc(`a${k}`, k < 6 ? 'A' : k < 14 ? 'B' : 'C', k));
    const plan = await planRep(accounts, startPlace(accounts), settings, greatCircleProvider({ roadFactor: 1.3, speedKmh: 45 }), direct, { timeLimitMs: 1000 });
    expect(plan.unplanned).toEqual([]);
    for (const a of plan.accounts) {
      expect(a.days.every((d) => d % 7 === a.weekday)).toBe(true);
      const gaps = a.days.slice(1).map((d, i) => d - a.days[i]!);
      expect(gaps.every((g) => g === a.periodWeeks * 7)).toBe(true);
    }
    expect(plan.accounts.find((a) => a.id === 'a0')!.days).toHaveLength(4);
    for (const d of plan.days) for (const s of d.stops) expect(s.endMin).toBeLessThanOrEqual(1050);
    expect(plan.visits).toBe(6 * 4 + 8 * 2 + 16 * 1);
  });

  it('lists impossible accounts as unplanned with the reason instead of failing', async () => {
    const tenMinutes: [number, number][][] = [[[600, 610]], [], [], [], [], [], []];
    const accounts = [
      acc('ok', 'A', 1),
      acc('tiny', 'A', 2, { openingMin: tenMinutes }),
      acc('long', 'B', 3, { serviceS: 10 * 3600 }),
      acc('nowhere', 'C', 4, { lng: null, lat: null }),
    ];
    const plan = await planRep(accounts, null, settings, greatCircleProvider({ roadFactor: 1.3, speedKmh: 45 }), direct, { timeLimitMs: 400 });
    expect(plan.accounts.map((a) => a.id)).toEqual(['ok']);
    expect(Object.fromEntries(plan.unplanned.map((u) => [u.id, u.reason]))).toEqual({ tiny: 'OPENING_TOO_SHORT', long: 'DAY_TOO_SHORT', nowhere: 'NO_LOCATION' });
  });

  it('keeps accounts on their previous weekday when moving is penalised', async () => {
    const accounts = Array.from({ length: 20 }, (_, k) => acc(`a${k}`, 'B', k, { previousWeekday: (k % 5) as 0 | 1 | 2 | 3 | 4 }));
    const plan = await planRep(accounts, startPlace(accounts), { ...settings, movePenaltyS: 4 * 3600 }, greatCircleProvider({ roadFactor: 1.3, speedKmh: 45 }), direct, { timeLimitMs: 600 });
    const kept = plan.accounts.filter((a) => a.weekday === accounts.find((x) => x.id === a.id)!.previousWeekday).length;
    expect(kept).toBe(20);
  });
});
