import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchDocsOf, type SearchDocs } from '../../src/lib/explore/searchIndex.ts';
import type { LayerFeature } from '../../geo/types.ts';

const docs: SearchDocs = {
  places: [
    { id: 'incident:culiacan', name: 'Culiacán', layer: 'incident', kind: 'shooting', actors: ['Sinaloa Cartel'], where: 'Sinaloa, Mexico' },
    { id: 'incident:juarez', name: 'Ciudad Juárez', layer: 'incident', kind: 'arrest', actors: ['Juárez Cartel', 'DEA'], where: 'Chihuahua, Mexico' },
    { id: 'incident:nogales-son', name: 'Nogales', layer: 'incident', kind: 'seizure', actors: ['Sinaloa Cartel'], where: 'Sonora, Mexico' },
    { id: 'jurisdiction:nogales-az', name: 'Nogales', layer: 'jurisdiction', kind: 'court', actors: ['DEA'], where: 'Arizona, United States' },
    { id: 'territory:sinaloa', name: 'Sinaloa', layer: 'territory', group: 'Sinaloa Cartel', where: 'Mexico' },
  ],
  articles: [
    { id: 'a1', title: 'Raid in Culiacán', text: 'Soldiers raided a house in Culiacán. The extradition hearing was held in San Diego.' },
    { id: 'a2', title: 'Border seizure', text: 'Agents seized fentanyl at the Nogales port of entry.' },
  ],
};
const index = buildSearchIndex(docs);
const top = (q: string, n = 10) => index.search(q, n).map((r) => `${r.kind}:${r.label}`);

describe('search: places, actors and sentences found by folded, partial and misspelt words', () => {
  it.each([
    ['accents folded', 'juarez', 'place:Ciudad Juárez'],
    ['accents typed match too', 'Culiacán', 'place:Culiacán'],
    ['prefix while typing', 'culia', 'place:Culiacán'],
    ['a misspelling within 20 %', 'culiacna', 'place:Culiacán'],
    ['an actor, once, with its count', 'sinaloa cartel', 'actor:Sinaloa Cartel'],
    ['a word only in an article sentence', 'extradition', 'sentence:The extradition hearing was held in San Diego.'],
    ['a place found by its state', 'sonora', 'place:Nogales'],
  ])('%s: %s', (_name, q, expected) => {
    expect(top(q)).toContain(expected);
  });

  it('an actor is listed once however many places name it, with the number of places', () => {
    const actors = index.search('sinaloa cartel', 50).filter((r) => r.kind === 'actor');
    expect(actors).toHaveLength(1);
    expect(actors[0].ref).toEqual({ actor: 'Sinaloa Cartel', count: 3 });
    expect(actors[0].detail).toBe('3 places');
  });

  it('two places of one name are told apart by state and country', () => {
    const nogales = index.search('nogales').filter((r) => r.kind === 'place');
    expect(nogales.map((r) => r.detail.split(' · ')[0]).sort()).toEqual(['Arizona, United States', 'Sonora, Mexico']);
    expect(nogales.map((r) => r.ref)).toContainEqual({ id: 'jurisdiction:nogales-az' });
  });

  it('a sentence result points at its article and its offsets in the text', () => {
    const hit = index.search('fentanyl').find((r) => r.kind === 'sentence')!;
    expect(hit.ref).toEqual({ articleId: 'a2', start: 0, end: docs.articles[1].text.length });
    expect(hit.detail).toBe('Border seizure');
    const a1 = index.search('extradition').find((r) => r.kind === 'sentence')!;
    if (a1.kind !== 'sentence') throw new Error('not a sentence');
    expect(docs.articles[0].text.slice(a1.ref.start, a1.ref.end)).toBe(a1.label);
  });

  it('every word is wanted when some entry has them all', () => {
    expect(top('nogales arizona')[0]).toBe('place:Nogales');
    expect(index.search('nogales arizona')[0].ref).toEqual({ id: 'jurisdiction:nogales-az' });
  });

  it('falls back to any word when no entry has all', () => {
    expect(top('culiacan zzzz')).toContain('place:Culiacán');
  });

  it.each([['empty', ''], ['blank', '   '], ['nothing like it', 'qwxz']])('no results for %s queries', (_name, q) => {
    expect(index.search(q)).toEqual([]);
  });

  it('honours the limit and gives the same order every time', () => {
    expect(index.search('a', 2).length).toBeLessThanOrEqual(2);
    expect(buildSearchIndex(docs).search('nogales')).toEqual(index.search('nogales'));
  });

  it('counts what it indexed: places, actors and sentences', () => {
    // 5 places, 3 actors (Sinaloa Cartel, Juárez Cartel, DEA), 3 sentences.
    expect(index.size).toBe(11);
  });
});

describe('searchDocsOf: the documents of layer features', () => {
  it('takes name, layer, kind, group, actors and where from the properties', () => {
    const f = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-110.94, 31.31] },
      properties: { id: 'incident:x', name: 'Nogales', layer: 'incident', placeId: 'g1', featureType: 'PPL', kind: 'seizure', actors: ['DEA'], count: 1, excerpts: [], where: 'Sonora, Mexico' },
    } as unknown as LayerFeature;
    const out = searchDocsOf([f], []);
    expect(out.places).toEqual([{ id: 'incident:x', name: 'Nogales', layer: 'incident', group: undefined, actors: ['DEA'], kind: 'seizure', where: 'Sonora, Mexico' }]);
  });
});
