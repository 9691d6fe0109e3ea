import { positionsOf } from '../../src/lib/explore/representativePoint.ts';
import { describe, expect, it } from 'vitest';
import { toGeojson } from '../../src/lib/explore/toGeojson.ts';
import { ATTRIBUTION } from '../../src/lib/attribution.ts';
import type { LayerFeature } from '../../geo/types.ts';
import { article, excerpt, pointFeature, shippedLayers } from './support/exportFixtures.ts';

const meta = { filter: 'Incidents · Actor: Sinaloa Cartel · 2019-01-01 to 2019-12-31', exported: '2026-12-04T06:00:00.000Z', sources: ATTRIBUTION };
const parse = (features: LayerFeature[], arts = new Map([['a1', article()]])) => JSON.parse(toGeojson(features, meta, arts));

const positions = positionsOf;
const decimals = (x: number) => (String(x).split('.')[1] ?? '').length;

describe('toGeojson: an RFC 7946 FeatureCollection of the shipped layers', () => {
  const { features, articles } = shippedLayers();
  const out = JSON.parse(toGeojson(features, meta, articles));

  it('is a FeatureCollection with no crs member, one Feature per input feature', () => {
    expect(out.type).toBe('FeatureCollection');
    expect(out).not.toHaveProperty('crs');
    expect(out.features).toHaveLength(features.length);
    for (const f of out.features) {
      expect(f.type).toBe('Feature');
      expect(typeof f.id).toBe('string');
      expect(f.id).toBe(f.properties.id);
    }
  });

  it('has WGS84 lon/lat positions with at most 6 decimals', () => {
    const bad: string[] = [];
    for (const f of out.features) {
      for (const p of positions(f.geometry)) {
        const [lon, lat] = p;
        if (p.length !== 2 || Math.abs(lon) > 180 || Math.abs(lat) > 90 || decimals(lon) > 6 || decimals(lat) > 6) bad.push(`${f.id}: ${p}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps every property and excerpt, each excerpt with its article', () => {
    const byId = new Map(features.map((f) => [f.properties.id, f]));
    for (const f of out.features) {
      const { excerpts, ...rest } = byId.get(f.id)!.properties;
      expect(f.properties).toMatchObject(rest);
      expect(f.properties.excerpts).toHaveLength(excerpts.length);
      for (const e of f.properties.excerpts) {
        const a = articles.get(e.articleId)!;
        expect(e).toMatchObject({ title: a.title, publication: a.publication, articleDate: a.date, url: a.url });
        expect(a.text.slice(e.mentionStart, e.mentionEnd), f.id).toBe(e.text.slice(e.start, e.end));
      }
    }
  });

  it('says what it is: filter, time, counts and attribution in the `plaza` foreign member', () => {
    expect(out.plaza).toEqual({
      filter: meta.filter,
      exported: meta.exported,
      features: features.length,
      excerpts: features.reduce((n, f) => n + f.properties.excerpts.length, 0),
      attribution: [...ATTRIBUTION],
    });
  });

  it('gives the same bytes for the same features in any order, and leaves the input as it was', () => {
    const before = JSON.stringify(features);
    expect(toGeojson([...features].reverse(), meta, articles)).toBe(toGeojson(features, meta, articles));
    expect(JSON.stringify(features)).toBe(before);
  });

  it('lists incidents, then jurisdictions, then territory claims, each by id', () => {
    const ids = out.features.map((f: { id: string }) => f.id);
    const layers = out.features.map((f: { properties: { layer: string } }) => f.properties.layer);
    expect(layers).toEqual([...layers].sort((a, b) => ['incident', 'jurisdiction', 'territory'].indexOf(a) - ['incident', 'jurisdiction', 'territory'].indexOf(b)));
    for (let i = 1; i < ids.length; i++) if (layers[i] === layers[i - 1]) expect(ids[i - 1] < ids[i]).toBe(true);
  });
});

describe('toGeojson: coordinates', () => {
  it.each([
    ['more than 6 decimals are rounded', [-107.3940117, 24.80912449], [-107.394012, 24.809124]],
    ['an offset under a micro-degree rounds to 0', [-0.0000001, 0.0000004], [0, 0]],
    ['6 decimals stay', [-99.133208, 19.432608], [-99.133208, 19.432608]],
  ])('%s', (_name, input, expected) => {
    const [f] = parse([pointFeature({}, input as [number, number])]).features;
    expect(f.geometry.coordinates).toEqual(expected);
  });

  it('a coordinate that is not a number fails, naming the feature', () => {
    expect(() => toGeojson([pointFeature({ id: 'incident:bad' }, [NaN, 20])], meta)).toThrow('invalid coordinate NaN in feature incident:bad');
  });
});

describe('toGeojson: provenance of an excerpt whose article is not loaded', () => {
  it('keeps the excerpt with null publication, article date and url', () => {
    const [f] = parse([pointFeature({ excerpts: [excerpt({ articleId: 'elsewhere', title: 'Elsewhere' })] })]).features;
    expect(f.properties.excerpts[0]).toMatchObject({ articleId: 'elsewhere', title: 'Elsewhere', publication: null, articleDate: null, url: null, mentionStart: 125, mentionEnd: 133 });
  });

  it('an empty selection is an empty FeatureCollection that still says its filter', () => {
    const out = JSON.parse(toGeojson([], meta));
    expect(out).toMatchObject({ type: 'FeatureCollection', features: [], plaza: { features: 0, excerpts: 0, filter: meta.filter } });
  });
});
