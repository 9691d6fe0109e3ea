/**
 * Corrections in the layers (issue 11): who checked a mention and what the machine had read
 * travel into excerpts, features and marked places; a moved mention is drawn at the reader's
 * point; and the page, rebuilding the layers from `articles.json` + `mentions.json` with a
 * reader's corrections, gets the same bytes as `build:data` with those corrections in a file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { correctResults } from '../../geo/annotations/applyCorrections.ts';
import { correctionFor, type CorrectionAnnotation } from '../../geo/annotations/model.ts';
import { areaGeometryIn } from '../../geo/gazetteer/areas.ts';
import { loadAreas, loadGazetteer } from '../../geo/gazetteer/loadGazetteer.node.ts';
import type { PlaceGazetteer } from '../../geo/gazetteer/placeGazetteer.ts';
import { buildData } from '../../geo/layers/buildData.ts';
import { buildLayers, type Layers } from '../../geo/layers/buildLayers.ts';
import { districtLocator } from '../../geo/layers/districtLocator.ts';
import { stringifyArticles, stringifyLayer } from '../../geo/layers/serialize.ts';
import type { Article, ArticleRecord, LayerFeature, Mention, ShippedResult } from '../../geo/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = join(ROOT, 'data/gazetteer');

let gazetteer: PlaceGazetteer;
let areas: (id: string) => ReturnType<typeof areaGeometryIn>;
let options: Parameters<typeof buildData>[3];
let before: ReturnType<typeof buildData>;
let after: ReturnType<typeof buildData>;
let corrections: CorrectionAnnotation[];
const picked: Record<'confirmed' | 'moved' | 'added', { article: string; start: number } | null> = { confirmed: null, moved: null, added: null };
const MOVED_TO = { lon: -99.13321, lat: 19.43261 };

const output = (built: ReturnType<typeof buildData>, file: string) => built.outputs.find(([f]) => f === file)![1];
/** The page's side: shipped files in, layers out, as the worker builds them. */
function rebuild(articlesJson: string, mentionsJson: string, annotations: CorrectionAnnotation[]): { layers: Layers; applied: number } {
  const records = JSON.parse(articlesJson) as ArticleRecord[];
  const shipped = JSON.parse(mentionsJson) as ShippedResult[];
  // What the page has of an article: its record (no furniture, no source file).
  const articles: Article[] = records.map(({ places: _places, ...r }) => ({ ...r, furniture: [], source: '' }));
  const { results, applied } = correctResults(articles, shipped, annotations, gazetteer);
  return { layers: buildLayers(articles, results, gazetteer, areas, options), applied };
}
const bytesOf = (layers: Layers) => [stringifyLayer(layers.incidents), stringifyLayer(layers.jurisdictions), stringifyLayer(layers.territories), stringifyArticles(layers.articles)];
const builtBytes = (built: ReturnType<typeof buildData>) => ['incidents.geojson', 'jurisdictions.geojson', 'territories.geojson', 'articles.json'].map((f) => output(built, f));
const allFeatures = (layers: Layers): LayerFeature[] => [...layers.incidents.features, ...layers.jurisdictions.features, ...layers.territories.features];

