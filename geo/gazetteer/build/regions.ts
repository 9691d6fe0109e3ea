/**
 * Continents and world regions as gazetteer rows, derived from world-countries' `region` and
 * `subregion` plus news groupings defined by member lists ("Latin America", "Middle East",
 * "Scandinavia", "the Caucasus"). A continent's or subregion's point is the point of the member
 * country with the least sum of distances to the other members (weighted by the square root of
 * their area, capped), so it lies on land inside the region; a grouping of a few neighbours takes
 * its members' points averaged by area. No coordinate is typed by hand.
 */
import type { PlaceRow } from '../placeRow.ts';
import type { WorldCountry } from './countries.ts';
import { round5 } from './round5.ts';

/** A region definition: id slug, name, alternate names and how members are chosen. */
export interface RegionDef {
  slug: string;
  name: string;
  names?: string[];
  demonyms?: string[];
  featureType: 'CONT' | 'RGN';
  members: (c: WorldCountry) => boolean;
  /**
   * How the point is chosen: `medoid` (default), the member point nearest all others, for
   * continents and wide regions; `mean`, the members' points averaged by area, for a few
   * neighbours ("Scandinavia" lies between Norway and Sweden, not at Sweden's point).
   */
  point?: 'medoid' | 'mean';
}

const LATIN_CARIBBEAN = new Set(['CU', 'DO', 'PR', 'HT', 'GP', 'MQ', 'BL', 'MF']);
const MIDDLE_EAST_EXTRA = new Set(['EG', 'IR']);
const WEST_ASIA_NOT_MIDDLE_EAST = new Set(['AM', 'AZ', 'GE']);

