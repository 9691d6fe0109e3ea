/**
 * The bounds to fly to when a feature is chosen: for a country whose outline has far-off parts
 * (the United States with Alaska, the Aleutians and Hawaii; France with its overseas
 * departments; Russia across the antimeridian) its main body, not the whole world.
 */
import type { Geometry, Position } from 'geojson';
import type { LayerFeature } from '../../geo/types.ts';

/** [west, south, east, north], degrees; `east` may exceed 180 for an area across the antimeridian (MapLibre's `fitBounds` takes it). */
export type Bounds = [number, number, number, number];

interface Part {
  bounds: Bounds;
  /** Planar area, square degrees scaled by cos(latitude); 0 for a point. */
  area: number;
}

/** Parts closer than this share of the main part's diagonal (degrees) belong to the main body: Corsica with France. */
const NEAR_SHARE = 0.05;
/** …and never closer than this, degrees, so a small country keeps its islands. */
const NEAR_MIN_DEG = 1;

/**
 * The bounds of a feature, or of its main body when its parts lie far apart: the largest polygon
 * part (by area) with every part within a short gap of it (5 % of its diagonal, at least 1°, so
 * Corsica stays with France and Baffin Island with Canada), repeated until no near part is left.
 * Parts are compared across the antimeridian, so Russia's Chukotka joins Russia.
 *
 * @example featureBounds(unitedStates) // about [-124.8, 24.5, -66.9, 49.4]: the lower 48, not Alaska or Hawaii
 */
export function featureBounds(f: LayerFeature): Bounds {
  const parts = partsOf(f.geometry);
  if (parts.length === 0) throw new Error(`featureBounds: ${f.properties.id} has no coordinates`);
  let main = parts[0];
  for (const p of parts) if (p.area > main.area) main = p;
  const reach = Math.max(NEAR_MIN_DEG, NEAR_SHARE * Math.hypot(main.bounds[2] - main.bounds[0], main.bounds[3] - main.bounds[1]));
  let body: Bounds = [...main.bounds];
  const left = parts.filter((p) => p !== main);
  for (let grew = true; grew; ) {
    grew = false;
    for (let i = left.length - 1; i >= 0; i--) {
      const shifted = nearestCopy(left[i].bounds, body);
      if (gap(shifted, body) > reach) continue;
      body = [Math.min(body[0], shifted[0]), Math.min(body[1], shifted[1]), Math.max(body[2], shifted[2]), Math.max(body[3], shifted[3])];
      left.splice(i, 1);
      grew = true;
    }
  }
  return body[0] < -180 ? [body[0] + 360, body[1], body[2] + 360, body[3]] : body;
}

/** Each polygon's outer ring (and each point) as a part with its bounds and area. */
function partsOf(g: Geometry): Part[] {
  switch (g.type) {
    case 'Point':
      return [pointPart(g.coordinates)];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates.map(pointPart);
    case 'MultiLineString':
      return g.coordinates.flat().map(pointPart);
    case 'Polygon':
      return g.coordinates.length ? [ringPart(g.coordinates[0])] : [];
    case 'MultiPolygon':
      return g.coordinates.filter((p) => p.length).map((p) => ringPart(p[0]));
    case 'GeometryCollection':
      return g.geometries.flatMap(partsOf);
  }
}

function pointPart([lon, lat]: Position): Part {
  return { bounds: [lon, lat, lon, lat], area: 0 };
}

/** A ring's bounds (in 0…360 when it spans more than half the world, i.e. it crosses the antimeridian) and area. */
function ringPart(ring: Position[]): Part {
  let w = Infinity, e = -Infinity;
  for (const [lon] of ring) {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
  }
  const across = e - w > 180;
  let s = Infinity, n = -Infinity, twice = 0;
  w = Infinity;
  e = -Infinity;
  for (let i = 0; i < ring.length; i++) {
    const lon = across && ring[i][0] < 0 ? ring[i][0] + 360 : ring[i][0];
    const lat = ring[i][1];
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
    const [lon2r, lat2] = ring[(i + 1) % ring.length];
    const lon2 = across && lon2r < 0 ? lon2r + 360 : lon2r;
    twice += lon * lat2 - lon2 * lat;
  }
  return { bounds: [w, s, e, n], area: (Math.abs(twice) / 2) * Math.cos(((s + n) / 2) * (Math.PI / 180)) };
}

/** The copy of `b` (shifted by -360, 0 or +360 degrees of longitude) nearest to `to`. */
function nearestCopy(b: Bounds, to: Bounds): Bounds {
  let best = b;
  for (const shift of [-360, 360]) {
    const c: Bounds = [b[0] + shift, b[1], b[2] + shift, b[3]];
    if (gap(c, to) < gap(best, to)) best = c;
  }
  return best;
}

/** Distance between two boxes, degrees (0 when they touch or overlap). */
function gap(a: Bounds, b: Bounds): number {
  const dx = Math.max(0, a[0] - b[2], b[0] - a[2]);
  const dy = Math.max(0, a[1] - b[3], b[1] - a[3]);
  return Math.hypot(dx, dy);
}
