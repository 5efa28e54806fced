import type { Solution } from '../model';
import { parseCordeau } from './cordeau';
import type { ParsedInstance } from './euclid';
import { parseSolomon } from './solomon';
import { parseTsplib } from './tsplib';

export { parseCordeau, parseCordeauSolution, decodeCordeauPattern } from './cordeau';
export { parseSolomon } from './solomon';
export { parseTsplib } from './tsplib';
export type { ParsedInstance } from './euclid';

/** Public benchmark file formats understood by `parseInstance`. */
export type InstanceFormat = 'solomon' | 'tsplib' | 'cordeau';

/** Parses instance text in the given format (pure: text → problem). `name` is used when the file has none. */
export function parseInstance(format: InstanceFormat, text: string, name: string): ParsedInstance {
  if (format === 'solomon') return parseSolomon(text);
  if (format === 'tsplib') return parseTsplib(text);
  return parseCordeau(text, name);
}

/**
 * The benchmark's own objective of a solution: total travelled distance in the file's units, double
 * precision (TSPLIB distances are already rounded per edge, so the value is an integer there).
 */
export function benchmarkCost(s: Solution): number {
  return s.cost.distanceM;
}

/** Number of vehicles a plan needs: routes used (single day) or the most routes on any day (periodic). */
export function vehiclesUsed(s: Solution): number {
  const perDay = new Map<number, number>();
  for (const r of s.routes) if (r.customers.length > 0) perDay.set(r.day, (perDay.get(r.day) ?? 0) + 1);
  return Math.max(0, ...perDay.values());
}