/** The regions in the gazetteer. */
export const REGIONS: readonly RegionDef[] = [
  { slug: 'africa', name: 'Africa', featureType: 'CONT', members: (c) => c.region === 'Africa' },
  { slug: 'americas', name: 'Americas', names: ['The Americas'], featureType: 'CONT', members: (c) => c.region === 'Americas' },
  { slug: 'asia', name: 'Asia', featureType: 'CONT', members: (c) => c.region === 'Asia' },
  { slug: 'europe', name: 'Europe', featureType: 'CONT', members: (c) => c.region === 'Europe' },
  { slug: 'oceania', name: 'Oceania', featureType: 'CONT', members: (c) => c.region === 'Oceania' },
  { slug: 'antarctica', name: 'Antarctica', featureType: 'CONT', members: (c) => c.region === 'Antarctic' },
  { slug: 'north-america', name: 'North America', featureType: 'CONT', members: (c) => c.subregion === 'North America' || c.subregion === 'Central America' || c.subregion === 'Caribbean' },
  { slug: 'south-america', name: 'South America', featureType: 'CONT', members: (c) => c.subregion === 'South America' },
  { slug: 'central-america', name: 'Central America', names: ['Centroamérica'], featureType: 'RGN', members: (c) => c.subregion === 'Central America' },
  { slug: 'caribbean', name: 'Caribbean', names: ['The Caribbean'], featureType: 'RGN', members: (c) => c.subregion === 'Caribbean' },
  {
    slug: 'latin-america',
    name: 'Latin America',
    names: ['América Latina', 'Latinoamérica'],
    demonyms: ['Latin American', 'Latin Americans'],
    featureType: 'RGN',
    members: (c) => c.cca2 === 'MX' || c.subregion === 'Central America' || c.subregion === 'South America' || LATIN_CARIBBEAN.has(c.cca2),
  },
  {
    slug: 'middle-east',
    name: 'Middle East',
    names: ['Mideast'],
    featureType: 'RGN',
    members: (c) => (c.subregion === 'Western Asia' && !WEST_ASIA_NOT_MIDDLE_EAST.has(c.cca2)) || MIDDLE_EAST_EXTRA.has(c.cca2),
  },
  { slug: 'western-europe', name: 'Western Europe', featureType: 'RGN', members: (c) => c.subregion === 'Western Europe' },
  { slug: 'eastern-europe', name: 'Eastern Europe', featureType: 'RGN', members: (c) => c.subregion === 'Eastern Europe' },
  { slug: 'southeast-asia', name: 'Southeast Asia', names: ['South-East Asia', 'South-Eastern Asia'], featureType: 'RGN', members: (c) => c.subregion === 'South-Eastern Asia' },
  { slug: 'east-asia', name: 'East Asia', names: ['Eastern Asia'], featureType: 'RGN', members: (c) => c.subregion === 'Eastern Asia' },
  { slug: 'south-asia', name: 'South Asia', names: ['Southern Asia'], featureType: 'RGN', members: (c) => c.subregion === 'Southern Asia' },
  { slug: 'central-asia', name: 'Central Asia', featureType: 'RGN', members: (c) => c.subregion === 'Central Asia' },
  { slug: 'north-africa', name: 'North Africa', names: ['Northern Africa'], featureType: 'RGN', members: (c) => c.subregion === 'Northern Africa' },
  { slug: 'west-africa', name: 'West Africa', names: ['Western Africa'], featureType: 'RGN', members: (c) => c.subregion === 'Western Africa' },
  { slug: 'east-africa', name: 'East Africa', names: ['Eastern Africa'], featureType: 'RGN', members: (c) => c.subregion === 'Eastern Africa' },
  { slug: 'southern-africa', name: 'Southern Africa', featureType: 'RGN', members: (c) => c.subregion === 'Southern Africa' },
  { slug: 'central-africa', name: 'Central Africa', names: ['Middle Africa'], featureType: 'RGN', members: (c) => c.subregion === 'Middle Africa' },
  { slug: 'northern-europe', name: 'Northern Europe', featureType: 'RGN', members: (c) => c.subregion === 'Northern Europe' },
  { slug: 'southern-europe', name: 'Southern Europe', featureType: 'RGN', members: (c) => c.subregion === 'Southern Europe' },
  { slug: 'central-europe', name: 'Central Europe', featureType: 'RGN', members: (c) => c.subregion === 'Central Europe' },
  // News groupings by member list (the UN subregions do not draw them).
  { slug: 'scandinavia', name: 'Scandinavia', demonyms: ['Scandinavian', 'Scandinavians'], featureType: 'RGN', members: inList('DK NO SE'), point: 'mean' },
  { slug: 'nordic-countries', name: 'Nordic countries', names: ['Nordics'], featureType: 'RGN', members: inList('DK FI IS NO SE'), point: 'mean' },
  { slug: 'baltic-states', name: 'Baltic states', names: ['Baltics', 'Baltic countries'], featureType: 'RGN', members: inList('EE LV LT'), point: 'mean' },
  { slug: 'benelux', name: 'Benelux', featureType: 'RGN', members: inList('BE NL LU'), point: 'mean' },
  { slug: 'iberian-peninsula', name: 'Iberian Peninsula', names: ['Iberia'], featureType: 'RGN', members: inList('ES PT'), point: 'mean' },
  { slug: 'balkans', name: 'Balkans', names: ['The Balkans', 'Balkan Peninsula', 'Western Balkans'], featureType: 'RGN', members: inList('AL BA BG HR XK MK ME RS GR'), point: 'mean' },
  { slug: 'caucasus', name: 'Caucasus', names: ['The Caucasus', 'South Caucasus', 'Transcaucasia'], featureType: 'RGN', members: inList('AM AZ GE'), point: 'mean' },
  { slug: 'anatolia', name: 'Anatolia', names: ['Asia Minor'], demonyms: ['Anatolian'], featureType: 'RGN', members: inList('TR'), point: 'mean' },
  { slug: 'levant', name: 'Levant', names: ['The Levant'], featureType: 'RGN', members: inList('IL JO LB PS SY'), point: 'mean' },
  { slug: 'maghreb', name: 'Maghreb', names: ['The Maghreb'], featureType: 'RGN', members: inList('DZ LY MA MR TN'), point: 'mean' },
  { slug: 'horn-of-africa', name: 'Horn of Africa', featureType: 'RGN', members: inList('DJ ER ET SO'), point: 'mean' },
  { slug: 'sahel', name: 'Sahel', names: ['The Sahel'], featureType: 'RGN', members: inList('BF ML MR NE TD'), point: 'mean' },
  { slug: 'gulf-states', name: 'Gulf states', names: ['Persian Gulf states', 'Arab Gulf states', 'Gulf Arab states'], featureType: 'RGN', members: inList('AE BH KW OM QA SA'), point: 'mean' },
];

