/**
 * The generated layer sets `npm run bench:map` loads into the app: deterministic from a seed,
 * and in the shapes of `data/layers/` (what `src/lib/data.ts` checks and the app reads).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dateSpan } from '../../src/lib/explore/dates.ts';
import { generateLayers, layerFiles, loadPlacePool, type GeneratedLayers, type PlacePool } from '../e2e/generateLayers.ts';
import { positionsOf } from '../../src/lib/explore/representativePoint.ts';

let pool: PlacePool;
let big: GeneratedLayers;
beforeAll(() => {
  pool = loadPlacePool();
  big = generateLayers(2000, { seed: 7, pool });
});

const layersOf = (g: GeneratedLayers) =>
  [
    ['incident', g.incidents],
    ['jurisdiction', g.jurisdictions],
    ['territory', g.territories],
  ] as const;
const features = (g: GeneratedLayers) => layersOf(g).flatMap(([, c]) => c.features);

const positions = positionsOf;

describe('generated layer sets are deterministic', () => {
  it.each([
    [1, 1],
    [300, 42],
  ])('size %i with seed %i gives the same files twice', (size, seed) => {
    expect(layerFiles(generateLayers(size, { seed, pool }))).toEqual(layerFiles(generateLayers(size, { seed, pool })));
  });

  it('another seed gives other places', () => {
    const a = generateLayers(300, { seed: 1, pool }).incidents.features.map((f) => f.properties.id);
    const b = generateLayers(300, { seed: 2, pool }).incidents.features.map((f) => f.properties.id);
    expect(a).not.toEqual(b);
  });
});

describe('a generated set has the size asked for, mostly incident points', () => {
  it.each([1, 17, 1000])('%i features', (size) => {
    const g = generateLayers(size, { seed: 3, pool });
    expect(features(g)).toHaveLength(size);
    if (size >= 100) {
      expect(g.incidents.features.length / size).toBeGreaterThan(0.85);
      expect(g.incidents.features.every((f) => f.geometry.type === 'Point')).toBe(true);
    }
  });

  it('places used up are used again under new ids, so ids stay unique past the pool', () => {
    const tiny: PlacePool = { towns: pool.towns.slice(0, 5), states: pool.states.slice(0, 2) };
    const g = generateLayers(200, { seed: 5, pool: tiny });
    const ids = g.incidents.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => id.includes('~'))).toBe(true);
  });
});

describe('generated features pass the app’s shape checks', () => {
  it('each file is a FeatureCollection whose features have unique string ids of their layer', () => {
    for (const [layer, c] of layersOf(big)) {
      expect(c.type).toBe('FeatureCollection');
      const ids = c.features.map((f) => f.properties.id);
      expect(ids.every((id) => typeof id === 'string' && id.startsWith(`${layer}:`))).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
      expect(c.features.every((f) => f.type === 'Feature' && f.properties.layer === layer)).toBe(true);
    }
  });

  it('every feature has 1–3 excerpts and counts them', () => {
    for (const f of features(big)) {
      expect(Array.isArray(f.properties.excerpts)).toBe(true);
      expect(f.properties.excerpts.length).toBeGreaterThanOrEqual(1);
      expect(f.properties.excerpts.length).toBeLessThanOrEqual(3);
      expect(f.properties.count).toBe(f.properties.excerpts.length);
    }
  });

  it('coordinates are valid lon/lat, polygons closed, points in Mexico or the contiguous United States', () => {
    for (const f of features(big)) {
      for (const [lon, lat] of positions(f.geometry)) {
        expect(Number.isFinite(lon) && Number.isFinite(lat)).toBe(true);
        expect(lon).toBeGreaterThanOrEqual(-126);
        expect(lon).toBeLessThanOrEqual(-65);
        expect(lat).toBeGreaterThanOrEqual(13);
        expect(lat).toBeLessThanOrEqual(51);
      }
      if (f.geometry.type === 'Polygon') {
        for (const ring of f.geometry.coordinates) {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring.at(-1)).toEqual(ring[0]);
        }
      }
    }
  });

  it('territory claims name their group and claim', () => {
    expect(big.territories.features.length).toBeGreaterThan(0);
    for (const f of big.territories.features) {
      expect(f.properties.group).toBeTruthy();
      expect(f.properties.claims).toContain(f.properties.claim);
    }
  });

  it('dates are ISO days, months or years; the feature carries its earliest', () => {
    for (const f of big.incidents.features) {
      const dates = f.properties.excerpts.map((e) => e.date!);
      for (const d of dates) expect(Number.isFinite(dateSpan(d)[0])).toBe(true);
      expect(f.properties.date).toBe([...dates].sort()[0]);
    }
  });
});

describe('generated excerpts trace back to generated articles', () => {
  it('each excerpt names the place in its sentence and in its article, under the article’s title', () => {
    const byId = new Map(big.articles.map((a) => [a.id, a]));
    for (const f of features(big)) {
      for (const e of f.properties.excerpts) {
        const a = byId.get(e.articleId);
        expect(a).toBeDefined();
        expect(e.title).toBe(a!.title);
        expect(e.text.slice(e.start, e.end)).toBe(f.properties.name);
        expect(a!.text.slice(e.mentionStart, e.mentionEnd)).toBe(f.properties.name);
        expect(a!.text).toContain(e.text);
      }
    }
  });

  it('articles.json marks each mention with the feature it feeds, and mentions.json agrees', () => {
    const ids = new Set(features(big).map((f) => f.properties.id));
    expect(big.mentions.map((r) => r.id)).toEqual(big.articles.map((a) => a.id));
    big.articles.forEach((a, i) => {
      for (const p of a.places) {
        expect(p.features.every((id) => ids.has(id))).toBe(true);
        expect(a.text.slice(p.start, p.end)).toBe(p.name);
      }
      expect(big.mentions[i].mentions.map((m) => [m.start, m.end, m.placeId, m.layer])).toEqual(a.places.map((p) => [p.start, p.end, p.placeId, p.layer]));
    });
  });

  it('every file parses back as JSON', () => {
    for (const [name, text] of Object.entries(layerFiles(generateLayers(50, { seed: 9, pool })))) {
      expect(() => JSON.parse(text), name).not.toThrow();
    }
  });
});
