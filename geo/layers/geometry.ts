/**
 * Geometry for layer features: points, area polygons, circles around cities; rounded and
 * checked so a NaN never reaches a file as `null`.
 */
import { circle } from '@turf/turf';
import type { Geometry, Position } from 'geojson';

/**
 * A point geometry rounded to `precision` decimals.
 *
 * @example pointGeometry(24.80694, -107.39389) // { type: 'Point', coordinates: [-107.39389, 24.80694] }
 */
export function pointGeometry(lat: number, lon: number, precision = 5): Geometry {
  return { type: 'Point', coordinates: [round(lon, precision), round(lat, precision)] };
}

/**
 * A polygon approximating a circle of `radiusKm` around a point (a city's territory claim).
 *
 * @param radiusKm kilometres
 * @param steps vertices on the circle
 * @example circleAround(23.2494, -106.4111, 15).type // 'Polygon'
 */
export function circleAround(lat: number, lon: number, radiusKm: number, steps = 32, precision = 5): Geometry {
  const g = circle([lon, lat], radiusKm, { units: 'kilometers', steps }).geometry;
  return roundGeometry(g, precision);
}

/**
 * Rounds every coordinate to `precision` decimals and drops consecutive duplicate positions
 * that rounding creates (rings keep at least four positions).
 */
export function roundGeometry(g: Geometry, precision = 5): Geometry {
  const pos = (p: Position): Position => [round(p[0], precision), round(p[1], precision)];
  const line = (ps: Position[], minLength: number): Position[] => {
    const out: Position[] = [];
    for (const p of ps.map(pos)) {
      const last = out[out.length - 1];
      if (last && last[0] === p[0] && last[1] === p[1]) continue;
      out.push(p);
    }
    return out.length >= minLength ? out : ps.map(pos);
  };
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: pos(g.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: g.coordinates.map(pos) };
    case 'LineString':
      return { type: 'LineString', coordinates: line(g.coordinates, 2) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => line(l, 2)) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map((r) => line(r, 4)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => line(r, 4))) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: g.geometries.map((x) => roundGeometry(x, precision)) };
  }
}

/**
 * Throws unless every coordinate is a finite number inside [-180, 180] × [-90, 90].
 *
 * @param id feature id for the message
 */
export function assertFiniteGeometry(g: Geometry, id: string): void {
  const check = (p: Position) => {
    const [x, y] = p;
    if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 180 || Math.abs(y) > 90) {
      throw new Error(`invalid coordinate [${x}, ${y}] in feature ${id}`);
    }
  };
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') check(c as Position);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  if (g.type === 'GeometryCollection') g.geometries.forEach((x) => assertFiniteGeometry(x, id));
  else walk(g.coordinates);
}

function round(x: number, precision: number): number {
  const f = 10 ** precision;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
