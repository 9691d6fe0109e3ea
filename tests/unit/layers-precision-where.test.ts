/**
 * Precision (ACLED's geo-precision codes) and "where" of each feature: an incident "in Mexico"
 * is drawn as Mexico, not as a dot in its middle, and two towns called Nogales say which is which.
 */
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildLayers, type PlaceLookup } from '../../geo/layers/index.ts';
import { precisionOf } from '../../geo/layers/precisionOf.ts';
import { whereOf } from '../../geo/layers/whereOf.ts';
import type { Article, Layer, Mention, Place } from '../../geo/types.ts';

const place = (id: string, name: string, featureType: string, country: string, admin1: string, lat = 31, lon = -111): Place =>
  ({ id, name, kind: 'city', featureType, lat, lon, country, admin1, population: 0 });
const PLACES: Place[] = [
  place('gn:4004886', 'Nogales', 'PPL', 'MX', '26', 31.31, -110.94),
  place('gn:5303705', 'Nogales', 'PPLA2', 'US', 'AZ', 31.34, -110.93),
  place('admin1:MX.26', 'Sonora', 'ADM1', 'MX', '26', 29.5, -110.7),
  place('admin1:US.AZ', 'Arizona', 'ADM1', 'US', 'AZ', 34.2, -111.6),
  place('admin1:MX.09', 'Mexico City', 'ADM1', 'MX', '09', 19.4, -99.1),
  place('gn:3530597', 'Mexico City', 'PPLC', 'MX', '09', 19.43, -99.13),
  place('admin1:MX.10', 'Durango', 'ADM1', 'MX', '10', 24.9, -104.9),
  place('country:MX', 'Mexico', 'PCLI', 'MX', '', 23.6, -102.5),
  place('country:US', 'United States', 'PCLI', 'US', '', 39.8, -98.6),
  place('district:azd', 'District of Arizona', 'ADMD', 'US', 'AZ', 34, -111.7),
  place('feature:latin-america', 'Latin America', 'RGN', '', '', 5, -70),
  place('gn:9', 'Lonely Cay', 'PPL', 'ZZ', '', 5, -70),
];
const gazetteer: PlaceLookup = { get: (id) => PLACES.find((p) => p.id === id) };
const get = (id: string) => gazetteer.get(id);
const SQUARE: Geometry = { type: 'Polygon', coordinates: [[[-115, 26], [-108, 26], [-108, 32], [-115, 32], [-115, 26]]] };
/** Polygons for Sonora and Mexico only: Durango has none in this extract. */
const areas = (id: string): Geometry | null => (id === 'admin1:MX.26' || id === 'country:MX' ? SQUARE : null);

function build(text: string, mentions: Array<[surface: string, placeId: string, layer: Layer, group?: string]>) {
  const article: Article = { id: 'a', title: 'A', publication: null, date: null, url: null, text, furniture: [], source: 'a.txt' };
  const ms: Mention[] = mentions.map(([surface, placeId, layer, group]) => {
    const p = PLACES.find((x) => x.id === placeId)!;
    const start = text.indexOf(surface);
    return { start, end: start + surface.length, text: surface, name: p.name, lat: p.lat, lon: p.lon, placeId, featureType: p.featureType, layer, confidence: 0.9, ...(group ? { group } : {}) };
  });
  return buildLayers([article], [{ id: 'a', mentions: ms, unresolved: [] }], gazetteer, areas);
}

describe('precision of a place (ACLED codes)', () => {
  it.each([
    ['PPL', 'gn:1', 1],
    ['PPLA2', 'gn:2', 1],
    ['PPLC', 'gn:3', 1],
    ['AIRP', 'airport:LAX', 1],
    ['CTHSE', 'court:nyed', 1],
    ['FCL', 'gn:4', 1],
    ['ADM2', 'admin2:US.48201', 2],
    ['ADMD', 'district:nyed', 2],
    ['ADM1', 'admin1:MX.25', 3],
    ['RGN', 'feature:bajio', 3],
    ['PCLI', 'country:MX', 4],
    ['PCLD', 'country:GL', 4],
    ['CONT', 'gn:6255149', 4],
    ['SEA', 'feature:caribbean-sea', 4],
    ['', 'country:MX', 4],
    ['', 'admin1:MX.25', 3],
    ['', 'district:txsd', 2],
    ['', 'point:-106.4,23.2', 1],
  ] as const)('%s %s is precision %i', (featureType, placeId, expected) => {
    expect(precisionOf(featureType, placeId)).toBe(expected);
  });
});

