import { describe, expect, it } from 'vitest';
import { simplifyGeometry, simplifyLine } from './simplify';

describe('Douglas–Peucker simplification', () => {
  it('drops points closer than the tolerance and keeps the end points and corners', () => {
    const line: [number, number][] = [[0, 0], [1, 0.001], [2, -0.001], [3, 0], [3, 3]];
    expect(simplifyLine(line, 0.01)).toEqual([[0, 0], [3, 0], [3, 3]]);
  });

  it('keeps a tiny polygon by lowering the tolerance instead of losing it', () => {
    const square: [number, number][] = [[0, 0], [0.001, 0], [0.001, 0.001], [0, 0.001], [0, 0]];
    const out = simplifyGeometry({ type: 'Polygon', coordinates: [square] }, 0.01);
    expect(out.type).toBe('Polygon');
    expect(out.coordinates[0]!.length).toBeGreaterThanOrEqual(4);
  });
});
