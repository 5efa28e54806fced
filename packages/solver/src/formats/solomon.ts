import type { RoutingProblem } from '../model';
import { buildEuclideanMatrix, type ParsedInstance } from './euclid';

/**
 * Parses a Solomon VRPTW file (text → problem). Location 0 is the depot, customer i (0-based) sits at
 * location i + 1. Travel time = distance = exact double Euclidean length (no rounding), as in the
 * literature. `maxCustomers` keeps only the first rows (25/50-customer variants). Throws on malformed text.
 */
export function parseSolomon(text: string, maxCustomers = Infinity): ParsedInstance {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const name = lines.find((l) => l.length > 0) ?? 'solomon';
  const vIdx = lines.findIndex((l) => l.startsWith('VEHICLE'));
  const fleet = lines.slice(vIdx + 1).find((l) => /^\d/.test(l));
  if (vIdx < 0 || !fleet) throw new Error('solomon: VEHICLE section not found');
  const [count, capacity] = fleet.split(/\s+/).map(Number) as [number, number];
  const cIdx = lines.findIndex((l) => l.startsWith('CUSTOMER'));
  const rows = lines.slice(cIdx + 1).filter((l) => /^\d/.test(l)).map((l) => l.split(/\s+/).map(Number));
  if (rows.length < 2) throw new Error('solomon: no customer rows');
  const used = rows.slice(0, Math.min(rows.length, maxCustomers + 1));
  const xs = used.map((r) => r[1]!);
  const ys = used.map((r) => r[2]!);
  const matrix = buildEuclideanMatrix(xs, ys);
  const depot = used[0]!;
  const problem: RoutingProblem = {
    locationCount: used.length,
    durationS: matrix,
    distanceM: matrix,
    customers: used.slice(1).map((r, i) => ({
      location: i + 1,
      demand: r[3]!,
      timeWindows: [{ startS: r[4]!, endS: r[5]! }],
      serviceS: r[6]!,
    })),
    vehicles: Array.from({ length: count }, () => ({
      startLocation: 0,
      endLocation: 0,
      shift: { startS: depot[4]!, endS: depot[5]! },
      capacity,
    })),
  };
  return { name, problem };
}
