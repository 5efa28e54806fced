import type { RoutingProblem } from '../model';
import { buildEuclideanMatrix, type ParsedInstance } from './euclid';

/** Horizon used where a benchmark has no time limit (seconds): large but finite for validation. */
export const OPEN_HORIZON_S = 1e12;

/**
 * Parses a TSPLIB file with EDGE_WEIGHT_TYPE EUC_2D (text → problem): node 1 becomes the depot
 * (location 0, start and end of the single vehicle), nodes 2…n are customers. Distances follow the
 * TSPLIB nint rule per edge, so tour lengths are integers comparable with published optima.
 */
export function parseTsplib(text: string): ParsedInstance {
  const lines = text.split(/\r?\n/);
  let name = 'tsplib';
  let type = '';
  const xs: number[] = [];
  const ys: number[] = [];
  let inCoords = false;
  for (const raw of lines) {
    const l = raw.trim();
    if (l === '' || l === 'EOF') continue;
    const kv = /^([A-Z_]+)\s*:\s*(.*)$/.exec(l);
    if (kv) {
      if (kv[1] === 'NAME') name = kv[2]!.trim();
      if (kv[1] === 'EDGE_WEIGHT_TYPE') type = kv[2]!.trim();
      inCoords = false;
      continue;
    }
    if (l === 'NODE_COORD_SECTION') {
      inCoords = true;
      continue;
    }
    if (inCoords) {
      const parts = l.split(/\s+/).map(Number);
      xs.push(parts[1]!);
      ys.push(parts[2]!);
    }
  }
  if (type !== 'EUC_2D') throw new Error(`tsplib: EDGE_WEIGHT_TYPE ${type || '(missing)'} is not supported (EUC_2D only)`);
  if (xs.length < 2) throw new Error('tsplib: fewer than two nodes');
  const matrix = buildEuclideanMatrix(xs, ys, (d) => Math.floor(d + 0.5));
  const problem: RoutingProblem = {
    locationCount: xs.length,
    durationS: matrix,
    distanceM: matrix,
    customers: xs.slice(1).map((_, i) => ({ location: i + 1, serviceS: 0 })),
    vehicles: [{ startLocation: 0, endLocation: 0, shift: { startS: 0, endS: OPEN_HORIZON_S } }],
  };
  return { name, problem };
}
