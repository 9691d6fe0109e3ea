/**
 * A point inside an area for the gazetteer: the first candidate that falls inside the
 * polygon (a source's label point, a GeoNames point); else the nearest inside point to a
 * candidate that a simplified coastline left just offshore (`nearestInside`, up to 150 km);
 * else an interior point of the largest part (`interiorPoint`), else Turf's `pointOnFeature`.
 * Never a bounding-box centre, which for Baja California or Florida can lie in the sea.
 */
import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { interiorPoint } from './interiorPoint.ts';
import { round5 } from './round5.ts';

/** [lon, lat] in degrees. */
export type LonLat = [number, number];

const KM_PER_DEGREE = 111.32;
const RADII_KM = [2, 5, 10, 15, 20, 30, 40, 50, 65, 80, 100, 125, 150];
const BEARINGS = 24;

/**
 * The inside point nearest to `p` on rings of growing radius (2 to `maxKm` km, 24 bearings), or
 * null. A source's point that a simplified coastline put in the sea (Cuba's Factbook point
 * south of the island) moves to the nearest land, not to the middle of the largest part.
 *
 * @param geometry the area
 * @param p [lon, lat] degrees
 * @param maxKm how far to look
 * @example nearestInside(square, [2.001, 0.5]) // a point just inside the east edge
 */
export function nearestInside(geometry: Polygon | MultiPolygon, p: LonLat, maxKm = 150): LonLat | null {
  const cosLat = Math.max(0.05, Math.cos((p[1] * Math.PI) / 180));
  for (const r of RADII_KM) {
    if (r > maxKm) break;
    for (let i = 0; i < BEARINGS; i++) {
      const a = (2 * Math.PI * i) / BEARINGS;
      const lat = p[1] + (r * Math.cos(a)) / KM_PER_DEGREE;
      const lon = p[0] + (r * Math.sin(a)) / (KM_PER_DEGREE * cosLat);
      const q: LonLat = [round5(lon), round5(lat)];
      if (Math.abs(lat) <= 90 && booleanPointInPolygon(q, geometry)) return q;
    }
  }
  return null;
}

/**
 * Picks a representative point of an area.
 *
 * @param geometry the area's polygon(s), WGS84
 * @param candidates preferred points, [lon, lat] degrees, best first
 * @example representativePoint(sinaloa, [[-108.001, 25.6041]]) // [-108.001, 25.6041]
 */
export function representativePoint(geometry: Polygon | MultiPolygon, candidates: ReadonlyArray<LonLat | null>): LonLat {
  const usable = candidates.filter((c): c is LonLat => !!c && Number.isFinite(c[0]) && Number.isFinite(c[1]));
  for (const c of usable) if (booleanPointInPolygon(c, geometry)) return c;
  for (const c of usable) {
    const near = nearestInside(geometry, c);
    if (near) return near;
  }
  const inner = interiorPoint(geometry);
  if (inner) return inner;
  const p = pointOnFeature(geometry).geometry.coordinates;
  return [p[0]!, p[1]!];
}

/** Tells whether a point lies inside an area. */
export function isInside(geometry: Polygon | MultiPolygon, p: LonLat): boolean {
  return booleanPointInPolygon(p, geometry);
}
