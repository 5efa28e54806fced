import type { UnitWorkload } from './workload';
import { commuteHoursPerDay, defaultWorkloadConfig, repCapacityHours, type WorkloadConfig } from './workload';

/** One point of the sizing curve. */
export interface SizingPoint {
  reps: number;
  /** Utilisation of the busiest rep when territories are balanced within the tolerance, percent. */
  highestUtilisationPct: number;
  /** Mean utilisation, percent. */
  meanUtilisationPct: number;
  /** Total travel hours per month of all reps. */
  travelHours: number;
}

/** Sales-force sizing (R1): reps needed and the curve around it. */
export interface Sizing {
  totalHours: number;
  capacityHours: number;
  /** ⌈workload ÷ capacity⌉ with the balance tolerance on the busiest rep. */
  repsNeeded: number;
  curve: SizingPoint[];
}

/**
 * Reps needed = workload ÷ capacity, where workload includes the commute, which shrinks as the region is
 * split among more reps (each territory ≈ area ÷ reps). The busiest rep carries the mean × (1 + tolerance).
 */
export function computeSizing(units: readonly UnitWorkload[], tolerance = 0.05, config: WorkloadConfig = defaultWorkloadConfig, maxReps = 60): Sizing {
  const capacityHours = repCapacityHours(config);
  const visitHours = units.reduce((s, u) => s + u.visitHours, 0);
  const inUnitTravel = units.reduce((s, u) => s + u.travelHours, 0);
  const visitDays = units.reduce((s, u) => s + u.visitsPerMonth, 0) / config.visitsPerDay;
  const areaKm2 = units.reduce((s, u) => s + u.areaKm2, 0);
  const point = (reps: number): SizingPoint => {
    const travelHours = inUnitTravel + visitDays * commuteHoursPerDay(areaKm2 / reps, config);
    const mean = (visitHours + travelHours) / reps / capacityHours;
    return { reps, highestUtilisationPct: mean * (1 + tolerance) * 100, meanUtilisationPct: mean * 100, travelHours };
  };
  let repsNeeded = 1;
  while (repsNeeded < maxReps && point(repsNeeded).highestUtilisationPct > 100) repsNeeded++;
  const from = Math.max(1, repsNeeded - 4);
  const curve = Array.from({ length: Math.min(maxReps, repsNeeded + 4) - from + 1 }, (_, i) => point(from + i));
  return { totalHours: visitHours + point(repsNeeded).travelHours, capacityHours, repsNeeded, curve };
}
