import type { Geometry, Position } from 'geojson';

/** Decimal places kept in exports: 6 is about 0.1 m, finer than any gazetteer point. */
export const COORDINATE_DECIMALS = 6;

const round = (x: number, id: string): number => {
  if (!Number.isFinite(x)) throw new Error(`invalid coordinate ${x} in feature ${id}`);
  const r = Math.round(x * 10 ** COORDINATE_DECIMALS) / 10 ** COORDINATE_DECIMALS;
  return r === 0 ? 0 : r; // -0 → 0, so the values equal what JSON.parse gives back
};

const roundPosition = (p: Position, id: string): Position => p.map((x) => round(x, id));

/**
 * A copy of a geometry with every coordinate rounded to 6 decimals (RFC 7946 §11.2 advises
 * against needless precision); throws, naming the feature, on a coordinate that is not a finite number.
 *
 * @example roundCoordinates({ type: 'Point', coordinates: [-107.3940117, 24.80912] }, 'incident:Culiacán') // [-107.394012, 24.80912]
 */
export function roundCoordinates(g: Geometry, id: string): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: g.type, coordinates: roundPosition(g.coordinates, id) };
    case 'MultiPoint':
    case 'LineString':
      return { type: g.type, coordinates: g.coordinates.map((p) => roundPosition(p, id)) };
    case 'MultiLineString':
    case 'Polygon':
      return { type: g.type, coordinates: g.coordinates.map((l) => l.map((p) => roundPosition(p, id))) };
    case 'MultiPolygon':
      return { type: g.type, coordinates: g.coordinates.map((pl) => pl.map((l) => l.map((p) => roundPosition(p, id)))) };
    case 'GeometryCollection':
      return { type: g.type, geometries: g.geometries.map((x) => roundCoordinates(x, id)) };
  }
}
