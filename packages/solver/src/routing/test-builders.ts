// Builders of small random problems for tests (deterministic from a seed).
import type { RoutingProblem } from '../model';
import { Rng } from '../random';
import { buildEuclideanMatrix } from '../formats/euclid';

/** Options of `buildRandomProblem`. */
export interface RandomProblemOptions {
  customers: number;
  vehicles: number;
  /** Window width in time units; Infinity = no windows. */
  windowWidth?: number;
  capacity?: number;
  maxWorkS?: number;
  horizonS?: number;
}

/** A random Euclidean problem on a 100 × 100 square, depot at location 0. */
export function buildRandomProblem(seed: number, o: RandomProblemOptions): RoutingProblem {
  const rng = new Rng(seed);
  const n = o.customers + 1;
  const xs = Array.from({ length: n }, () => Math.round(rng.next() * 100));
  const ys = Array.from({ length: n }, () => Math.round(rng.next() * 100));
  const m = buildEuclideanMatrix(xs, ys);
  const horizon = o.horizonS ?? 1000;
  const width = o.windowWidth ?? Infinity;
  return {
    locationCount: n,
    durationS: m,
    distanceM: m,
    customers: Array.from({ length: o.customers }, (_, i) => {
      const start = Math.round(rng.next() * (horizon - 200));
      return {
        location: i + 1,
        serviceS: 5,
        demand: 1 + rng.int(10),
        ...(Number.isFinite(width) ? { timeWindows: [{ startS: start, endS: start + width }] } : {}),
      };
    }),
    vehicles: Array.from({ length: o.vehicles }, () => ({
      startLocation: 0,
      endLocation: 0,
      shift: { startS: 0, endS: horizon },
      ...(o.capacity !== undefined ? { capacity: o.capacity } : {}),
      ...(o.maxWorkS !== undefined ? { maxWorkS: o.maxWorkS } : {}),
    })),
  };
}

/** A problem from explicit points (x, y); first point is the depot; one vehicle unless given. */
export function buildPointsProblem(points: [number, number][], vehicles = 1): RoutingProblem {
  const m = buildEuclideanMatrix(points.map((p) => p[0]), points.map((p) => p[1]));
  return {
    locationCount: points.length,
    durationS: m,
    distanceM: m,
    customers: points.slice(1).map((_, i) => ({ location: i + 1, serviceS: 0 })),
    vehicles: Array.from({ length: vehicles }, () => ({ startLocation: 0, endLocation: 0, shift: { startS: 0, endS: 1e9 } })),
  };
}
