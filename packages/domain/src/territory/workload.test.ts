import { describe, expect, it } from 'vitest';
import { computeSizing } from './sizing';
import { commuteHoursPerDay, computeUnitWorkload, defaultWorkloadConfig, repCapacityHours, sumTerritoryWorkload } from './workload';

describe('territory workload (R1.2–R1.4)', () => {
  it('counts visits per class interval, provisional class for unclassified accounts, and hours', () => {
    const w = computeUnitWorkload(
      [
        { kind: 'distributor', valueClass: 'A', effectiveVisits: 2 },
        { kind: 'distributor', valueClass: null, effectiveVisits: 0 }, // provisional B
        { kind: 'end_user', valueClass: null, effectiveVisits: 1 }, // provisional C
      ],
      0,
    );
    expect(w.byClass).toEqual({ A: 1, B: 1, C: 1 });
    const perMonth = (days: number) => 365.25 / 12 / days;
    expect(w.visitsPerMonth).toBeCloseTo(perMonth(14) + perMonth(30) + perMonth(60));
    expect(w.visitHours).toBeCloseTo(perMonth(14) * 2.5 + perMonth(30) * 2 + perMonth(60) * 1);
    expect(w.travelHours).toBe(0); // no area, no travel inside the unit
    expect(w.effectiveVisits).toBe(3);
  });

  it('adds travel growing with the square root of the area', () => {
    const acc = Array.from({ length: 8 }, () => ({ kind: 'end_user' as const, valueClass: 'B' as const, effectiveVisits: 0 }));
    const small = computeUnitWorkload(acc, 1000);
    const big = computeUnitWorkload(acc, 4000);
    expect(big.travelHours).toBeCloseTo(small.travelHours * 2);
    expect(computeUnitWorkload([], 4000).hours).toBe(0);
  });

  it('sums territories with a capped commute and gives utilisation against capacity', () => {
    expect(repCapacityHours()).toBeCloseTo(142.8);
    expect(commuteHoursPerDay(1e7)).toBe(defaultWorkloadConfig.maxCommuteHoursPerDay);
    const u = computeUnitWorkload([{ kind: 'distributor', valueClass: 'A', effectiveVisits: 0 }], 500);
    const t = sumTerritoryWorkload([u, u]);
    expect(t.visitHours).toBeCloseTo(2 * u.visitHours);
    expect(t.travelHours).toBeGreaterThan(2 * u.travelHours);
    expect(t.utilisationPct).toBeCloseTo((t.hours / 142.8) * 100);
  });

  it('sizes the force: the busiest rep at most 100 % with one rep fewer over 100 %', () => {
    const acc = Array.from({ length: 40 }, () => ({ kind: 'distributor' as const, valueClass: 'A' as const, effectiveVisits: 0 }));
    const units = Array.from({ length: 10 }, () => computeUnitWorkload(acc, 5000));
    const s = computeSizing(units, 0.05);
    const at = (r: number) => s.curve.find((p) => p.reps === r)!;
    expect(at(s.repsNeeded).highestUtilisationPct).toBeLessThanOrEqual(100);
    expect(at(s.repsNeeded - 1).highestUtilisationPct).toBeGreaterThan(100);
    expect(at(s.repsNeeded + 1).travelHours).toBeLessThan(at(s.repsNeeded).travelHours);
  });
});
