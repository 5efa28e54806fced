import type { RoutingProblem } from '../model';
import { buildEuclideanMatrix, type ParsedInstance } from './euclid';

/** Horizon used where a benchmark has no time limit (seconds): large but finite for validation. */
export const OPEN_HORIZON_S = 1e12;

/**
 * Parses a TSPLIB file with EDGE_WEIGHT_TYPE EUC_2D (text → problem): node i is location i−1; node 1 is
 * the start and end of the single vehicle, the other nodes are customers. With one fixed edge a–b
 * (linhp318) the problem is the Hamiltonian path from a to b, whose length is the published optimum. Distances follow the
 * TSPLIB nint rule per edge, so tour lengths are integers comparable with published optima.
 */
export function parseTsplib(text: string): ParsedInstance {
  const lines = text.split(/\r?\n/);
  let name = 'tsplib';
  let type = '';
  const xs: number[] = [];
  const ys: number[] = [];
  const fixed: number[] = [];
  let section = '';
  for (const raw of lines) {
    const l = raw.trim();
    if (l === '' || l === 'EOF') continue;
    const kv = /^([A-Z_]+)\s*:\s*(.*)$/.exec(l);
    if (kv) {
      if (kv[1] === 'NAME') name = kv[2]!.trim();
      if (kv[1] === 'EDGE_WEIGHT_TYPE') type = kv[2]!.trim();
      section = '';
      continue;
    }
    if (/^[A-Z_]+$/.test(l)) {
      section = l;
      continue;
    }
    if (section === 'FIXED_EDGES_SECTION') {
      for (const x of l.split(/\s+/).map(Number)) if (x !== -1) fixed.push(x - 1);
      continue;
    }
    if (section === 'NODE_COORD_SECTION') {
      const parts = l.split(/\s+/).map(Number);
      xs.push(parts[1]!);
      ys.push(parts[2]!);
    }
  }
  if (type !== 'EUC_2D') throw new Error(`tsplib: EDGE_WEIGHT_TYPE ${type || '(missing)'} is not supported (EUC_2D only)`);
  if (xs.length < 2) throw new Error('tsplib: fewer than two nodes');
  const matrix = buildEuclideanMatrix(xs, ys, (d) => Math.floor(d + 0.5));
  if (fixed.length !== 0 && fixed.length !== 2) throw new Error('tsplib: only one fixed edge (a Hamiltonian path) is supported');
  // One fixed edge a–b (linhp318): the published optimum is the Hamiltonian path from a to b.
  const [from, to] = fixed.length === 2 ? [fixed[0]!, fixed[1]!] : [0, 0];
  const problem: RoutingProblem = {
    locationCount: xs.length,
    durationS: matrix,
    distanceM: matrix,
    customers: xs.map((_, i) => i).filter((i) => i !== from && i !== to).map((i) => ({ location: i, serviceS: 0 })),
    vehicles: [{ startLocation: from, endLocation: to, shift: { startS: 0, endS: OPEN_HORIZON_S } }],
  };
  return { name, problem };
}
