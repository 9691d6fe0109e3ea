import type { Geometry, Position } from 'geojson';

/** Where an exported row puts a feature: its point, or the centre of its area's bounding box. */
export interface RepresentativePoint {
  lon: number;
  lat: number;
  /** "point" for a place drawn as a point; "area" when lon/lat is the centre of an area's bounds. */
  precision: 'point' | 'area';
}

type Box = [number, number, number, number];

/**
 * One lon/lat for a feature's geometry, for a spreadsheet row: a Point's own coordinates; for
 * anything else the centre of its bounding box. When the bounds span more than 180° of longitude
 * (the United States with the Aleutians across the antimeridian) the centre of the largest
 * polygon part's bounds is used instead, so the row does not land in the middle of the ocean.
 * A court district's GeometryCollection (district polygon + courthouse point) is an area.
 *
 * @example representativePoint({ type: 'Point', coordinates: [-107.394, 24.8091] }) // { lon: -107.394, lat: 24.8091, precision: 'point' } (Culiacán)
 * @returns null for an empty geometry.
 */
export function representativePoint(geometry: Geometry | null): RepresentativePoint | null {
  if (!geometry) return null;
  if (geometry.type === 'Point') {
    const [lon, lat] = geometry.coordinates;
    return { lon, lat, precision: 'point' };
  }
  const all = boxOf(positionsOf(geometry));
  if (!all) return null;
  let box = all;
  if (all[2] - all[0] > 180) {
    const largest = largestPolygon(geometry);
    box = (largest && boxOf(largest.flat())) ?? all;
  }
  return { lon: (box[0] + box[2]) / 2, lat: (box[1] + box[3]) / 2, precision: 'area' };
}

/** Every position of a geometry, in order. */
export function positionsOf(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positionsOf);
  }
}

function boxOf(ps: Position[]): Box | null {
  if (ps.length === 0) return null;
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ps) {
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
  return b;
}

/** The polygon (rings) with the largest outer-ring area, in square degrees (enough to rank parts). */
function largestPolygon(g: Geometry): Position[][] | null {
  const polys: Position[][][] =
    g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : g.type === 'GeometryCollection' ? g.geometries.flatMap((x) => (x.type === 'Polygon' ? [x.coordinates] : x.type === 'MultiPolygon' ? x.coordinates : [])) : [];
  let best: Position[][] | null = null;
  let bestArea = -1;
  for (const p of polys) {
    const a = ringArea(p[0] ?? []);
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  return best;
}

function ringArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(s) / 2;
}
