/**
 * mledoze/countries (npm `world-countries`) to gazetteer rows: names, alternate spellings,
 * demonyms and ISO codes, with a point checked against the world-atlas 50m polygon (the
 * Factbook point, or a `REFERENCE_POINTS` row where that is not where news gazetteers put it).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { PlaceRow } from '../placeRow.ts';
import { REFERENCE_POINTS } from './referencePoints.ts';
import { representativePoint } from './representativePoint.ts';
import { selectNames, uniqueByFold } from './selectNames.ts';

/** The world-countries fields the build reads. */
export interface WorldCountry {
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  cca2: string;
  cca3: string;
  ccn3: string;
  independent?: boolean | null;
  altSpellings: string[];
  region: string;
  subregion: string;
  latlng: [number, number];
  area?: number;
  demonyms?: Record<string, { f: string; m: string }>;
}

/**
 * English plural of a demonym: "Mexican" → "Mexicans", "Pakistani" → "Pakistanis"; none for
 * forms that are already plural nouns or take "people" ("Chinese", "Swiss", "British", "French").
 *
 * @example demonymPlural('Mexican') // 'Mexicans'
 */
export function demonymPlural(d: string): string | null {
  if (/(?:ese|ss|sh|ch|s|x|z)$/i.test(d)) return null;
  if (/man$/.test(d)) return d.replace(/man$/, 'men');
  return `${d}s`;
}

/**
 * Builds a country row.
 *
 * @param c the world-countries record
 * @param opts polygon (world-atlas 50m) if any, city population sum, English word list
 */
export function buildCountryRow(
  c: WorldCountry,
  opts: { geometry: Polygon | MultiPolygon | null; population: number; englishWords: ReadonlySet<string> },
): PlaceRow {
  const name = c.name.common;
  const natives = Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official]);
  const spellings = c.altSpellings.filter((s) => s !== c.cca2 && s !== c.cca3);
  const codeLike = spellings.filter((s) => /^[A-Z.]+$/.test(s) && s.replace(/\./g, '').length <= 4);
  const names = selectNames(name, [c.name.official, ...spellings.filter((s) => !codeLike.includes(s)), ...natives], {
    englishWords: opts.englishWords,
  });
  const eng = c.demonyms?.['eng'];
  const singular = uniqueByFold(eng ? [eng.m, eng.f] : []);
  const demonyms = uniqueByFold([...singular, ...singular.map(demonymPlural).filter((d): d is string => !!d)], [name]);
  const ref = REFERENCE_POINTS[c.cca2];
  const source: [number, number] = ref ? [ref.lon, ref.lat] : [c.latlng[1], c.latlng[0]];
  const [lon, lat] = opts.geometry ? representativePoint(opts.geometry, [source]) : source;
  return {
    id: `country:${c.cca2}`,
    name,
    kind: 'country',
    featureType: c.independent ? 'PCLI' : 'PCLD',
    lat,
    lon,
    country: c.cca2,
    admin1: '',
    population: opts.population,
    names,
    demonyms,
    codes: uniqueByFold([c.cca2, c.cca3, ...codeLike]),
  };
}