describe('incidents at a state or a country are drawn as the area', () => {
  const T = 'Gunmen killed five in Nogales. Soldiers raided ranches in Sonora. Troops seized drugs across Mexico. Police arrested two in Durango.';
  const built = build(T, [
    ['Nogales', 'gn:4004886', 'incident'],
    ['Sonora', 'admin1:MX.26', 'incident'],
    ['Mexico', 'country:MX', 'incident'],
    ['Durango', 'admin1:MX.10', 'incident'],
  ]);
  const byId = new Map(built.incidents.features.map((f) => [f.properties.id, f]));

  it.each([
    ['incident:gn:4004886', 1, 'Point'],
    ['incident:admin1:MX.26', 3, 'Polygon'],
    ['incident:country:MX', 4, 'Polygon'],
    ['incident:admin1:MX.10', 3, 'Point'],
  ])('%s: precision %i, drawn as a %s', (id, precision, type) => {
    expect(byId.get(id)?.properties.precision).toBe(precision);
    expect(byId.get(id)?.geometry.type).toBe(type);
  });

  it('a state without a polygon keeps its point', () => {
    expect(byId.get('incident:admin1:MX.10')?.geometry).toEqual({ type: 'Point', coordinates: [-104.9, 24.9] });
  });
});

describe('a union of areas takes its coarsest part\'s precision and says where it is', () => {
  const T = 'The Q-7 cartel is based in Sonora and Durango.';
  const built = build(T, [
    ['Sonora', 'admin1:MX.26', 'territory', 'Q-7 Cartel'],
    ['Durango', 'admin1:MX.10', 'territory', 'Q-7 Cartel'],
  ]);
  it('Sonora and Durango: precision 3, in Mexico', () => {
    const union = built.territories.features.find((f) => f.properties.places?.length === 2);
    expect(union?.properties).toMatchObject({ precision: 3, where: 'Mexico' });
  });
});

describe('where a place is', () => {
  it.each([
    ['gn:4004886', 'Sonora, Mexico'],
    ['gn:5303705', 'Arizona, United States'],
    ['admin1:MX.26', 'Mexico'],
    ['district:azd', 'Arizona, United States'],
    ['gn:3530597', 'Mexico'],
    ['country:MX', undefined],
    ['feature:latin-america', undefined],
    ['gn:9', undefined],
  ])('%s is in %s', (id, expected) => {
    expect(whereOf(get(id)!, get)).toBe(expected);
  });

  it('two places called Nogales are told apart, on the features and on the marked places', () => {
    const T = 'Gunmen killed five in Nogales, Sonora. A day later police arrested a man in Nogales, Arizona.';
    const at = T.lastIndexOf('Nogales');
    const article: Article = { id: 'a', title: 'A', publication: null, date: null, url: null, text: T, furniture: [], source: 'a.txt' };
    const m = (start: number, placeId: string): Mention => {
      const p = get(placeId)!;
      return { start, end: start + 7, text: 'Nogales', name: p.name, lat: p.lat, lon: p.lon, placeId, featureType: p.featureType, layer: 'incident', confidence: 0.9 };
    };
    const built = buildLayers([article], [{ id: 'a', mentions: [m(T.indexOf('Nogales'), 'gn:4004886'), m(at, 'gn:5303705')], unresolved: [] }], gazetteer, areas);
    const labels = built.incidents.features.map((f) => `${f.properties.name} (${f.properties.where})`);
    expect(labels).toEqual(['Nogales (Sonora, Mexico)', 'Nogales (Arizona, United States)']);
    expect(built.articles[0].places.map((p) => p.where)).toEqual(['Sonora, Mexico', 'Arizona, United States']);
  });
});
