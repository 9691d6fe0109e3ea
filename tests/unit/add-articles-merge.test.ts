import { describe, expect, it } from 'vitest';
import type { Layers } from '../../geo/layers/buildLayers.ts';
import type { ArticleRecord, Excerpt, LayerCollection, LayerFeature } from '../../geo/types.ts';
import type { AppData } from '../../src/lib/data.ts';
import { mergeLayers } from '../../src/lib/ingest/mergeLayers.ts';
import { userArticleId } from '../../src/lib/ingest/readInput.ts';

const excerpt = (articleId: string, start: number, extra: Partial<Excerpt> = {}): Excerpt => ({ articleId, title: articleId, text: 'x', start, end: start + 1, ...extra });
const feature = (layer: 'incident' | 'jurisdiction' | 'territory', id: string, excerpts: Excerpt[], extra = {}): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [0, 0] },
  properties: { id, name: id, layer, placeId: id, featureType: 'PPL', count: excerpts.length, excerpts, ...extra },
});
const fc = (...features: LayerFeature[]): LayerCollection => ({ type: 'FeatureCollection', features });
const record = (id: string): ArticleRecord => ({ id, title: id, publication: null, date: null, url: null, text: '', places: [] });

const base: AppData = {
  layers: {
    incident: fc(feature('incident', 'incident:a', [excerpt('shipped', 5, { kind: 'arrest', date: '2020-01-01' })], { kind: 'arrest', date: '2020-01-01' })),
    jurisdiction: fc(),
    territory: fc(),
  },
  articles: [record('shipped')],
};

describe('added layers join the shipped ones', () => {
  const user: Layers = {
    incidents: fc(
      feature('incident', 'incident:a', [excerpt('mine', 1, { kind: 'raid', date: '2019-05-01' })]),
      feature('incident', 'incident:b', [excerpt('mine', 9)]),
    ),
    jurisdictions: fc(feature('jurisdiction', 'jurisdiction:c', [excerpt('mine', 3)])),
    territories: fc(),
    articles: [record('mine')],
  };
  const merged = mergeLayers(base, user);

  it.each([
    ['a place both name is one feature with both excerpts, sorted by article', 'incident', 'incident:a', ['mine', 'shipped']],
    ['a place only an added article names is a new feature', 'incident', 'incident:b', ['mine']],
    ['a new layer entry appears in its layer', 'jurisdiction', 'jurisdiction:c', ['mine']],
  ] as const)('%s', (_name, layer, id, articles) => {
    const f = merged.layers[layer].features.find((x) => x.properties.id === id)!;
    expect(f.properties.excerpts.map((e) => e.articleId)).toEqual(articles);
    expect(f.properties.count).toBe(articles.length);
  });

  it('the summary is recomputed from all excerpts (earliest date)', () => {
    expect(merged.layers.incident.features.find((x) => x.properties.id === 'incident:a')!.properties.date).toBe('2019-05-01');
  });

  it('the articles are the shipped ones then the added ones; the inputs are unchanged', () => {
    expect(merged.articles.map((a) => a.id)).toEqual(['shipped', 'mine']);
    expect(base.layers.incident.features[0].properties.count).toBe(1);
  });

  it('no added layers: the shipped data as it is', () => {
    expect(mergeLayers(base, null)).toBe(base);
  });
});

describe("an added article's id", () => {
  it.each([
    ['the same article twice is one id', { title: 'Raid', text: 'a' }, { title: 'Raid', text: 'a' }, true],
    ['another text under the same title is another id', { title: 'Raid', text: 'a' }, { title: 'Raid', text: 'b' }, false],
    ['another title over the same text is another id', { title: 'Raid', text: 'a' }, { title: 'Arrest', text: 'a' }, false],
  ])('%s', (_name, a, b, same) => {
    expect(userArticleId(a) === userArticleId(b)).toBe(same);
  });

  it.each([
    ['Arrest in Culiacán', /^arrest-in-culiacan-[0-9a-z]{7}$/],
    ['<img src=x onerror=go()>', /^img-src-x-onerror-go-[0-9a-z]{7}$/],
    ['¿?', /^article-[0-9a-z]{7}$/],
  ])('%s → a slug of plain letters', (title, want) => {
    expect(userArticleId({ title, text: 't' })).toMatch(want);
  });
});