beforeAll(() => {
  gazetteer = loadGazetteer(DATA);
  const topologies = loadAreas(DATA);
  areas = (id) => areaGeometryIn(topologies, id);
  options = { districtAt: districtLocator(topologies) };
  const names = readdirSync(join(ROOT, 'data/corpus')).filter((n) => /\.(?:txt|md)$/.test(n)).sort();
  const files = names.map((name) => ({ path: `data/corpus/${name}`, name, bytes: readFileSync(join(ROOT, 'data/corpus', name)) }));
  before = buildData(files, gazetteer, areas, options);

  // Corrections picked from the machine's reading: confirm a jurisdiction, move an incident, add a missed place.
  const records = JSON.parse(output(before, 'articles.json')) as ArticleRecord[];
  const shipped = JSON.parse(output(before, 'mentions.json')) as ShippedResult[];
  corrections = [];
  const at = (id: string) => records.find((r) => r.id === id)!;
  for (const r of shipped) {
    const record = at(r.id);
    const drawn = (m: Mention) => record.places.some((p) => p.start === m.start && p.features.length === 1);
    const jur = r.mentions.find((m) => m.layer === 'jurisdiction' && !m.also && drawn(m));
    if (jur && !picked.confirmed) {
      picked.confirmed = { article: r.id, start: jur.start };
      corrections.push(correctionFor(record, jur, { change: 'confirm' }, 'ana', '2026-12-04T04:00:00Z'));
    }
    const inc = r.mentions.find((m) => m.layer === 'incident' && !m.also && drawn(m) && m.start !== picked.confirmed?.start);
    if (inc && !picked.moved && r.id !== picked.confirmed?.article) {
      picked.moved = { article: r.id, start: inc.start };
      corrections.push(correctionFor(record, inc, { change: 'move', ...MOVED_TO }, 'bo', '2026-12-04T04:01:00Z'));
    }
  }
  // "Add place" on the first capitalised word of the last article that no mention or furniture covers.
  const last = shipped[shipped.length - 1]!;
  const text = at(last.id).text;
  const word = /\b[A-Z][a-z]{3,}\b/g;
  for (let w = word.exec(text); w; w = word.exec(text)) {
    const overlaps = (s: { start: number; end: number }) => s.start < w!.index + w![0].length && w!.index < s.end;
    if (last.mentions.some(overlaps) || (last.furniture ?? []).some(overlaps)) continue;
    picked.added = { article: last.id, start: w.index };
    corrections.push(correctionFor(at(last.id), { start: w.index, end: w.index + w[0].length }, { change: 'add-place', placeId: 'admin1:MX.25', layer: 'incident' }, 'cy', '2026-12-04T04:02:00Z'));
    break;
  }
  after = buildData(files, gazetteer, areas, options, () => {}, corrections.map((annotation) => ({ at: 'test', annotation })));
}, 240_000);

describe('verification travels into the layers', () => {
  it('the corrections were picked and all apply', () => {
    expect(picked.confirmed && picked.moved && picked.added).toBeTruthy();
    expect(after.corrections).toEqual({ applied: 3, errors: [], orphaned: [] });
  });

  it('a build without corrections has no verified or machine field anywhere, and its marked places carry the resolver’s confidence', () => {
    for (const [file, text] of before.outputs) expect(text, file).not.toMatch(/"(?:verified|machine)":/);
    const records = JSON.parse(output(before, 'articles.json')) as ArticleRecord[];
    for (const p of records.flatMap((r) => r.places)) expect(p.confidence).toEqual(expect.any(Number));
  });

  it('a confirmed mention: its excerpt says who and when, keeps the machine’s reading, and the feature counts it', () => {
    const { article, start } = picked.confirmed!;
    const feature = after.layers.jurisdictions.features.find((f) => f.properties.excerpts.some((e) => e.articleId === article && e.mentionStart === start))!;
    const excerpt = feature.properties.excerpts.find((e) => e.articleId === article && e.mentionStart === start)!;
    const shipped = (JSON.parse(output(before, 'mentions.json')) as ShippedResult[]).find((r) => r.id === article)!.mentions.find((m) => m.start === start)!;
    expect(excerpt.verified).toEqual({ by: 'ana', at: '2026-12-04T04:00:00Z', change: 'confirm' });
    expect(excerpt.machine).toEqual({ layer: 'jurisdiction', placeId: shipped.placeId, name: shipped.name, confidence: shipped.confidence });
    expect(excerpt.placeConfidence).toBe(shipped.confidence);
    expect(feature.properties.verified).toBe(1);
    const place = after.layers.articles.find((a) => a.id === article)!.places.find((p) => p.start === start)!;
    expect(place).toMatchObject({ verified: { by: 'ana' }, machine: { placeId: shipped.placeId, name: shipped.name }, confidence: shipped.confidence });
  });

  it('a moved mention is a point feature at the reader’s point, on its layer', () => {
    const { article, start } = picked.moved!;
    const id = `incident:point:${MOVED_TO.lon},${MOVED_TO.lat}`;
    const feature = after.layers.incidents.features.find((f) => f.properties.id === id)!;
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [MOVED_TO.lon, MOVED_TO.lat] });
    expect(feature.properties).toMatchObject({ placeId: `point:${MOVED_TO.lon},${MOVED_TO.lat}`, verified: 1, count: 1 });
    expect(feature.properties.excerpts[0]).toMatchObject({ articleId: article, mentionStart: start, verified: { change: 'move' }, machine: { layer: 'incident' } });
  });

  it('a place the machine missed, added by a person, has a null machine reading', () => {
    const { article, start } = picked.added!;
    const place = after.layers.articles.find((a) => a.id === article)!.places.find((p) => p.start === start)!;
    expect(place).toMatchObject({ placeId: 'admin1:MX.25', layer: 'incident', machine: null, verified: { by: 'cy', change: 'add-place' }, features: ['incident:admin1:MX.25'] });
    const excerpt = after.layers.incidents.features.find((f) => f.properties.id === 'incident:admin1:MX.25')!.properties.excerpts.find((e) => e.articleId === article && e.mentionStart === start);
    expect(excerpt?.machine).toBeNull();
  });

  it('an empty corpus ships an empty mentions.json', () => {
    expect(output(buildData([], gazetteer, areas, options), 'mentions.json')).toBe('[]\n');
  });
});

