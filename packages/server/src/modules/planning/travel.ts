// Travel-time matrices for planning (issue 6 item 4): great-circle distance × road factor at an average
// speed by default, or an OSRM-compatible `table` service when configured. Matrices are cached in memory
// by the ordered location list, so re-planning the same rep does not ask again.

/** A point in WGS84 degrees. */
export interface LngLat {
  lng: number;
  lat: number;
}

/** Row-major n × n matrices of integer seconds and metres. */
export interface TravelMatrix {
  n: number;
  durationS: Int32Array;
  distanceM: Int32Array;
  source: 'great-circle' | 'osrm';
}

/** Something that turns an ordered list of locations into a travel matrix. */
export interface TravelProvider {
  matrix(points: LngLat[]): Promise<TravelMatrix>;
}

/** Parameters of the default formula. */
export interface GreatCircleOptions {
  roadFactor: number;
  speedKmh: number;
}

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle (haversine) distance in metres. */
export function greatCircleM(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Default matrix: road distance = great circle × road factor, time = road distance / average speed. */
export function greatCircleMatrix(points: LngLat[], opts: GreatCircleOptions): TravelMatrix {
  const n = points.length;
  const durationS = new Int32Array(n * n);
  const distanceM = new Int32Array(n * n);
  const mPerS = (opts.speedKmh * 1000) / 3600;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = greatCircleM(points[i]!, points[j]!) * opts.roadFactor;
      const m = Math.round(d);
      const s = Math.round(d / mPerS);
      distanceM[i * n + j] = m;
      distanceM[j * n + i] = m;
      durationS[i * n + j] = s;
      durationS[j * n + i] = s;
    }
  }
  return { n, durationS, distanceM, source: 'great-circle' };
}

/** Great-circle provider. */
export function greatCircleProvider(opts: GreatCircleOptions): TravelProvider {
  return { matrix: async (points) => greatCircleMatrix(points, opts) };
}

interface OsrmTable {
  code?: string;
  durations?: (number | null)[][];
  distances?: (number | null)[][];
}

/**
 * OSRM-compatible `table` service (`GET <base>/table/v1/driving/<lng,lat;…>?annotations=duration,distance`).
 * Cells the service cannot route (null) fall back to the great-circle formula so a plan never fails on one
 * unreachable pair; a failing service throws (the caller decides whether to fall back entirely).
 */
export function osrmProvider(baseUrl: string, fallback: GreatCircleOptions, fetchImpl: typeof fetch = fetch): TravelProvider {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    async matrix(points) {
      const n = points.length;
      if (n === 0) return { n, durationS: new Int32Array(0), distanceM: new Int32Array(0), source: 'osrm' };
      const coords = points.map((p) => `${p.lng.toFixed(6)},${p.lat.toFixed(6)}`).join(';');
      const res = await fetchImpl(`${base}/table/v1/driving/${coords}?annotations=duration,distance`, {
        signal: AbortSignal.timeout(30_000),
      });
      if (!res.ok) throw new Error(`OSRM table answered HTTP ${res.status}`);
      const body = (await res.json()) as OsrmTable;
      if (body.code !== 'Ok' || !Array.isArray(body.durations)) throw new Error(`OSRM table answered code ${String(body.code)}`);
      const est = greatCircleMatrix(points, fallback);
      const durationS = new Int32Array(n * n);
      const distanceM = new Int32Array(n * n);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          const k = i * n + j;
          const dur = body.durations[i]?.[j];
          const dist = body.distances?.[i]?.[j];
          durationS[k] = typeof dur === 'number' && Number.isFinite(dur) ? Math.round(dur) : est.durationS[k]!;
          distanceM[k] = typeof dist === 'number' && Number.isFinite(dist) ? Math.round(dist) : est.distanceM[k]!;
        }
      }
      return { n, durationS, distanceM, source: 'osrm' };
    },
  };
}

/** Wraps a provider with an in-memory cache keyed by the ordered location list (bounded, oldest dropped first). */
export function cachedProvider(inner: TravelProvider, maxEntries = 64): TravelProvider & { size(): number } {
  const cache = new Map<string, Promise<TravelMatrix>>();
  return {
    size: () => cache.size,
    matrix(points) {
      const key = points.map((p) => `${p.lng.toFixed(6)},${p.lat.toFixed(6)}`).join(';');
      const hit = cache.get(key);
      if (hit) return hit;
      const made = inner.matrix(points);
      cache.set(key, made);
      // A failed request must not stay cached.
      made.catch(() => cache.delete(key));
      while (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
      return made;
    },
  };
}

/** The provider chosen by configuration: OSRM when a URL is set, else the great-circle formula; both cached. */
export function travelProviderFromConfig(cfg: { QUDAO_OSRM_URL?: string | undefined; QUDAO_TRAVEL_ROAD_FACTOR: number; QUDAO_TRAVEL_SPEED_KMH: number }): TravelProvider {
  const gc = { roadFactor: cfg.QUDAO_TRAVEL_ROAD_FACTOR, speedKmh: cfg.QUDAO_TRAVEL_SPEED_KMH };
  return cachedProvider(cfg.QUDAO_OSRM_URL ? osrmProvider(cfg.QUDAO_OSRM_URL, gc) : greatCircleProvider(gc));
}
