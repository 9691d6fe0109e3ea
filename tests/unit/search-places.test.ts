/**
 * "Choose another place" searches the gazetteer (issue 11): the article's other places first,
 * then exact names nearest the mention, then names starting with the query, then a word inside
 * a name; each place once, in a fixed order, with its country and first-level division.
 */
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Gazetteer } from '../../geo/gazetteer/gazetteer.ts';
import { loadGazetteer } from '../../geo/gazetteer/loadGazetteer.node.ts';
import type { PlaceGazetteer } from '../../geo/gazetteer/placeGazetteer.ts';
import { placeSearch } from '../../geo/gazetteer/searchPlaces.ts';

const HEADER = 'id\tname\tkind\tfeatureType\tlat\tlon\tcountry\tadmin1\tpopulation\tnames\tdemonyms\tcodes';
const row = (...cells: Array<string | number>) => cells.join('\t');
/** Invented places ("Ciudad Q" etc.) so the rules are tested apart from the real extract. */
const PLACES = [
  HEADER,
  row('country:QX', 'Quexia', 'country', 'PCLI', 20, -100, 'QX', '', 50000000, '', 'Quexian', 'QX'),
  row('country:RV', 'Rivania', 'country', 'PCLI', 35, -100, 'RV', '', 90000000, '', '', 'RV'),
  row('admin1:QX.01', 'Norteña', 'admin1', 'ADM1', 28, -106, 'QX', '01', 3000000, '', '', ''),
  row('admin1:QX.02', 'Sureña', 'admin1', 'ADM1', 17, -96, 'QX', '02', 4000000, '', '', ''),
  row('admin1:RV.TX', 'Plains', 'admin1', 'ADM1', 31, -99, 'RV', 'TX', 20000000, '', '', ''),
  row('gn:1', 'Ciudad Valdés', 'city', 'PPLA2', 31.7, -106.4, 'QX', '01', 1500000, 'Valdés|Valdes', '', ''),
  row('gn:2', 'Valdés', 'city', 'PPL', 17.1, -96.7, 'QX', '02', 20000, '', '', ''),
  row('gn:3', 'Valdés', 'city', 'PPL', 27.9, -105.9, 'QX', '01', 5000, '', '', ''),
  row('gn:4', 'Guadalora', 'city', 'PPLA', 20.6, -103.3, 'QX', '02', 1400000, '', '', ''),
  row('gn:5', 'Guadalcanto', 'city', 'PPL', 25.6, -100.2, 'QX', '01', 600000, '', '', ''),
  row('gn:6', 'Guad', 'city', 'PPL', 25, -100, 'QX', '01', 10, '', '', ''),
  row('gn:7', 'Pasoviejo', 'city', 'PPLA2', 31.76, -106.49, 'RV', 'TX', 680000, '', '', ''),
  row('gn:8', 'San Pedro de Valdés', 'city', 'PPL', 26, -101, 'QX', '01', 100, '', '', ''),
  row('gn:9', 'Valdés', 'city', 'PPL', 31.0, -106.0, 'QX', '01', 50, '', '', ''),
].join('\n');

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
const PASOVIEJO = { lat: 31.76, lon: -106.49 };

describe('placeSearch on a small gazetteer', () => {
  const search = placeSearch(Gazetteer.fromTsv([{ name: 'places.tsv', text: PLACES }]));

  it.each([
    ['an exact name: namesakes nearby first, nearest first; far ones by population, not by distance', 'valdes', { near: PASOVIEJO }, ['gn:1', 'gn:9', 'gn:2', 'gn:3', 'gn:8']],
    ['an exact name without a point: the most populous first', 'Valdés', {}, ['gn:1', 'gn:2', 'gn:3', 'gn:9', 'gn:8']],
    ['a prefix: the exact name, then longer names by population', 'guad', {}, ['gn:6', 'gn:4', 'gn:5']],
    ['a word inside a name ("valdes" finds "San Pedro de Valdés")', 'VALDES', { limit: 10 }, ['gn:1', 'gn:2', 'gn:3', 'gn:9', 'gn:8']],
    ['accents and case fold as the recogniser folds them', 'guadalóra', {}, ['gn:4']],
    ['the article’s places come first when they match', 'valdes', { near: PASOVIEJO, first: ['gn:2', 'gn:7'] }, ['gn:2', 'gn:1', 'gn:9', 'gn:3', 'gn:8']],
    ['an empty query lists the article’s places, in their order', '', { first: ['gn:7', 'gn:4', 'gn:missing'] }, ['gn:7', 'gn:4']],
    ['an empty query without the article’s places lists nothing', '', {}, []],
    ['the limit', 'valdes', { limit: 2 }, ['gn:1', 'gn:2']],
    ['nothing matches', 'zzz', {}, []],
  ])('%s', (_phenomenon, query, opts, want) => {
    expect(ids(search(query, opts))).toEqual(want);
  });

  it('a choice names its country and first-level division, its distance and whether it is in the article', () => {
    const [mine, other] = search('valdes', { near: PASOVIEJO, first: ['gn:3'], limit: 2 });
    expect(mine).toEqual({
      id: 'gn:3', name: 'Valdés', featureType: 'PPL', kind: 'city', country: 'Quexia', admin1: 'Norteña',
      lat: 27.9, lon: -105.9, distanceKm: mine.distanceKm, inArticle: true,
    });
    expect(mine.distanceKm).toBeCloseTo(433, 0);
    expect(other).toMatchObject({ id: 'gn:1', inArticle: false, distanceKm: 10.8 });
    expect(search('norteña')[0]).toMatchObject({ id: 'admin1:QX.01', country: 'Quexia', admin1: null, distanceKm: null });
  });

  it('each place once, and the same answer every time', () => {
    const a = search('valdes', { limit: 50 });
    expect(new Set(ids(a)).size).toBe(a.length);
    expect(search('valdes', { limit: 50 })).toEqual(a);
  });
});

describe('placeSearch on the real gazetteer', () => {
  let g: PlaceGazetteer;
  beforeAll(() => {
    g = loadGazetteer(join(resolve(import.meta.dirname, '../..'), 'data/gazetteer'));
  }, 60_000);

  it('"juarez" near El Paso gives Ciudad Juárez, Chihuahua, Mexico first', () => {
    const [first] = placeSearch(g)('juarez', { near: { lat: 31.75872, lon: -106.48693 } });
    expect(first).toMatchObject({ id: 'gn:4013708', name: 'Ciudad Juárez', country: 'Mexico', admin1: 'Chihuahua', inArticle: false });
    expect(first.distanceKm).toBeLessThan(10);
  });

  it('"guad" finds Guadalajara and Guadalupe by prefix, each place once', () => {
    const choices = placeSearch(g)('guad');
    expect(choices.map((c) => c.name)).toEqual(expect.arrayContaining(['Guadalajara', 'Guadalupe']));
    expect(new Set(ids(choices)).size).toBe(choices.length);
    expect(choices).toHaveLength(20);
  });
});
