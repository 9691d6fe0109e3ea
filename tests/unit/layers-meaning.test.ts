/**
 * The layers' meaning: one jurisdiction per court/district whatever words name it, claims over
 * several states as their union, a mention feeding two layers, and excerpts that carry their
 * evidence (cue, role, kind, date, claim) and trace back to the article.
 */
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildLayers, jurisdictionUnit, summarize, type PlaceLookup } from '../../geo/layers/index.ts';
import type { Article, Excerpt, Mention, Place } from '../../geo/types.ts';

const PLACES: Place[] = [
  { id: 'gn:10', name: 'Westbury', kind: 'city', featureType: 'PPLA2', lat: 40.65, lon: -73.95, country: 'US', admin1: 'NY', population: 2_000_000 },
  { id: 'gn:11', name: 'Puerto Lindo', kind: 'city', featureType: 'PPL', lat: 23.2, lon: -106.4, country: 'XX', admin1: '01', population: 1000 },
  { id: 'court:wb', name: 'Westbury Courthouse', kind: 'court', featureType: 'CTHSE', lat: 40.7, lon: -73.99, country: 'US', admin1: 'NY', population: 0 },
  { id: 'district:wb', name: 'Eastern District of Westbury', kind: 'district', featureType: 'ADMD', lat: 40.7, lon: -73.99, country: 'US', admin1: 'NY', population: 0 },
  { id: 'admin1:XX.01', name: 'Lomaria', kind: 'admin1', featureType: 'ADM1', lat: 1, lon: 1, country: 'XX', admin1: '01', population: 0 },
  { id: 'admin1:XX.02', name: 'Varossa', kind: 'admin1', featureType: 'ADM1', lat: 1, lon: 3, country: 'XX', admin1: '02', population: 0 },
];
const gazetteer: PlaceLookup = { get: (id) => PLACES.find((p) => p.id === id) };
const square = (x: number): Geometry => ({ type: 'Polygon', coordinates: [[[x, 0], [x + 2, 0], [x + 2, 2], [x, 2], [x, 0]]] });
const AREAS: Record<string, Geometry> = { 'admin1:XX.01': square(0), 'admin1:XX.02': square(2), 'district:wb': square(-75) };
const areas = (id: string) => AREAS[id] ?? null;
const districtAt = (lat: number, lon: number) => (lon < -73 && lon > -75 && lat > 40 && lat < 41 ? 'district:wb' : null);

function article(text: string, id = 'a'): Article {
  return { id, title: `T ${id}`, publication: null, date: '2020-11-17', url: null, text, furniture: [], source: `${id}.txt` };
}
function mention(text: string, surface: string, placeId: string, extra: Partial<Mention>, nth = 0): Mention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(surface, start + 1);
  const p = PLACES.find((x) => x.id === placeId)!;
  return { start, end: start + surface.length, text: surface, name: p.name, lat: p.lat, lon: p.lon, placeId, featureType: p.featureType, layer: 'other', confidence: 1, ...extra };
}

describe('jurisdictionUnit: the words differ, the jurisdiction is one', () => {
  it.each([
    ['a court is its district', { placeId: 'court:wb', featureType: 'CTHSE', lat: 40.7, lon: -73.99 }, 'court', 'district:wb'],
    ['prosecutors in a US city: the district containing it', { placeId: 'gn:10', featureType: 'PPLA2', lat: 40.65, lon: -73.95 }, 'prosecutor', 'district:wb'],
    ['a court in a US city: the district containing it', { placeId: 'gn:10', featureType: 'PPLA2', lat: 40.65, lon: -73.95 }, 'court', 'district:wb'],
    ['officials of a city stay the city', { placeId: 'gn:10', featureType: 'PPLA2', lat: 40.65, lon: -73.95 }, 'city', 'gn:10'],
    ['prosecutors outside the US stay the city', { placeId: 'gn:11', featureType: 'PPL', lat: 23.2, lon: -106.4 }, 'prosecutor', 'gn:11'],
    ['a state stays the state', { placeId: 'admin1:XX.01', featureType: 'ADM1', lat: 1, lon: 1 }, 'prosecutor', 'admin1:XX.01'],
  ] as const)('%s', (_n, m, kind, unit) => {
    expect(jurisdictionUnit(m, { layer: 'jurisdiction', kind }, gazetteer, districtAt)).toBe(unit);
  });
});