/** Members by ISO 3166-1 alpha-2 codes, space-separated. */
function inList(codes: string): (c: WorldCountry) => boolean {
  const set = new Set(codes.split(' '));
  return (c) => set.has(c.cca2);
}

/**
 * Builds region rows from member countries' rows.
 *
 * @param countries world-countries records
 * @param countryRows gazetteer rows of countries by ISO2 (for points and populations)
 */
export function buildRegionRows(countries: readonly WorldCountry[], countryRows: ReadonlyMap<string, PlaceRow>): PlaceRow[] {
  const rows: PlaceRow[] = [];
  for (const def of REGIONS) {
    const members = countries.filter(def.members).map((c) => ({ c, row: countryRows.get(c.cca2) })).filter((m) => m.row);
    if (members.length === 0) throw new Error(`region ${def.slug}: no member countries`);
    // Members' points as unit vectors, for the mean and for the medoid's great-circle distances.
    const unit = members.map(({ row }) => {
      const la = (row!.lat * Math.PI) / 180, lo = (row!.lon * Math.PI) / 180;
      return [Math.cos(la) * Math.cos(lo), Math.cos(la) * Math.sin(lo), Math.sin(la)] as const;
    });
    const population = members.reduce((sum, m) => sum + m.row!.population, 0);
    if (def.point === 'mean') {
      // The members' unit vectors averaged by area, back to latitude and longitude.
      let x = 0, y = 0, z = 0;
      members.forEach(({ c }, i) => {
        const w = Math.max(c.area ?? 1, 1);
        x += w * unit[i]![0];
        y += w * unit[i]![1];
        z += w * unit[i]![2];
      });
      const lat = round5((Math.atan2(z, Math.hypot(x, y)) * 180) / Math.PI);
      const lon = round5((Math.atan2(y, x) * 180) / Math.PI);
      rows.push(regionRow(def, lat, lon, population));
      continue;
    }
    // The member nearest all others (weighted by the square root of their area, capped): Europe's point is
    // in central Europe, not in Siberia as an area-weighted mean would put it near Russia.
    // Capped at 1,000 (a 1,000,000 km² country) so Russia's point in Siberia cannot win Eastern Europe.
    const weight = members.map(({ c }) => Math.min(Math.sqrt(Math.max(c.area ?? 1, 1)), 1000));
    let best = members[0]!.row!;
    let bestCost = Infinity;
    members.forEach(({ row }, i) => {
      let cost = 0;
      unit.forEach((u, j) => {
        const dot = Math.min(1, Math.max(-1, u[0] * unit[i]![0] + u[1] * unit[i]![1] + u[2] * unit[i]![2]));
        cost += weight[j]! * Math.acos(dot);
      });
      if (cost < bestCost - 1e-12 || (Math.abs(cost - bestCost) <= 1e-12 && row!.id < best.id)) [best, bestCost] = [row!, cost];
    });
    rows.push(regionRow(def, best.lat, best.lon, population));
  }
  return rows;
}

function regionRow(def: RegionDef, lat: number, lon: number, population: number): PlaceRow {
  return {
    id: `region:${def.slug}`,
    name: def.name,
    kind: 'region',
    featureType: def.featureType,
    lat,
    lon,
    country: '',
    admin1: '',
    population,
    names: def.names ? [...def.names] : [],
    demonyms: def.demonyms ? [...def.demonyms] : [],
    codes: [],
  };
}
