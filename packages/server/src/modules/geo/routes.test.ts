import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { geoFeatureCollection, type GeoFeatureCollection } from '@qudao/contract';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import type { Database } from '../../db/connect';
import { openTestDatabase } from '../../../test/db';
import { listChinaUnits } from '../../units/china-units';

describe('GET /api/geo/:level', () => {
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await openTestDatabase();
    app = await buildApp({ config: loadConfig({}), database });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  function expectValidLayer(body: GeoFeatureCollection, level: 'province' | 'prefecture') {
    expect(geoFeatureCollection.safeParse(body).success).toBe(true);
    const expected = listChinaUnits().filter((u) => u.level === level);
    expect(body.features.map((f) => f.properties.id)).toEqual(expected.map((u) => u.id));
    for (const f of body.features) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      expect(polygons.length).toBeGreaterThan(0);
      for (const ring of polygons.flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring.at(-1));
        for (const [lng, lat] of ring) {
          expect(lng).toBeGreaterThan(73);
          expect(lng).toBeLessThan(136);
          expect(lat).toBeGreaterThan(3);
          expect(lat).toBeLessThan(54);
        }
      }
    }
  }

  it('answers the provinces as a valid FeatureCollection with a long cache lifetime', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/geo/province' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.headers['cache-control']).toMatch(/max-age=\d{6,}/);
    const body = res.json<GeoFeatureCollection>();
    expectValidLayer(body, 'province');
    expect(body.features.find((f) => f.properties.id === 'CN-21')?.properties).toEqual({ id: 'CN-21', name: '辽宁', parentId: null });
  });

  it('answers the prefectures gzipped when asked, and 304 for a known ETag', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/geo/prefecture', headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    const body = JSON.parse(gunzipSync(res.rawPayload).toString('utf8')) as GeoFeatureCollection;
    expectValidLayer(body, 'prefecture');
    expect(body.features.find((f) => f.properties.name === '大连市')?.properties.parentId).toBe('CN-21');
    // Simplified: the whole layer stays small enough for a phone.
    expect(res.rawPayload.length).toBeLessThan(400_000);

    const again = await app.inject({ method: 'GET', url: '/api/geo/prefecture', headers: { 'if-none-match': String(res.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('refuses an unknown level with a coded 400', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/geo/county' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('REQUEST.INVALID');
  });
});
