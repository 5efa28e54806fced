import { describe, expect, it } from 'vitest';
import { solve } from '@qudao/solver';
import type { PlanAccountInput, PlanSettings } from './cyclic';
import { planRep, startPlace, type SolveRunner } from './planner';
import { greatCircleMatrix, greatCircleProvider } from './travel';
import { layoutTrips } from './trips';

const direct: SolveRunner = (problem, options) => ({ result: Promise.resolve(solve(problem, options)), cancel: () => undefined });
const gc = { roadFactor: 1.3, speedKmh: 45 };
const open: [number, number][][] = Array.from({ length: 7 }, (_, d) => (d < 5 ? [[510, 1050]] : []));
const settings: PlanSettings = { horizonWeeks: 8, workDays: [0, 1, 2, 3, 4], workStartMin: 510, workEndMin: 1050, movePenaltyS: 0 };
const acc = (id: string, cls: 'A' | 'B' | 'C', lng: number, lat: number, extra: Partial<PlanAccountInput> = {}): PlanAccountInput => ({
  id, valueClass: cls, lng, lat, intervalDays: cls === 'A' ? 14 : cls === 'B' ? 30 : 60, serviceS: 45 * 60, openingMin: open, ...extra,
});
// A home city of 20 accounts and a town ~240 km east (a 7-hour drive at 45 km/h × 1.3) with 6 A accounts.
const home = Array.from({ length: 20 }, (_, k) => acc(`h${k}`, k < 8 ? 'A' : 'C', 121 + (k % 5) * 0.02, 31 + Math.floor(k / 5) * 0.02));
const town = Array.from({ length: 6 }, (_, k) => acc(`t${k}`, 'A', 123.5 + (k % 3) * 0.02, 31 + Math.floor(k / 3) * 0.02));

