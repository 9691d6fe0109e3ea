/**
 * GeoNames `cities500.txt` rows (tab-separated, 19 columns) to gazetteer rows: every populated
 * place (feature class P) with at least 500 people, with selected alternate names.
 */
import type { PlaceRow } from '../placeRow.ts';
import { selectNames, type NameRules } from './selectNames.ts';

/** One parsed GeoNames row (only the columns the gazetteer uses). */
export interface GeoNamesCity {
  geonameid: string;
  /** Place id when the row has no GeoNames id (default `gn:<geonameid>`). */
  id?: string;
  name: string;
  alternates: string[];
  lat: number;
  lon: number;
  fclass: string;
  fcode: string;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
}

/**
 * Parses GeoNames' cities file.
 *
 * @param text contents of cities500.txt
 * @example parseGeoNamesCities('3985606\tCuliacán\t...')[0].name // 'Culiacán'
 */
export function parseGeoNamesCities(text: string): GeoNamesCity[] {
  const out: GeoNamesCity[] = [];
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    if (!line) continue;
    const c = line.split('\t');
    if (c.length < 19) throw new Error(`cities500.txt:${lineNo}: expected 19 columns, got ${c.length}`);
    out.push({
      geonameid: c[0]!,
      name: c[1]!,
      alternates: c[3] ? c[3].split(',') : [],
      lat: Number(c[4]),
      lon: Number(c[5]),
      fclass: c[6]!,
      fcode: c[7]!,
      country: c[8]!,
      admin1: c[10]!,
      admin2: c[11]!,
      population: Number(c[14]) || 0,
    });
  }
  return out;
}

/**
 * Builds gazetteer rows for populated places.
 *
 * @param cities parsed GeoNames rows
 * @param rules alternate-name rules (population is filled per city)
 * @example buildCityRows(parseGeoNamesCities(text), { englishWords })
 */
export function buildCityRows(cities: readonly GeoNamesCity[], rules: NameRules): PlaceRow[] {
  const rows: PlaceRow[] = [];
  for (const c of cities) {
    if (c.fclass !== 'P') continue;
    rows.push({
      id: c.id ?? `gn:${c.geonameid}`,
      name: c.name,
      kind: 'city',
      featureType: c.fcode || 'PPL',
      lat: c.lat,
      lon: c.lon,
      country: c.country,
      admin1: c.admin1,
      population: c.population,
      names: selectNames(c.name, c.alternates, { ...rules, population: c.population }),
      demonyms: [],
      codes: [],
    });
  }
  return rows;
}

/**
 * Sums city populations per key (country, `CC.admin1` or `CC.admin1.admin2`), an
 * underestimate of the true population used when the source gives none.
 */
export function sumPopulation(cities: readonly GeoNamesCity[]): Map<string, number> {
  const sums = new Map<string, number>();
  const add = (k: string, n: number) => sums.set(k, (sums.get(k) ?? 0) + n);
  for (const c of cities) {
    add(c.country, c.population);
    add(`${c.country}.${c.admin1}`, c.population);
    add(`${c.country}.${c.admin1}.${c.admin2}`, c.population);
  }
  return sums;
}
