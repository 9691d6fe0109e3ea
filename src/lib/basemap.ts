/**
 * The offline basemap built by `npm run build:basemap` (data/basemap/): one TopoJSON with
 * countries, US states and Mexican states, plus one label point per area.
 */
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import boundariesUrl from '../../data/basemap/boundaries.topo.json?url&no-inline';
import labelsUrl from '../../data/basemap/labels.geojson?url&no-inline';

/** Basemap GeoJSON, ready for MapLibre sources. */
export interface Basemap {
  countries: FeatureCollection;
  usStates: FeatureCollection;
  mxStates: FeatureCollection;
  labels: FeatureCollection;
}

/** Fetches and unpacks the basemap. */
export async function loadBasemap(): Promise<Basemap> {
  const [topo, labels] = await Promise.all([
    fetch(boundariesUrl).then((r) => r.json() as Promise<Topology>),
    fetch(labelsUrl).then((r) => r.json() as Promise<FeatureCollection>),
  ]);
  const obj = (name: string) => feature(topo, topo.objects[name] as GeometryCollection) as FeatureCollection;
  return { countries: obj('countries'), usStates: obj('us_states'), mxStates: obj('mx_states'), labels };
}
