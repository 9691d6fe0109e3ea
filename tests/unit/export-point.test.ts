import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { representativePoint } from '../../src/lib/explore/representativePoint.ts';
import { exportFileName } from '../../src/lib/explore/exportFileName.ts';
import { shippedLayers } from './support/exportFixtures.ts';

describe('representativePoint: one lon/lat per exported row', () => {
  it.each<[string, Geometry, { lon: number; lat: number; precision: string }]>([
    ['a point is itself', { type: 'Point', coordinates: [-107.394, 24.8091] }, { lon: -107.394, lat: 24.8091, precision: 'point' }],
    ['a polygon is its bounds centre', { type: 'Polygon', coordinates: [[[-110, 20], [-100, 20], [-100, 30], [-110, 30], [-110, 20]]] }, { lon: -105, lat: 25, precision: 'area' }],
    [
      'a district with its courthouse is an area',
      { type: 'GeometryCollection', geometries: [{ type: 'Polygon', coordinates: [[[-74, 40], [-72, 40], [-72, 41], [-74, 41], [-74, 40]]] }, { type: 'Point', coordinates: [-73.99, 40.69] }] },
      { lon: -73, lat: 40.5, precision: 'area' },
    ],
    [
      'parts across the antimeridian: the largest part',
      { type: 'MultiPolygon', coordinates: [[[[-120, 30], [-80, 30], [-80, 45], [-120, 45], [-120, 30]]], [[[172, 52], [179, 52], [179, 53], [172, 53], [172, 52]]]] },
      { lon: -100, lat: 37.5, precision: 'area' },
    ],
  ])('%s', (_name, g, expected) => {
    expect(representativePoint(g)).toEqual(expected);
  });

  it.each([
    ['United States', 'jurisdiction:country:US', [-125, -66], [24, 50]],
    ['Mexico', 'jurisdiction:country:MX', [-118, -86], [14, 33]],
  ])('%s (shipped outline) lands on its main body', (_name, id, [w, e], [s, n]) => {
    const f = shippedLayers().features.find((x) => x.properties.id === id)!;
    const p = representativePoint(f.geometry)!;
    expect(p.lon).toBeGreaterThan(w);
    expect(p.lon).toBeLessThan(e);
    expect(p.lat).toBeGreaterThan(s);
    expect(p.lat).toBeLessThan(n);
  });
});

describe('exportFileName: plaza-<day>.<ext>', () => {
  it.each([
    ['geojson', '2026-12-04T06:00:00Z', 'plaza-2026-12-04.geojson'],
    ['csv', '2026-12-31T23:59:59Z', 'plaza-2026-12-31.csv'],
    ['png', '2027-01-01T00:00:00Z', 'plaza-2027-01-01.png'],
  ] as const)('%s on %s', (ext, when, name) => {
    expect(exportFileName(ext, new Date(when))).toBe(name);
  });
});
