import { describe, expect, test } from 'vitest';
import { computeAdjacencyFromPolygons, measureRing, projectLngLatToLocalM } from './geometry';

const square = (x: number, y: number, size = 1000): [number, number][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('geometry helpers', () => {
  test('one degree of latitude projects to about 111.2 km north of the origin', () => {
    const [a, b] = projectLngLatToLocalM([[116.4, 39.9], [116.4, 40.9]], [116.4, 39.9]);
    expect(a).toEqual({ xM: 0, yM: 0 });
    expect(b!.yM).toBeCloseTo(111_195, -1);
    expect(Math.abs(b!.xM)).toBeLessThan(1e-6);
  });

  test('a 1 km square has 1 km² area, 4 km perimeter and its centre as centroid', () => {
    const r = measureRing(square(0, 0));
    expect(r.areaM2).toBeCloseTo(1e6);
    expect(r.perimeterM).toBeCloseTo(4000);
    expect(r.centroid.xM).toBeCloseTo(500);
    expect(r.centroid.yM).toBeCloseTo(500);
  });

  test('2×2 squares: side neighbours share 1 km of border, diagonal ones are not adjacent', () => {
    const edges = computeAdjacencyFromPolygons([square(0, 0), square(1000, 0), square(0, 1000), square(1000, 1000)]);
    expect(edges.map((e) => [e.a, e.b])).toEqual([[0, 1], [0, 2], [1, 3], [2, 3]]);
    for (const e of edges) expect(e.borderM).toBeCloseTo(1000);
  });

  test('neighbours match without identical vertices when the gap is under the tolerance', () => {
    const left = square(0, 0);
    const right: [number, number][] = [[1010, -300], [2000, -300], [2000, 1300], [1010, 1300], [1010, -300]];
    const [edge] = computeAdjacencyFromPolygons([left, right]);
    expect(edge).toMatchObject({ a: 0, b: 1 });
    expect(computeAdjacencyFromPolygons([left, right], { toleranceM: 5 })).toEqual([]);
  });
});
