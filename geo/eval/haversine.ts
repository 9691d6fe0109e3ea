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
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  // Clamp: rounding can push `a` a hair above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, Math.max(0, a))));
}