describe('overnight trips', () => {
  it('puts the home base where the accounts are densest, not at their centroid', () => {
    const h = startPlace([...home, ...town])!;
    expect(h.lng).toBeLessThan(121.1);
  });

  it('serves far accounts on repeating trips with hotel nights and counts every drive', async () => {
    const start = startPlace([...home, ...town])!;
    const without = await planRep([...home, ...town], start, settings, greatCircleProvider(gc), direct, { timeLimitMs: 800 });
    // Out and back is longer than the working day: no day trip can reach the town.
    expect(without.unplanned.filter((u) => u.id.startsWith('t')).map((u) => u.reason)).toEqual(Array(6).fill('DAY_TOO_SHORT'));

    const plan = await planRep([...home, ...town], start, { ...settings, overnight: { dayTripMaxMin: 90 } }, greatCircleProvider(gc), direct, { timeLimitMs: 1500 });
    expect(plan.unplanned).toEqual([]);
    expect(plan.trips).toHaveLength(1);
    const trip = plan.trips![0]!;
    expect(trip.periodWeeks).toBe(2);
    expect(trip.weekdays.length).toBeGreaterThanOrEqual(2);
    for (const a of plan.accounts.filter((x) => x.id.startsWith('t'))) {
      expect(trip.weekdays).toContain(a.weekday);
      expect(a.days.every((d) => Math.floor(d / 7) % 2 === trip.firstWeek)).toBe(true);
    }
    // Every occurrence drives home → town and back: at least 4 × 2 × the direct drive.
    const m = greatCircleMatrix([start, { lng: town[0]!.lng!, lat: town[0]!.lat! }], gc);
    expect(plan.travelS).toBeGreaterThan(4 * 2 * m.durationS[1]! * 0.95);
    // No day is longer than the working day.
    for (const d of plan.days) for (const s of d.stops) expect(s.endMin).toBeLessThanOrEqual(1050);
  });

  it('repairs a far account whose trip finds no room: served from home when a long day trip fits, else unplanned for capacity', () => {
    // One working day a week, taken by the A accounts near home: no calendar room for any trip.
    const busy = Array.from({ length: 25 }, (_, k) => acc(`b${k}`, 'A', 121 + (k % 5) * 0.01, 31 + Math.floor(k / 5) * 0.01));
    const near = acc('near', 'A', 121.62, 31); // ~100 min away: beyond the 90-min day-trip limit, yet out and back fits a day
    const far = acc('far', 'A', 123.5, 31); // ~7 h away: only a trip can serve it
    const all = [...busy, near, far];
    const s: PlanSettings = { ...settings, horizonWeeks: 2, workDays: [0], overnight: { dayTripMaxMin: 90 } };
    const start = { lng: 121.02, lat: 31.02 };
    const m = greatCircleMatrix([start, ...all.map((a) => ({ lng: a.lng!, lat: a.lat! }))], gc);
    expect(m.durationS[all.indexOf(near) + 1]! / 60).toBeGreaterThan(90);
    const layout = layoutTrips(all, s, m);
    expect(layout.trips).toEqual([]);
    expect(layout.unplaced.has('near')).toBe(false);
    expect(layout.baseOf.has('near')).toBe(false);
    expect(layout.unplaced.has('far')).toBe(true);
  });

  it('still lists impossible accounts with their reason, not an error', async () => {
    const accounts = [
      ...home.slice(0, 3),
      acc('tiny', 'A', 121.01, 31.01, { openingMin: [[[600, 610]], [], [], [], [], [], []] }),
      acc('long', 'B', 121.02, 31.01, { serviceS: 10 * 3600 }),
      acc('moon', 'A', 140, 50),
      acc('nowhere', 'C', 0, 0, { lng: null, lat: null }),
    ];
    const s = { ...settings, overnight: { dayTripMaxMin: 90 } };
    const plan = await planRep(accounts, null, s, greatCircleProvider(gc), direct, { timeLimitMs: 400 });
    expect(plan.accounts.map((a) => a.id).sort()).toEqual(['h0', 'h1', 'h2']);
    // The moon is farther than a working day's drive even with hotel nights.
    expect(Object.fromEntries(plan.unplanned.map((u) => [u.id, u.reason]))).toEqual({ tiny: 'OPENING_TOO_SHORT', long: 'DAY_TOO_SHORT', moon: 'DAY_TOO_SHORT', nowhere: 'NO_LOCATION' });
    // A 30-minute working day is shorter than one 45-minute visit: nothing fits, and that is a result.
    const short = await planRep(accounts, null, { ...s, workEndMin: 540 }, greatCircleProvider(gc), direct, { timeLimitMs: 400 });
    expect(short.accounts).toEqual([]);
    expect(short.unplanned).toHaveLength(accounts.length);
    expect(short.unplanned.find((u) => u.id === 'nowhere')!.reason).toBe('NO_LOCATION');
  });

  it('re-planning keeps the same weekdays and slots (±60 min) of unchanged accounts', async () => {
    const all = [...home, ...town];
    const start = startPlace(all)!;
    const s = { ...settings, overnight: { dayTripMaxMin: 90 } };
    const first = await planRep(all, start, s, greatCircleProvider(gc), direct, { timeLimitMs: 1200 });
    const prev = new Map(first.accounts.map((a) => [a.id, a]));
    const next: PlanAccountInput[] = all.map((a) => ({ ...a, previousWeekday: prev.get(a.id)?.weekday, previousFirstWeek: prev.get(a.id)?.firstWeek, previousSlotMin: prev.get(a.id)?.slotMin }));
    next.push(acc('new', 'B', 121.03, 31.03));
    const again = await planRep(next, start, { ...s, movePenaltyS: 7200, fixWeekdays: true, previousTrips: first.trips, slotToleranceMin: 60 }, greatCircleProvider(gc), direct, { timeLimitMs: 1200 });
    expect(again.accounts.some((a) => a.id === 'new')).toBe(true);
    const kept = again.accounts.filter((x) => prev.has(x.id));
    expect(kept).toHaveLength(first.accounts.length);
    for (const a of kept) expect(a.weekday).toBe(prev.get(a.id)!.weekday);
    const slotKept = kept.filter((a) => Math.abs(a.slotMin - prev.get(a.id)!.slotMin) <= 60).length;
    expect(slotKept / kept.length).toBeGreaterThanOrEqual(0.8);
  });
});
