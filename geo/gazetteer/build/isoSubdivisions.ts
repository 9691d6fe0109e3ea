/**
 * English and GeoNames names of first-level divisions, keyed by GeoNames admin1 code, from
 * npm `iso3166-2-db` (MIT; names from GeoNames, Wikipedia and OpenStreetMap). Natural Earth
 * names its units, not the divisions above them, so a region rebuilt from Natural Earth units
 * (England from English counties, Sicily from Sicilian provinces) takes its names from here.
 */
import { foldName } from '../../fold.ts';

const DIRECTION =
  /^(?:(?:north|south)(?:\s?(?:east|west))?|east|west|central|centre|center|nord|sud|est|ouest|centro|norte|sur|northern|southern|eastern|western|middle|upper|lower|capital)(?:[\s-]+(?:region|province|state|district|area))?$/;

/** The iso3166-2-db fields the build reads. */
export interface IsoDbCountry {
  iso: string;
  regions: { name: string; names?: Record<string, string>; iso?: string; admin?: string }[];
}

/** Names of one division: the main name first. */
export interface DivisionNames {
  name: string;
  names: string[];
}

/**
 * Maps `CC.admin1` to the division's names, the English one first. English names are used only
 * for countries where they agree with the GeoNames names on most divisions: for Morocco they
 * are of the regions before the 2015 reform, so "Oriental" would name the wrong code. A name
 * that is a single English word ("Centre") is not a name here; a division left with none is not
 * in the map.
 *
 * @param db iso3166-2-db's data/iso3166-2.json
 * @example divisionNames(db).get('GB.ENG') // { name: 'England', names: [] }
 */
export function divisionNames(db: Readonly<Record<string, IsoDbCountry>>): Map<string, DivisionNames> {
  const out = new Map<string, DivisionNames>();
  for (const [cc, country] of Object.entries(db)) {
    const rows = country.regions.filter((r) => r.admin && (r.names?.['geonames'] ?? r.name));
    const agree = rows.filter((r) => {
      const a = foldName(r.names?.['geonames'] ?? r.name), b = foldName(r.names?.['en'] ?? r.name);
      return a.slice(0, 4) === b.slice(0, 4);
    }).length;
    const useEnglish = agree * 4 >= rows.length * 3;
    for (const r of rows) {
      const gn = r.names?.['geonames'] ?? r.name;
      // "Centre Region, France": the country after a comma is not part of the name.
      const all = (useEnglish ? [r.names?.['en'] ?? '', r.name, gn] : [gn]).map((n) => n.replace(/,.*$/, '').trim());
      const usable = all.filter((n) => n && !DIRECTION.test(foldName(n)));
      if (usable.length === 0) continue;
      const main = usable[0]!;
      const names = [...new Set(usable.filter((n) => foldName(n) !== foldName(main)))];
      out.set(`${cc}.${r.admin}`, { name: main, names });
    }
  }
  return out;
}
