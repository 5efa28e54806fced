import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { checkGeofence, haversineDistanceM } from './geofence';

const shop = { lng: 123.4, lat: 41.8 };
// One degree of latitude is about 111.2 km, so 0.001° north is about 111 m.
const north = (metres: number, accuracyM: number | null = 10) => ({ lng: shop.lng, lat: shop.lat + metres / 111_195, accuracyM });

describe('haversineDistanceM', () => {
  it('measures a known distance: Beijing to Shanghai is about 1,068 km', () => {
    expect(haversineDistanceM({ lng: 116.4074, lat: 39.9042 }, { lng: 121.4737, lat: 31.2304 }) / 1000).toBeCloseTo(1067.6, 0);
  });

  test.prop([fc.double({ min: -179, max: 179, noNaN: true }), fc.double({ min: -89, max: 89, noNaN: true }), fc.double({ min: -179, max: 179, noNaN: true }), fc.double({ min: -89, max: 89, noNaN: true })])(
    'is symmetric, non-negative and zero to itself',
    (lng1, lat1, lng2, lat2) => {
      const a = { lng: lng1, lat: lat1 };
      const b = { lng: lng2, lat: lat2 };
      expect(haversineDistanceM(a, b)).toBeCloseTo(haversineDistanceM(b, a), 6);
      expect(haversineDistanceM(a, b)).toBeGreaterThanOrEqual(0);
      expect(haversineDistanceM(a, a)).toBe(0);
    },
  );
});

describe('checkGeofence', () => {
  it('verifies a precise check-in within 300 m, including exactly at the radius', () => {
    expect(checkGeofence(north(120), shop)).toEqual({ status: 'verified', distanceM: 120, accuracyM: 10 });
    expect(checkGeofence(north(300), shop).status).toBe('verified');
  });

  it('flags a precise check-in beyond the radius as out of range with the distance', () => {
    expect(checkGeofence(north(301), shop)).toEqual({ status: 'out_of_range', distanceM: 301, accuracyM: 10, radiusM: 300 });
  });

  it('honours a configured radius', () => {
    expect(checkGeofence(north(400), shop, { radiusM: 500, maxAccuracyM: 100 }).status).toBe('verified');
  });

  it('cannot verify without a position, with a bad one, or for an account without one', () => {
    expect(checkGeofence(null, shop)).toMatchObject({ status: 'unverifiable', reason: 'no_position' });
    expect(checkGeofence({ lng: 200, lat: 0, accuracyM: 5 }, shop)).toMatchObject({ reason: 'invalid_position' });
    expect(checkGeofence(north(0), null)).toEqual({ status: 'unverifiable', reason: 'account_without_position', distanceM: null, canAdoptAsAccountPosition: true });
    expect(checkGeofence(north(0, 800), null)).toMatchObject({ canAdoptAsAccountPosition: false });
  });

  it('does not trust a fix worse than 100 m, unless it is out of range even in the best case', () => {
    expect(checkGeofence(north(50, 101), shop)).toEqual({ status: 'unverifiable', reason: 'poor_accuracy', distanceM: 50, canAdoptAsAccountPosition: false });
    expect(checkGeofence(north(50, null), shop)).toMatchObject({ status: 'unverifiable', reason: 'accuracy_unknown' });
    expect(checkGeofence(north(5_000, 1_000), shop)).toMatchObject({ status: 'out_of_range', distanceM: 5_000 });
    expect(checkGeofence(north(100, 100), shop).status).toBe('verified');
  });
});
