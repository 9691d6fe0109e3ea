/**
 * Moves area points that simplification left outside their polygon back inside: a coastal
 * label point can fall in a bay that a simplified coastline closed off.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { GeometryObject, Objects, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { PlaceRow } from '../placeRow.ts';
import { isInside, nearestInside, representativePoint } from './representativePoint.ts';

type Area = Polygon | MultiPolygon;

/**
 * For each row with a polygon in `topology`, keeps its point if inside the simplified polygon;
 * else takes a point on the simplified polygon that also lies inside the full-detail one (or,
 * failing that, still the simplified one's point, since that is what the map shows).
 * Mutates `rows`; returns how many moved.
 *
 * @param rows gazetteer rows
 * @param topology the simplified areas topology, geometry ids = row ids
 * @param full full-detail polygons by row id
 */
export function keepPointsInside(rows: PlaceRow[], topology: Topology<Objects<{}>>, full: ReadonlyMap<string, Area>): number {
  const simplified = new Map<string, Area>();
  for (const obj of Object.values(topology.objects)) {
    if (obj.type !== 'GeometryCollection') continue;
    for (const g of obj.geometries) {
      const f = feature(topology, g as GeometryObject);
      if ('geometry' in f && f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
        simplified.set(String(g.id), f.geometry);
    }
  }
  let moved = 0;
  for (const r of rows) {
    const s = simplified.get(r.id);
    if (!s || isInside(s, [r.lon, r.lat])) continue;
    // The nearest point inside both outlines first: a coastal point stays on its coast.
    const near = nearestInside(s, [r.lon, r.lat], 50);
    if (near && (!full.get(r.id) || isInside(full.get(r.id)!, near))) {
      [r.lon, r.lat] = near;
      moved++;
      continue;
    }
    const [lon, lat] = representativePoint(s, []);
    const orig = full.get(r.id);
    if (orig && !isInside(orig, [lon, lat])) {
      // Rare: try the simplified polygon's vertices' neighbourhood via pointOnFeature of each part.
      const parts = s.type === 'Polygon' ? [s.coordinates] : s.coordinates;
      const alt = parts.map((p) => representativePoint({ type: 'Polygon', coordinates: p }, [])).find((p) => isInside(orig, p));
      if (alt) [r.lon, r.lat] = alt;
      else [r.lon, r.lat] = [lon, lat];
    } else [r.lon, r.lat] = [lon, lat];
    moved++;
  }
  return moved;
}