describe('buildLayers: meaning', () => {
  const text =
    'Federal prosecutors in Westbury charged him. The Westbury Courthouse set a date. The Q-7 cartel, based in Lomaria and Varossa, paid him. The Q-7 cartel, based in Puerto Lindo, killed two officers there.';
  const mentions: Mention[] = [
    mention(text, 'Westbury', 'gn:10', { layer: 'jurisdiction', kind: 'prosecutor', cue: 'prosecutors in', cueStart: 8, cueEnd: 22, roleConfidence: 0.9 }),
    mention(text, 'Westbury Courthouse', 'court:wb', { layer: 'jurisdiction', kind: 'court', cue: 'Westbury Courthouse', roleConfidence: 0.95 }),
    mention(text, 'Lomaria', 'admin1:XX.01', { layer: 'territory', group: 'Q-7 Cartel', claim: 'based in', cue: 'based in', cueStart: text.indexOf('based in'), cueEnd: text.indexOf('based in') + 8 }),
    mention(text, 'Varossa', 'admin1:XX.02', { layer: 'territory', group: 'Q-7 Cartel', claim: 'based in', cue: 'based in', cueStart: text.indexOf('based in'), cueEnd: text.indexOf('based in') + 8 }),
    mention(text, 'Puerto Lindo', 'gn:11', {
      layer: 'territory',
      group: 'Q-7 Cartel',
      claim: 'based in',
      also: [{ layer: 'incident', kind: 'killing', cue: 'killed', date: '2020-11', dateApprox: true, roleConfidence: 0.7 }],
    }),
  ];
  const built = buildLayers([article(text)], [{ id: 'a', mentions, unresolved: [] }], gazetteer, areas, { districtAt });

  it('"prosecutors in Westbury" and "the Westbury Courthouse" end on one district feature, drawn as polygon and courthouse point', () => {
    expect(built.jurisdictions.features).toHaveLength(1);
    const f = built.jurisdictions.features[0];
    expect(f.properties).toMatchObject({ id: 'jurisdiction:district:wb', name: 'Eastern District of Westbury', kind: 'district', court: { id: 'court:wb' }, count: 2 });
    expect(f.geometry.type).toBe('GeometryCollection');
    if (f.geometry.type === 'GeometryCollection') expect(f.geometry.geometries.map((g) => g.type)).toEqual(['Polygon', 'Point']);
  });

  it('a claim over two states in one statement is one feature drawn as their union', () => {
    const u = built.territories.features.find((f) => f.properties.places);
    expect(u?.properties).toMatchObject({ id: 'territory:q-7-cartel:admin1:XX.01+admin1:XX.02', name: 'Lomaria and Varossa', claim: 'based in', count: 2 });
    expect(u?.geometry.type).toBe('Polygon'); // the two adjacent squares merge into one
  });

  it('a city claim stays apart; the killing there is also an incident', () => {
    expect(built.territories.features.map((f) => f.properties.id)).toContain('territory:q-7-cartel:gn:11');
    const inc = built.incidents.features.map((f) => f.properties);
    expect(inc).toEqual([expect.objectContaining({ id: 'incident:gn:11', kind: 'killing', date: '2020-11', dateApprox: true })]);
    const record = built.articles[0].places.find((p) => p.placeId === 'gn:11');
    expect(record?.features).toEqual(['territory:q-7-cartel:gn:11', 'incident:gn:11']);
  });

  it('excerpts carry the role, the cue inside the excerpt text, and the article span', () => {
    const ex = built.jurisdictions.features[0].properties.excerpts[0];
    expect(ex).toMatchObject({ role: 'jurisdiction', cue: 'prosecutors in', kind: 'prosecutor', confidence: 0.9, sentence: 0, mentionStart: 23, mentionEnd: 31 });
    expect(ex.text.slice(ex.cueStart!, ex.cueEnd!)).toBe('prosecutors in');
    expect(text.slice(ex.mentionStart!, ex.mentionEnd!)).toBe(ex.text.slice(ex.start, ex.end));
  });
});

describe('summarize', () => {
  const ex = (e: Partial<Excerpt>): Excerpt => ({ articleId: 'a', title: 't', text: 'x', start: 0, end: 1, ...e });
  it.each([
    ['incident: the most frequent kind, the earliest date', 'incident', [ex({ kind: 'arrest', date: '2020-10', dateApprox: true }), ex({ kind: 'arrest', date: '2019-01-02', dateApprox: false }), ex({ kind: 'killing' })], null, { kind: 'arrest', date: '2019-01-02', dateApprox: false }],
    ['territory: the strongest claim first, every period', 'territory', [ex({ claim: 'based in', period: '2015–2017' }), ex({ claim: 'controls', period: 'since 2010' })], null, { claim: 'controls', claims: ['controls', 'based in'], period: '2015–2017; since 2010' }],
    ['jurisdiction: what the place is wins over who acts there', 'jurisdiction', [ex({ kind: 'prosecutor' })], 'country', { kind: 'country' }],
    ['jurisdiction in a city: who acts there', 'jurisdiction', [ex({ kind: 'court' }), ex({ kind: 'court' }), ex({ kind: 'prosecutor' })], null, { kind: 'court' }],
  ] as const)('%s', (_n, layer, excerpts, unit, expected) => {
    expect(summarize(layer, excerpts, unit)).toMatchObject(expected);
  });
});
