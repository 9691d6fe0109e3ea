import { distanceKm } from '../distance.ts';

/** Mean Earth radius in km, as the geoparsing literature uses it. */
export const EARTH_RADIUS_KM = 6371;

/**
 * The largest error the field counts: half the equatorial circumference (km), as in Gritta et al.
 * Used to normalise the AUC and as the error charged for a span the resolver gives no answer for.
 */
export const MAX_ERROR_KM = 20039;

/**
 * Great-circle distance in km between two WGS84 points (degrees), by the haversine formula on a
 * sphere of radius 6371 km:
 *   a = sin²(Δφ/2) + cos φ1 · cos φ2 · sin²(Δλ/2),  d = 2R · asin(√a)
 *
 * @example haversineKm(48.8566, 2.3522, 33.6609, -95.5555) // ≈ 7,800 (Paris FR to Paris TX)
 */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  // One great-circle formula for the resolver and its scorer: geo/distance.ts.
  return distanceKm(lat1, lon1, lat2, lon2);
}