describe('the page rebuilds the shipped layers from articles.json and mentions.json', () => {
  it('mentions.json holds one result per article, in articles.json order, with the furniture buildLayers needs', () => {
    const records = JSON.parse(output(after, 'articles.json')) as ArticleRecord[];
    const shipped = JSON.parse(output(after, 'mentions.json')) as ShippedResult[];
    expect(shipped.map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect(shipped.some((r) => r.furniture?.length)).toBe(true);
    expect(output(after, 'mentions.json')).toMatch(/^\[\n\{"id":/);
  });

  it('round trip: build → parse articles.json + mentions.json → buildLayers → the built files’ bytes', () => {
    for (const built of [before, after]) {
      expect(bytesOf(rebuild(output(built, 'articles.json'), output(built, 'mentions.json'), []).layers)).toEqual(builtBytes(built));
    }
  });

  it('a reader’s corrections over the shipped files give what build:data gives with them in a file', () => {
    const { layers, applied } = rebuild(output(before, 'articles.json'), output(before, 'mentions.json'), corrections);
    expect(applied).toBe(3);
    expect(bytesOf(layers)).toEqual(builtBytes(after));
  });

  it('corrections for an article not sent are ignored, not errors', () => {
    const elsewhere = corrections.map((c) => ({ ...c, target: { ...c.target, source: 'an-added-article' } }));
    const { layers, applied } = rebuild(output(before, 'articles.json'), output(before, 'mentions.json'), elsewhere);
    expect(applied).toBe(0);
    expect(bytesOf(layers)).toEqual(builtBytes(before));
  });
});

describe('a reader’s point (Move) on each layer', () => {
  const TEXT = 'Prosecutors in Villa Q said the Q-9 Cartel controls Villa Q.';
  const article: Article = { id: 'q', title: 'Q', publication: null, date: null, url: null, text: TEXT, furniture: [], source: 'q.txt' };
  const point = { lon: -100.5, lat: 20.25 };
  const moved = (layer: Mention['layer'], extra: Partial<Mention> = {}): Mention => ({
    start: 15, end: 22, text: 'Villa Q', name: 'Villa Q', ...point, placeId: `point:${point.lon},${point.lat}`, featureType: 'ADM1', layer, confidence: 1,
    verified: { by: 'ana', at: '2026-12-04T04:00:00Z', change: 'move' }, machine: { layer, placeId: 'admin1:QX.01', name: 'Villa Q', confidence: 0.6 }, ...extra,
  });
  // A district locator that would claim every point: a reader's point must not be moved onto it.
  const build = (m: Mention) => buildLayers([article], [{ id: 'q', mentions: [m], unresolved: [] }], { get: () => undefined }, () => ({ type: 'Polygon', coordinates: [] }), { districtAt: () => 'district:qx' });

  it.each([
    ['incident', 'incidents', {}],
    ['jurisdiction (a prosecutor: not moved onto a district, not drawn as an area)', 'jurisdictions', { kind: 'prosecutor' as const }],
  ] as const)('%s: a point at the reader’s coordinates', (_what, layer, extra) => {
    const m = moved(layer === 'incidents' ? 'incident' : 'jurisdiction', extra);
    const [f] = build(m)[layer].features;
    expect(f.properties.id).toBe(`${m.layer}:point:-100.5,20.25`);
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [-100.5, 20.25] });
    expect(f.properties.verified).toBe(1);
  });

  it('territory: the area around the reader’s point (territories are areas), never a union with other areas', () => {
    const [f] = build(moved('territory', { group: 'Q-9 Cartel', claim: 'controls' })).territories.features;
    expect(f.properties.id).toBe('territory:q-9-cartel:point:-100.5,20.25');
    expect(f.geometry.type).toBe('Polygon');
    const ring = (f.geometry as { coordinates: number[][][] }).coordinates[0];
    const lats = ring.map((p) => p[1]);
    expect((Math.max(...lats) + Math.min(...lats)) / 2).toBeCloseTo(20.25, 3);
  });
});
