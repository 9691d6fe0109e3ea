/**
 * Polygons of gazetteer areas (countries, first-level divisions, and any other object in the
 * loaded topologies) by place id. Pure: takes parsed TopoJSON, not paths.
 */
import type { Geometry } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';

type AnyGeometryObject = GeometryObject<Record<string, unknown> | null>;

const cache = new WeakMap<Topology, Map<string, AnyGeometryObject>>();

function index(topology: Topology): Map<string, AnyGeometryObject> {
  let map = cache.get(topology);
  if (map) return map;
  map = new Map();
  for (const obj of Object.values(topology.objects)) {
    const geoms = obj.type === 'GeometryCollection' ? obj.geometries : [obj];
    for (const g of geoms as AnyGeometryObject[]) if (g.id !== undefined && !map.has(String(g.id))) map.set(String(g.id), g);
  }
  cache.set(topology, map);
  return map;
}

/**
 * The polygon of a place, or null when no object in the topology has that id. The id index is
 * built once per topology object.
 *
 * @param topology a parsed `*.topo.json` (e.g. `data/gazetteer/areas.topo.json`)
 * @param placeId a gazetteer id ("admin1:MX.25", "country:MX")
 * @example areaGeometry(areas, 'admin1:MX.25')?.type // 'MultiPolygon'
 */
export function areaGeometry(topology: Topology, placeId: string): Geometry | null {
  const g = index(topology).get(placeId);
  if (!g) return null;
  // A single geometry object always gives a Feature (a GeometryCollection object would give a FeatureCollection).
  const f = feature(topology, g as GeometryObject);
  return 'geometry' in f ? f.geometry : null;
}

/**
 * Like `areaGeometry` but searching several topologies in order (areas, then e.g. districts).
 *
 * @example areaGeometryIn([areas, districts], 'district:txsd')
 */
export function areaGeometryIn(topologies: readonly Topology[], placeId: string): Geometry | null {
  for (const t of topologies) {
    const g = areaGeometry(t, placeId);
    if (g) return g;
  }
  return null;
}
