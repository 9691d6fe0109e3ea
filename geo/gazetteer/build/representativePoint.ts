/**
 * A point inside an area for the gazetteer: the first candidate that falls inside the
 * polygon (a source's label point, a GeoNames point), else an interior point of the largest part
 * (`interiorPoint`), else Turf's `pointOnFeature`.
 * Never a bounding-box centre, which for Baja California or Florida can lie in the sea.
 */
import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { interiorPoint } from './interiorPoint.ts';

/** [lon, lat] in degrees. */
export type LonLat = [number, number];

/**
 * Picks a representative point of an area.
 *
 * @param geometry the area's polygon(s), WGS84
 * @param candidates preferred points, [lon, lat] degrees, best first
 * @example representativePoint(sinaloa, [[-108.001, 25.6041]]) // [-108.001, 25.6041]
 */
export function representativePoint(geometry: Polygon | MultiPolygon, candidates: ReadonlyArray<LonLat | null>): LonLat {
  for (const c of candidates) {
    if (c && Number.isFinite(c[0]) && Number.isFinite(c[1]) && booleanPointInPolygon(c, geometry)) return c;
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
