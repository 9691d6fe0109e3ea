/**
 * Polygons as parts of one area: `joinParts` keeps every part as it is (a MultiPolygon of all
 * rings), `dissolve` removes the borders they share (topojson merge at 1e7 quantisation).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { merge } from 'topojson-client';

type Area = Polygon | MultiPolygon;

/**
 * One area of several, their parts side by side; a single area is returned as it is.
 *
 * @example joinParts([australia, ashmoreReef]).type // 'MultiPolygon'
 */
export function joinParts(geoms: readonly Area[]): Area {
  if (geoms.length === 1) return geoms[0]!;
  const coords: Polygon['coordinates'][] = [];
  for (const g of geoms) {
    if (g.type === 'Polygon') coords.push(g.coordinates);
    else coords.push(...g.coordinates);
  }
  return { type: 'MultiPolygon', coordinates: coords };
}

/**
 * One area of neighbouring areas, without the borders between them: Darfur from its five states.
 *
 * @example dissolve([northDarfur, southDarfur]).type // 'MultiPolygon'
 */
export function dissolve(geoms: readonly Area[]): MultiPolygon {
  const fc = {
    type: 'FeatureCollection' as const,
    features: geoms.map((geometry) => ({ type: 'Feature' as const, properties: {}, geometry })),
  };
  const topo = topology({ parts: fc }, 1e7) as unknown as Topology;
  const obj = topo.objects['parts'] as { geometries: Parameters<typeof merge>[1] };
  return merge(topo, obj.geometries) as MultiPolygon;
}
