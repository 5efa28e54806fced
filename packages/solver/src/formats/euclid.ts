import type { RoutingProblem } from '../model';

/** Builds a symmetric Euclidean matrix (row-major) from coordinates; `round` maps each exact length. */
export function buildEuclideanMatrix(xs: number[], ys: number[], round: (d: number) => number = (d) => d): Float64Array {
  const n = xs.length;
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = round(Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!));
      m[i * n + j] = d;
      m[j * n + i] = d;
    }
  }
  return m;
}

/** A parsed benchmark instance: its name and the routing problem it defines. */
export interface ParsedInstance {
  name: string;
  problem: RoutingProblem;
}
