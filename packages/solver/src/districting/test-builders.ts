import type { AdjacencyEdge, DistrictingProblem, DistrictingUnit } from './types';

/**
 * Test data builder: a width × height grid of 1 km square cells (rook adjacency, 1 km borders), unit i at
 * column i % width and row ⌊i / width⌋, measure values from `weights` (default 1 each).
 */
export function buildGridProblem(
  width: number,
  height: number,
  k: number,
  weights: (i: number) => number[] = () => [1],
): DistrictingProblem {
  const units: DistrictingUnit[] = [];
  const adjacency: AdjacencyEdge[] = [];
  for (let i = 0; i < width * height; i++) {
    const col = i % width;
    const row = Math.floor(i / width);
    units.push({ measures: weights(i), xM: col * 1000, yM: row * 1000, areaM2: 1e6, perimeterM: 4000 });
    if (col + 1 < width) adjacency.push({ a: i, b: i + 1, borderM: 1000 });
    if (row + 1 < height) adjacency.push({ a: i, b: i + width, borderM: 1000 });
  }
  return { units, adjacency, k };
}
