/**
 * The cost of one long article grows with its length, not faster (issue 9, point 7: a 20 MB
 * article did not finish). Time is not measured (that is `npm run bench`'s job); the work is:
 * every read of a place's or a mention's fields is counted through a proxy, for an article and
 * for one four times as long, and the count may grow about four times, not sixteen. Places and
 * names are invented (a small gazetteer built here), so the counts depend on nothing else.
 */
import { describe, expect, it } from 'vitest';
import { unplacedFacilities } from '../../geo/facilities.ts';
import { geoparse } from '../../geo/geoparse.ts';
import { buildLayers } from '../../geo/layers/index.ts';
import { defaultLexicon } from '../../geo/lexicon.ts';
import type { Article, GazetteerIndex, Mention, Place } from '../../geo/types.ts';

/** Reads of proxied objects' fields. */
let reads = 0;

function counted<T extends object>(target: T): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      reads++;
      return Reflect.get(obj, key, receiver);
    },
  });
}

/** Invented place names: capitalised, no English word or first name, each borne by two towns. */
function townName(i: number): string {
  const syllables = ['zor', 'vak', 'quel', 'brin', 'tux', 'marv', 'dol', 'fesk', 'yarn', 'glo', 'wim', 'hob'];
  let name = '';
  for (let n = i + 12 * 12; n > 0; n = Math.floor(n / 12)) name += syllables[n % 12];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A gazetteer of `n` names, each two towns in different countries, spread over the map; every place read is counted. */
function countingGazetteer(n: number): GazetteerIndex {
  const byKey = new Map<string, Place[]>();
  const byId = new Map<string, Place>();
  for (let i = 0; i < n; i++) {
    const name = townName(i);
    const places = [0, 1].map((k) =>
      counted<Place>({
        id: `gn:${2 * i + k}`,
        name,
        kind: 'city',
        featureType: 'PPL',
        lat: -60 + ((i * 37 + k * 53) % 120),
        lon: -170 + ((i * 71 + k * 97) % 340),
        country: k ? 'XA' : 'XB',
        admin1: String(i % 7),
        population: 5_000 + ((i * 7919) % 90_000),
      }),
    );
    byKey.set(name.toLowerCase(), places);
    for (const p of places) byId.set(p.id, p);
  }
  const none: readonly Place[] = [];
  return {
    get: (id) => byId.get(id),
    lookup: (key) => byKey.get(key) ?? none,
    lookupDemonym: () => none,
    lookupCode: () => none,
    admin1Of: () => undefined,
    countryOf: () => undefined,
    hasPrefix: () => false,
    maxNameTokens: 1,
    *entries() {
      yield* byKey.entries();
    },
  };
}

/** An article naming `n` places, each once, two to a sentence. */
function articleText(n: number): string {
  const sentences: string[] = [];
  for (let i = 0; i < n; i += 2) sentences.push(`Officials travelled from ${townName(i)} to ${townName(i + 1)} on the same day.`);
  return sentences.join(' ');
}

/** Work (field reads) for an article of size n. */
type Workload = (n: number) => void;

const geoparseArticle: Workload = (n) => {
  const gazetteer = countingGazetteer(n);
  const text = articleText(n);
  reads = 0;
  geoparse(text, gazetteer);
};

const buildArticleLayers: Workload = (n) => {
  const text = articleText(n);
  const mentions: Mention[] = [];
  for (let i = 0; i < n; i++) {
    const name = townName(i);
    const start = text.indexOf(` ${name} `) + 1;
    const place = { id: `gn:${2 * i}`, lat: 10, lon: 20 };
    mentions.push(
      counted<Mention>({
        start, end: start + name.length, text: name, name, lat: place.lat, lon: place.lon, placeId: place.id,
        featureType: 'PPL', layer: 'incident', confidence: 0.9, cue: 'travelled', roleConfidence: 0.8,
      }),
    );
  }
  const article: Article = { id: 'a', title: 'A', publication: null, date: null, url: null, text, furniture: [], source: 'a.txt' };
  reads = 0;
  buildLayers([article], [{ id: 'a', mentions, unresolved: [] }], { get: () => undefined }, () => null);
};

const findUnplacedFacilities: Workload = (n) => {
  const parts: string[] = [];
  const placed: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const name = townName(i);
    const s = `He was held in the ${name} prison. `;
    placed.push(counted({ start: at + s.indexOf(name), end: at + s.indexOf(name) + name.length }));
    parts.push(s);
    at += s.length;
  }
  const text = parts.join('');
  reads = 0;
  unplacedFacilities(text, placed, defaultLexicon);
};

describe('the cost of one long article grows linearly with its length', () => {
  it.each<[string, Workload]>([
    ['geoparsing it: every name resolved against a bounded context, not against every other name', geoparseArticle],
    ['building its layers: each mention finds its sentence and excerpt without reading them all', buildArticleLayers],
    ['finding its unplaced facilities: each one checked against the names without reading them all', findUnplacedFacilities],
  ])('%s', (_label, work) => {
    work(200);
    const small = reads;
    work(800);
    const large = reads;
    expect(small).toBeGreaterThan(0);
    // Four times the text, about four times the work (quadratic work would be sixteen times).
    expect(large / small).toBeLessThan(6);
  });
});
