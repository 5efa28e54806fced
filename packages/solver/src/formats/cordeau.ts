import type { RouteInput, RoutingProblem } from '../model';
import { buildEuclideanMatrix, type ParsedInstance } from './euclid';
import { OPEN_HORIZON_S } from './tsplib';

/** Decodes a Cordeau pattern code over `t` days: day k (1-based) ↔ bit 2^(t−k); returns 0-based days. */
export function decodeCordeauPattern(code: number, t: number): number[] {
  const days: number[] = [];
  for (let k = 1; k <= t; k++) if (Math.floor(code / 2 ** (t - k)) % 2 === 1) days.push(k - 1);
  return days;
}

/**
 * Parses a Cordeau PVRP instance (type 1): m vehicles per day, per-day duration limit D (0 = none,
 * duration = travel + service) and capacity Q, customers with service time, demand per visit and allowed
 * patterns. Customer i (1-based in the file) is customer i−1 at location i. Frequency 0 → a visit is optional (empty pattern allowed).
 * Distances are exact double Euclidean. Throws on malformed text or day-dependent limits.
 */
export function parseCordeau(text: string, name = 'cordeau'): ParsedInstance {
  const tok = text.split(/\s+/).filter((s) => s.length > 0).map(Number);
  let at = 0;
  const next = () => {
    if (at >= tok.length) throw new Error('cordeau: unexpected end of file');
    return tok[at++]!;
  };
  const type = next(), m = next(), n = next(), t = next();
  if (type !== 1) throw new Error(`cordeau: problem type ${type} is not PVRP (1)`);
  const limits = Array.from({ length: t }, () => [next(), next()] as const);
  const [dMax, q] = limits[0]!;
  if (limits.some(([d, c]) => d !== dMax || c !== q)) throw new Error('cordeau: day-dependent limits are not supported');
  const xs: number[] = [], ys: number[] = [];
  const customers: RoutingProblem['customers'] = [];
  for (let i = 0; i <= n; i++) {
    next();
    xs.push(next());
    ys.push(next());
    const service = next(), demand = next(), f = next(), a = next();
    const codes = Array.from({ length: a }, () => next());
    if (i === 0) continue;
    // Frequency 0 (p11, customer 131): no visit required, but Cordeau's own solution visits it once on a
    // listed day, so the listed patterns stay allowed next to the empty one.
    const listed = codes.map((c) => decodeCordeauPattern(c, t));
    const patterns = f === 0 ? [[], ...listed] : listed;
    customers.push({ location: i, serviceS: service, demand, frequency: { patterns } });
  }
  const matrix = buildEuclideanMatrix(xs, ys);
  const problem: RoutingProblem = {
    locationCount: n + 1,
    durationS: matrix,
    distanceM: matrix,
    customers,
    vehicles: Array.from({ length: m }, () => ({
      startLocation: 0,
      endLocation: 0,
      shift: { startS: 0, endS: OPEN_HORIZON_S },
      capacity: q,
      ...(dMax > 0 ? { maxWorkS: dMax } : {}),
    })),
    periodic: { horizonDays: t, workingDays: Array.from({ length: t }, () => true), firstWeekday: 0 },
  };
  return { name, problem };
}

/**
 * Parses a Cordeau `.res` solution: first token the total cost, then lines
 * `day vehicle duration load 0 c1 … 0`. Returns the stated cost and routes as customer indices (0-based).
 */
export function parseCordeauSolution(text: string): { statedCost: number; routes: RouteInput[] } {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  const statedCost = Number(lines[0]);
  const routes = lines.slice(1).map((l) => {
    const p = l.split(/\s+/).map(Number);
    const stops = p.slice(4).filter((x) => x !== 0);
    return { day: p[0]! - 1, vehicle: p[1]! - 1, customers: stops.map((c) => c - 1) };
  });
  return { statedCost, routes };
}
