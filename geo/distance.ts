const EARTH_RADIUS_KM = 6371;
const RAD = Math.PI / 180;

/**
 * Great-circle distance in kilometres between two points given in degrees (haversine, R = 6371 km).
 *
 * @example distanceKm(24.80, -107.39, 23.22, -106.42) // Culiacán → Mazatlán ≈ 202
 */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  // Clamp: rounding can push `a` a hair outside [0, 1] for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, Math.max(0, a))));
}
