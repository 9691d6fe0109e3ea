/**
 * Which US federal judicial district a point lies in, by point-in-polygon over the districts
 * topology ("federal prosecutors in Brooklyn" → the Eastern District of New York). Pure: takes
 * parsed TopoJSON.
 */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';

/** A point → the id of the judicial district containing it (`district:nyed`), or null. */
export type DistrictLocator = (lat: number, lon: number) => string | null;

/**
 * Builds a locator over every object whose id starts with `district:` in the given topologies.
 *
 * @example districtLocator(loadAreas())(40.6501, -73.94958) // 'district:nyed'
 */
export function districtLocator(topologies: readonly Topology[]): DistrictLocator {
  const districts: Array<{ id: string; box: number[]; f: Feature<Polygon | MultiPolygon> }> = [];
  for (const t of topologies) {
    for (const obj of Object.values(t.objects)) {
      const geoms = obj.type === 'GeometryCollection' ? obj.geometries : [obj];
      for (const g of geoms) {
        const id = String(g.id ?? '');
        if (!id.startsWith('district:')) continue;
        const f = feature(t, g as GeometryObject) as Feature<Polygon | MultiPolygon>;
        if (!f.geometry || !/Polygon$/.test(f.geometry.type)) continue;
        districts.push({ id, box: bbox(f), f });
      }
    }
  }
  districts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return (lat, lon) => {
    for (const d of districts) {
      const [w, s, e, n] = d.box;
      if (lon < w || lon > e || lat < s || lat > n) continue;
      if (booleanPointInPolygon([lon, lat], d.f)) return d.id;
    }
    return null;
  };
}
