/**
 * Choosing a country flies to its main body: the lower 48 for the United States (not Alaska, the
 * Aleutians and Hawaii, which would show the whole world), metropolitan France with Corsica (not
 * Guiana and Réunion), all of Mexico with Baja California and its islands. Real outlines from
 * `data/gazetteer/areas.topo.json`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { areaGeometry } from '../../geo/gazetteer/areas.ts';
import type { LayerFeature } from '../../geo/types.ts';
import { featureBounds, type Bounds } from '../../src/lib/focusBounds.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const topology = JSON.parse(readFileSync(join(ROOT, 'data/gazetteer/areas.topo.json'), 'utf8')) as Topology;

function feature(placeId: string, geometry: Geometry | null = areaGeometry(topology, placeId)): LayerFeature {
  if (!geometry) throw new Error(`no outline for ${placeId}`);
  return { type: 'Feature', geometry, properties: { id: `jurisdiction:${placeId}`, name: placeId, layer: 'jurisdiction', placeId, featureType: 'PCLI', count: 0, excerpts: [] } };
}
const contains = ([w, s, e, n]: Bounds, [lon, lat]: [number, number]) =>
  s <= lat && lat <= n && ((w <= lon && lon <= e) || (w <= lon + 360 && lon + 360 <= e));

describe('featureBounds of a country', () => {
  it.each([
    // country, places in its main body, places away from it, widest span allowed (degrees of longitude)
    ['country:US', [[-77.04, 38.9], [-118.24, 34.05], [-80.19, 25.76], [-122.33, 47.61], [-69.0, 44.8]], [[-149.9, 61.22], [-157.86, 21.31], [-176.6, 51.9]], 60],
    ['country:FR', [[2.35, 48.86], [5.37, 43.3], [8.74, 41.93], [-4.49, 48.39]], [[-52.33, 4.94], [55.45, -20.88], [-61.0, 14.6]], 16],
    ['country:MX', [[-99.13, 19.43], [-117.04, 32.53], [-86.85, 21.16], [-110.3, 24.14], [-92.1, 14.9]], [], 32],
  ] as Array<[string, Array<[number, number]>, Array<[number, number]>, number]>)('%s: its main body', (id, inside, outside, widest) => {
    const b = featureBounds(feature(id));
    for (const p of inside) expect(contains(b, p), `${id} ${p}`).toBe(true);
    for (const p of outside) expect(contains(b, p), `${id} ${p}`).toBe(false);
    expect(b[2] - b[0]).toBeLessThanOrEqual(widest);
  });

  it('Mexico, whose parts lie close together, keeps the bounds of its whole outline', () => {
    const g = areaGeometry(topology, 'country:MX')!;
    const lons: number[] = [], lats: number[] = [];
    if (g.type !== 'MultiPolygon') throw new Error('Mexico is a MultiPolygon');
    for (const poly of g.coordinates) for (const [lon, lat] of poly[0]) { lons.push(lon); lats.push(lat); }
    const whole = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
    featureBounds(feature('country:MX')).forEach((v, i) => expect(v).toBeCloseTo(whole[i], 6));
  });

  it('Russia, across the antimeridian, is one body from Kaliningrad to Chukotka, not the whole world', () => {
    const b = featureBounds(feature('country:RU'));
    for (const p of [[37.62, 55.76], [20.5, 54.7], [131.9, 43.1], [-172, 65]] as Array<[number, number]>) expect(contains(b, p), `${p}`).toBe(true);
    expect(b[0]).toBeGreaterThanOrEqual(-180);
    expect(b[2] - b[0]).toBeLessThan(180);
  });
});

describe('featureBounds of a simple feature', () => {
  it.each([
    ['a point', { type: 'Point', coordinates: [-106.41, 23.25] }, [-106.41, 23.25, -106.41, 23.25]],
    ['a polygon', { type: 'Polygon', coordinates: [[[-110, 20], [-100, 20], [-100, 30], [-110, 20]]] }, [-110, 20, -100, 30]],
    ['a district with its courthouse', { type: 'GeometryCollection', geometries: [{ type: 'Polygon', coordinates: [[[-74, 40], [-72, 40], [-72, 41], [-74, 40]]] }, { type: 'Point', coordinates: [-73.99, 40.69] }] }, [-74, 40, -72, 41]],
  ] as Array<[string, Geometry, Bounds]>)('%s: its bounding box', (_what, geometry, expected) => {
    expect(featureBounds(feature('x:1', geometry))).toEqual(expected);
  });
});
