import { describe, expect, it } from 'vitest';
import { listChinaUnits } from './china-units';
import { isPointInArea } from './point-in-area';
import type { PolygonGeometry } from './china-geojson';

describe('isPointInArea', () => {
  const square = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]] } as PolygonGeometry;

  it('tells inside, outside and inside a hole apart', () => {
    expect(isPointInArea(1, 1, square)).toBe(true);
    expect(isPointInArea(11, 1, square)).toBe(false);
    expect(isPointInArea(5, 5, square)).toBe(false);
  });

  it('puts Dalian city centre on land in 大连市 and the Bohai Sea outside it', () => {
    const dalian = listChinaUnits().find((u) => u.name === '大连市');
    expect(dalian).toBeDefined();
    expect(isPointInArea(121.61, 38.91, dalian!.geometry)).toBe(true);
    expect(isPointInArea(120.5, 38.6, dalian!.geometry)).toBe(false);
  });
});
