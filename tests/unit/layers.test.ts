import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildLayers, featureId, stringifyArticles, stringifyLayer, type PlaceLookup } from '../../geo/layers/index.ts';
import type { Article, GeoparseResult, Layer, Mention, Place } from '../../geo/types.ts';

const PLACES: Place[] = [
  { id: 'gn:1', name: 'Puerto Lindo', kind: 'city', featureType: 'PPLA', lat: 23.2494449, lon: -106.4111109, country: 'XX', admin1: '01', population: 400000 },
  { id: 'admin1:XX.01', name: 'Lomaria', kind: 'admin1', featureType: 'ADM1', lat: 25, lon: -107.5, country: 'XX', admin1: '01', population: 0 },
  { id: 'airport:WBY', name: 'Westbury International Airport', kind: 'airport', featureType: 'AIRP', lat: 33.94254, lon: -118.40807, country: 'YY', admin1: 'CA', population: 0 },
  { id: 'court:wb', name: 'Westbury Federal Court', kind: 'court', featureType: 'CTHSE', lat: 40.6955, lon: -73.9897, country: 'YY', admin1: 'NY', population: 0 },
  { id: 'country:XX', name: 'Ruritania', kind: 'country', featureType: 'PCLI', lat: 23, lon: -102, country: 'XX', admin1: '', population: 0 },
];
const gazetteer: PlaceLookup = { get: (id) => PLACES.find((p) => p.id === id) };
const SQUARE: Geometry = { type: 'Polygon', coordinates: [[[-108.1234567, 24.1], [-107, 24.1], [-107, 25.9], [-108.1234567, 24.1]]] };
const areas = (id: string): Geometry | null => (id === 'admin1:XX.01' || id === 'country:XX' ? SQUARE : null);

function article(id: string, text: string, furniture: Article['furniture'] = []): Article {
  return { id, title: `Title ${id}`, publication: null, date: null, url: null, text, furniture, source: `${id}.txt` };
}
function mention(text: string, surface: string, placeId: string, layer: Layer, group?: string, nth = 0): Mention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(surface, start + 1);
  const p = PLACES.find((x) => x.id === placeId)!;
  return { start, end: start + surface.length, text: surface, name: p.name, lat: p.lat, lon: p.lon, placeId, featureType: p.featureType, layer, confidence: 0.9, ...(group ? { group } : {}) };
}

const T1 = 'He was arrested at Westbury International Airport. The Q-7 cartel, based in Lomaria, paid him.\n\n3 comments\nI was arrested in Puerto Lindo once.';
const T2 = 'Prosecutors at the Westbury Federal Court charged him. Later he was arrested at Westbury International Airport again. The Q-7 cartel expanded into Puerto Lindo.';
const A1 = article('b-article', T1, [{ start: T1.indexOf('3 comments'), end: T1.length, kind: 'comments' }]);
const A2 = article('a-article', T2);
const R1: GeoparseResult = {
  id: 'b-article',
  unresolved: [],
  mentions: [
    mention(T1, 'Lomaria', 'admin1:XX.01', 'territory', 'Q-7 Cartel'),
    mention(T1, 'Westbury International Airport', 'airport:WBY', 'incident'),
    mention(T1, 'Puerto Lindo', 'gn:1', 'incident'),
  ],
};
const R2: GeoparseResult = {
  id: 'a-article',
  unresolved: [],
  mentions: [
    mention(T2, 'Westbury Federal Court', 'court:wb', 'jurisdiction'),
    mention(T2, 'Westbury International Airport', 'airport:WBY', 'incident'),
    mention(T2, 'Puerto Lindo', 'gn:1', 'territory', 'Q-7 Cartel'),
  ],
};

