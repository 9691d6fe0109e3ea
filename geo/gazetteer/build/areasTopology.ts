/**
 * One TopoJSON of country and admin-1 polygons, ids matching `places.tsv`, simplified and
 * quantised to a size fit to ship with the app.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';

type AreaFeature = Feature<Polygon | MultiPolygon>;

/**
 * Builds the areas topology. Shared borders become shared arcs, so simplifying keeps
 * neighbouring states watertight.
 *
 * @param objects named feature lists (`countries`, `admin1`), each feature's `id` a gazetteer id
 * @param keep fraction of points (by Visvalingam weight) to keep, 0..1
 * @param quantization grid size per axis for the final coordinates
 */
export function buildAreasTopology(
  objects: Record<string, AreaFeature[]>,
  keep: number,
  quantization = 1e5,
): Topology<Objects<{}>> {
  const input: Record<string, { type: 'FeatureCollection'; features: AreaFeature[] }> = {};
  for (const [name, features] of Object.entries(objects)) {
    const sorted = [...features].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
    input[name] = { type: 'FeatureCollection', features: sorted.map((f) => ({ ...f, properties: {} })) };
  }
  let topo = topology(input, 1e6) as unknown as Topology<Objects<{}>>;
  topo = presimplify(topo);
  // quantile() sorts weights in descending order, so p is the share of points kept.
  topo = simplify(topo, quantile(topo, keep));
  topo = quantize(topo, quantization);
  // topojson leaves empty `properties` on every geometry; drop them to save bytes.
  for (const obj of Object.values(topo.objects)) {
    if (obj.type === 'GeometryCollection') for (const g of obj.geometries) delete (g as { properties?: unknown }).properties;
  }
  return topo;
}
