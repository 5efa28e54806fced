/** A WGS84 position in degrees. */
export interface GeoPoint {
  lng: number;
  lat: number;
}

/** A phone's reported position with its accuracy radius in metres (null when the phone gave none). */
export interface CheckInPosition extends GeoPoint {
  accuracyM: number | null;
}

/** Geofence parameters in metres. */
export interface GeofenceConfig {
  /** A check-in within this distance of the account is verified (default 300 m). */
  radiusM: number;
  /**
   * A fix less precise than this cannot prove presence (default 100 m): phone GPS outdoors is
   * typically 5–50 m, while cell-tower or IP positions are 500 m or worse and would let a rep
   * "check in" from the next district.
   */
  maxAccuracyM: number;
}

/** The defaults of issue 5: 300 m radius; fixes worse than 100 m are not trusted. */
export const defaultGeofenceConfig: GeofenceConfig = { radiusM: 300, maxAccuracyM: 100 };

/** Why a check-in could be neither verified nor refuted. */
export type UnverifiableReason = 'no_position' | 'invalid_position' | 'account_without_position' | 'accuracy_unknown' | 'poor_accuracy';

/** Outcome of a check-in against the account position; distances in whole metres. */
export type GeofenceResult =
  | { status: 'verified'; distanceM: number; accuracyM: number }
  | { status: 'out_of_range'; distanceM: number; accuracyM: number | null; radiusM: number }
  | {
      status: 'unverifiable';
      reason: UnverifiableReason;
      distanceM: number | null;
      /** True when the account lacks a position and this fix is good enough to become it (after the rep confirms). */
      canAdoptAsAccountPosition: boolean;
    };

const EARTH_RADIUS_M = 6_371_008.8; // mean Earth radius (IUGG)
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle (haversine) distance between two WGS84 points in metres (unrounded); error < 0.5 % against the ellipsoid. */
export function haversineDistanceM(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

function isValidPoint(p: GeoPoint): boolean {
  return Number.isFinite(p.lat) && Number.isFinite(p.lng) && Math.abs(p.lat) <= 90 && Math.abs(p.lng) <= 180;
}

/**
 * Checks a check-in against the account's position (issue 5 item 3):
 * - no or invalid position, or an account without one → `unverifiable` (the fix may then become the
 *   account's position if its accuracy is good);
 * - accuracy unknown or worse than `maxAccuracyM` → `unverifiable`, unless even the best case
 *   (distance − accuracy) is beyond the radius, which is a certain `out_of_range`;
 * - otherwise distance ≤ radiusM → `verified`, else `out_of_range` with the distance.
 */
export function checkGeofence(position: CheckInPosition | null, account: GeoPoint | null, config: GeofenceConfig = defaultGeofenceConfig): GeofenceResult {
  if (position === null) return { status: 'unverifiable', reason: 'no_position', distanceM: null, canAdoptAsAccountPosition: false };
  if (!isValidPoint(position) || (position.accuracyM !== null && !(position.accuracyM >= 0))) {
    return { status: 'unverifiable', reason: 'invalid_position', distanceM: null, canAdoptAsAccountPosition: false };
  }
  const accuracyM = position.accuracyM;
  const precise = accuracyM !== null && accuracyM <= config.maxAccuracyM;
  if (account === null || !isValidPoint(account)) {
    return { status: 'unverifiable', reason: 'account_without_position', distanceM: null, canAdoptAsAccountPosition: precise };
  }
  const distanceM = Math.round(haversineDistanceM(position, account));
  if (!precise) {
    if (accuracyM !== null && distanceM - accuracyM > config.radiusM) return { status: 'out_of_range', distanceM, accuracyM, radiusM: config.radiusM };
    return { status: 'unverifiable', reason: accuracyM === null ? 'accuracy_unknown' : 'poor_accuracy', distanceM, canAdoptAsAccountPosition: false };
  }
  if (distanceM <= config.radiusM) return { status: 'verified', distanceM, accuracyM };
  return { status: 'out_of_range', distanceM, accuracyM, radiusM: config.radiusM };
}
