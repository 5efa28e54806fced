import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedProvider, greatCircleM, greatCircleMatrix, osrmProvider, type LngLat } from './travel';

const pts: LngLat[] = [
  { lng: 121.4737, lat: 31.2304 },
  { lng: 120.1551, lat: 30.2741 },
  { lng: 118.7969, lat: 32.0603 },
];
const gc = { roadFactor: 1.3, speedKmh: 45 };

describe('great-circle travel matrix', () => {
  it('is distance × road factor at the average speed, integer, symmetric, zero diagonal', () => {
    const straight = greatCircleM(pts[0]!, pts[1]!);
    expect(straight / 1000).toBeGreaterThan(160);
    expect(straight / 1000).toBeLessThan(170);
    const m = greatCircleMatrix(pts, gc);
    expect(m.distanceM[1]).toBe(Math.round(straight * 1.3));
    expect(m.durationS[1]).toBe(Math.round((straight * 1.3) / (45_000 / 3600)));
    expect(m.distanceM[3]).toBe(m.distanceM[1]);
    expect([m.durationS[0], m.durationS[4], m.durationS[8]]).toEqual([0, 0, 0]);
  });
});

describe('OSRM-compatible table provider (local fake server)', () => {
  let server: Server;
  let base = '';
  const seen: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.url ?? '');
      if (req.url?.includes('fail')) {
        res.writeHead(500).end();
        return;
      }
      const n = (req.url ?? '').split('/driving/')[1]!.split('?')[0]!.split(';').length;
      const durations = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : i === 0 && j === 2 ? null : 100 * i + j + 0.4)));
      const distances = durations.map((r) => r.map((x) => (x === null ? null : x * 10)));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'Ok', durations, distances }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('reads durations and distances, rounds them, and fills unroutable cells from the formula', async () => {
    const m = await osrmProvider(`${base}/`, gc).matrix(pts);
    expect(m.source).toBe('osrm');
    expect(seen.at(-1)).toMatch(/^\/table\/v1\/driving\/121\.473700,31\.230400;120\.155100,30\.274100;118\.796900,32\.060300\?annotations=duration,distance$/);
    expect(m.durationS[1 * 3 + 0]).toBe(100);
    expect(m.distanceM[1 * 3 + 2]).toBe(1024);
    expect(m.durationS[0 * 3 + 2]).toBe(greatCircleMatrix(pts, gc).durationS[2]);
  });

  it('throws when the service fails, and the cache keeps answers per ordered list but not failures', async () => {
    await expect(osrmProvider(`${base}/fail`, gc).matrix(pts)).rejects.toThrow(/HTTP 500/);
    const c = cachedProvider(osrmProvider(base, gc));
    const before = seen.length;
    const a = await c.matrix(pts);
    const b = await c.matrix(pts.map((p) => ({ ...p })));
    expect(b).toBe(a);
    expect(seen.length).toBe(before + 1);
    await c.matrix([...pts].reverse());
    expect(seen.length).toBe(before + 2);
    const f = cachedProvider(osrmProvider(`${base}/fail`, gc));
    await expect(f.matrix(pts)).rejects.toThrow();
    expect(f.size()).toBe(0);
  });
});
