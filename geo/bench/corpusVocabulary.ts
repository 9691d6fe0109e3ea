/**
 * The place names of the benchmark corpus, taken from the gazetteer itself so that the text
 * names places the geoparser can find: countries, states and cities by population (largest
 * first, for Zipf-like draws), "City, State" pairs and demonyms.
 */
import type { PlaceRow } from '../gazetteer/placeRow.ts';

/** Names to draw from, each list largest place first. */
export interface CorpusVocabulary {
  countries: string[];
  states: string[];
  cities: string[];
  /** "Culiacán, Sinaloa": a city and the first-level division it lies in. */
  pairs: string[];
  /** "Mexican", "Colombian". */
  demonyms: string[];
}

function byPopulation(a: PlaceRow, b: PlaceRow): number {
  return b.population - a.population || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Picks the corpus's place names from gazetteer rows (any order: they are sorted here).
 *
 * @param places every place of the gazetteer, e.g. `gazetteer.places()`
 * @param maxCities how many of the most populous cities to draw from
 * @example corpusVocabulary(gazetteer.places()).pairs[0] // 'Tokyo, Tokyo'
 */
export function corpusVocabulary(places: Iterable<PlaceRow>, maxCities = 50_000): CorpusVocabulary {
  const countries: PlaceRow[] = [];
  const states: PlaceRow[] = [];
  const cities: PlaceRow[] = [];
  const stateById = new Map<string, PlaceRow>();
  for (const p of places) {
    if (p.kind === 'country') countries.push(p);
    else if (p.kind === 'admin1') {
      states.push(p);
      stateById.set(`${p.country}.${p.admin1}`, p);
    } else if (p.kind === 'city') cities.push(p);
  }
  countries.sort(byPopulation);
  states.sort(byPopulation);
  cities.sort(byPopulation);
  cities.length = Math.min(cities.length, maxCities);
  const pairs: string[] = [];
  for (const c of cities) {
    const s = stateById.get(`${c.country}.${c.admin1}`);
    if (s && s.name !== c.name) pairs.push(`${c.name}, ${s.name}`);
  }
  return {
    countries: countries.map((p) => p.name),
    states: states.map((p) => p.name),
    cities: cities.map((p) => p.name),
    pairs,
    demonyms: countries.flatMap((p) => p.demonyms.slice(0, 1)),
  };
}