describe('buildLayers', () => {
  const built = buildLayers([A1, A2], [R1, R2], gazetteer, areas);

  it('groups mentions by layer and place into features with stable ids, sorted', () => {
    expect(built.incidents.features.map((f) => f.properties.id)).toEqual(['incident:airport:WBY']);
    expect(built.jurisdictions.features.map((f) => f.properties.id)).toEqual(['jurisdiction:court:wb']);
    expect(built.territories.features.map((f) => f.properties.id)).toEqual([
      'territory:q-7-cartel:admin1:XX.01',
      'territory:q-7-cartel:gn:1',
    ]);
  });

  it('drops mentions inside furniture', () => {
    expect(built.incidents.features.some((f) => f.properties.placeId === 'gn:1')).toBe(false);
    expect(built.articles.find((a) => a.id === 'b-article')!.places.map((p) => p.placeId)).not.toContain('gn:1');
  });

  it('sorts excerpts by article then offset; count is the number of excerpts', () => {
    const lax = built.incidents.features[0].properties;
    expect(lax.count).toBe(2);
    expect(lax.excerpts.map((e) => e.articleId)).toEqual(['a-article', 'b-article']);
    for (const e of lax.excerpts) expect(e.text.slice(e.start, e.end)).toBe('Westbury International Airport');
    expect(lax.excerpts[1]).toEqual({
      articleId: 'b-article',
      title: 'Title b-article',
      text: 'He was arrested at Westbury International Airport.',
      start: 19,
      end: 49,
      mentionStart: 19,
      mentionEnd: 49,
      sentence: 0,
      role: 'incident',
      placeConfidence: 0.9,
    });
  });

  it('draws incidents and courts as points, areas as polygons, cities claimed as circles', () => {
    expect(built.incidents.features[0].geometry).toEqual({ type: 'Point', coordinates: [-118.40807, 33.94254] });
    expect(built.jurisdictions.features[0].geometry.type).toBe('Point');
    const [area, city] = built.territories.features;
    expect(area.geometry).toEqual({ type: 'Polygon', coordinates: [[[-108.12346, 24.1], [-107, 24.1], [-107, 25.9], [-108.12346, 24.1]]] });
    expect(city.geometry.type).toBe('Polygon');
    const ring = (city.geometry as { coordinates: number[][][] }).coordinates[0];
    expect(ring.length).toBeGreaterThan(16);
    // ~15 km: a degree of latitude is ~111 km.
    const maxLat = Math.max(...ring.map((p) => p[1]));
    expect(maxLat - 23.24944).toBeCloseTo(15 / 111.2, 2);
    for (const p of ring) for (const c of p) expect(Math.round(c * 1e5) / 1e5).toBe(c);
  });

  it('puts the group on territory features only', () => {
    expect(built.territories.features.every((f) => f.properties.group === 'Q-7 Cartel')).toBe(true);
    expect(built.incidents.features[0].properties).not.toHaveProperty('group');
  });

  it('article records list kept mentions with the feature ids they feed, articles sorted by id', () => {
    expect(built.articles.map((a) => a.id)).toEqual(['a-article', 'b-article']);
    expect(built.articles[0].places).toEqual([
      { start: 19, end: 41, placeId: 'court:wb', name: 'Westbury Federal Court', layer: 'jurisdiction', features: ['jurisdiction:court:wb'], confidence: 0.9 },
      expect.objectContaining({ placeId: 'airport:WBY', features: ['incident:airport:WBY'] }),
      expect.objectContaining({ placeId: 'gn:1', features: ['territory:q-7-cartel:gn:1'] }),
    ]);
  });

  it('keeps "other" mentions in the article record but off the map', () => {
    const t = 'Puerto Lindo is pleasant.';
    const out = buildLayers([article('c', t)], [{ id: 'c', unresolved: [], mentions: [mention(t, 'Puerto Lindo', 'gn:1', 'other')] }], gazetteer, areas);
    expect(out.incidents.features.length + out.jurisdictions.features.length + out.territories.features.length).toBe(0);
    expect(out.articles[0].places).toEqual([{ start: 0, end: 12, placeId: 'gn:1', name: 'Puerto Lindo', where: 'Lomaria, Ruritania', layer: 'other', features: [], confidence: 0.9 }]);
  });

  it('is deterministic whatever the input order', () => {
    const again = buildLayers([A2, A1], [R2, R1], gazetteer, areas);
    expect(stringifyLayer(again.incidents)).toBe(stringifyLayer(built.incidents));
    expect(stringifyLayer(again.territories)).toBe(stringifyLayer(built.territories));
    expect(stringifyArticles(again.articles)).toBe(stringifyArticles(built.articles));
  });

  it('refuses a non-finite coordinate, naming the feature', () => {
    const t = 'He was arrested at Nowhere.';
    const m = { ...mention(t, 'Nowhere', 'gn:1', 'incident'), placeId: 'gn:404', lat: Number.NaN };
    expect(() => buildLayers([article('d', t)], [{ id: 'd', unresolved: [], mentions: [m] }], gazetteer, areas)).toThrow(
      'invalid coordinate [-106.41111, NaN] in feature incident:gn:404',
    );
  });

  it('a jurisdiction country is drawn as its area, falling back to a point', () => {
    const t = 'Ruritanian authorities said so.';
    const m = mention(t, 'Ruritania', 'country:XX', 'jurisdiction');
    const out = buildLayers([article('e', t)], [{ id: 'e', unresolved: [], mentions: [m] }], gazetteer, areas);
    expect(out.jurisdictions.features[0].geometry.type).toBe('Polygon');
    const none = buildLayers([article('e', t)], [{ id: 'e', unresolved: [], mentions: [m] }], gazetteer, () => null);
    expect(none.jurisdictions.features[0].geometry.type).toBe('Point');
  });
});

describe('featureId', () => {
  it.each([
    [{ layer: 'incident', placeId: 'gn:5368361' }, 'incident:gn:5368361'],
    [{ layer: 'jurisdiction', placeId: 'district:nyed' }, 'jurisdiction:district:nyed'],
    [{ layer: 'territory', placeId: 'admin1:MX.25', group: 'H-2 Cartel' }, 'territory:h-2-cartel:admin1:MX.25'],
    [{ layer: 'other', placeId: 'gn:1' }, null],
  ] as const)('%j → %s', (m, id) => expect(featureId(m)).toBe(id));
});

describe('stringifyLayer', () => {
  it('writes one feature per line with a fixed key order', () => {
    const s = stringifyLayer(buildLayers([A1, A2], [R1, R2], gazetteer, areas).territories);
    const lines = s.split('\n');
    expect(lines[0]).toBe('{"type":"FeatureCollection","features":[');
    expect(lines[1].startsWith('{"type":"Feature","properties":{"id":"territory:q-7-cartel:admin1:XX.01","name":"Lomaria","layer":"territory","placeId":"admin1:XX.01","featureType":"ADM1","precision":3,"where":"Ruritania","group":"Q-7 Cartel","count":1,"excerpts":[')).toBe(true);
    expect(JSON.parse(s).features).toHaveLength(2);
    expect(s.endsWith(']}\n')).toBe(true);
  });
});
