/**
 * US federal judicial districts and their main courthouses as gazetteer entries: pure builders
 * from the statute table (`data/sources/us-judicial-districts.tsv`, 28 U.S.C. ch. 5), us-atlas
 * county polygons and GeoNames city rows. No I/O here; `geo/cli/build-courts.ts` is the edge.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Objects, Topology } from 'topojson-specification';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Place } from '../types.ts';
import { codePointOrder } from '../codePointOrder.ts';

/** The source table's file name, used in error messages (`us-judicial-districts.tsv:<line>`). */
export const DISTRICTS_FILE = 'us-judicial-districts.tsv';

/** One district as the statute table gives it. */
export interface DistrictSource {
  /** Court abbreviation, lower case: "nyed", "cacd", "dcd". */
  code: string;
  /** "Eastern District of New York", "District of Arizona". */
  name: string;
  /** USPS code of the state, DC or PR. */
  state: string;
  /** County names as the Census spells them, or `'*'` for the whole state. */
  counties: string[] | '*';
  /** Places where court is held; the first is the main courthouse city. */
  seats: string[];
  /** The main courthouse's common name, "" when not known. */
  courthouse: string;
  /** 1-based line in the source file. */
  line: number;
}

/** A GeoNames populated place (the columns of cities500.txt the builder needs). */
export interface City {
  geonameid: number;
  name: string;
  asciiname: string;
  alternatenames: string[];
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  country: string;
  admin1: string;
  population: number;
}

/** A gazetteer row in the shared `places.tsv` layout. */
export interface CourtRow extends Place {
  names: string[];
  demonyms: string[];
  codes: string[];
}

/** County topology as us-atlas ships it (`counties-10m.json`). */
export type CountiesTopology = Topology<{
  counties: GeometryCollection<{ name: string }>;
  states: GeometryCollection<{ name: string }>;
}>;

/** Properties of each `districts` geometry. */
export interface DistrictProperties {
  name: string;
}

/** Per USPS code: the state's Census FIPS code and its Bluebook abbreviation ("N.Y.", "Ill."). */
const STATES: Record<string, { fips: string; bluebook: string }> = {
  AL: { fips: '01', bluebook: 'Ala.' }, AK: { fips: '02', bluebook: 'Alaska' }, AZ: { fips: '04', bluebook: 'Ariz.' },
  AR: { fips: '05', bluebook: 'Ark.' }, CA: { fips: '06', bluebook: 'Cal.' }, CO: { fips: '08', bluebook: 'Colo.' },
  CT: { fips: '09', bluebook: 'Conn.' }, DE: { fips: '10', bluebook: 'Del.' }, DC: { fips: '11', bluebook: 'D.C.' },
  FL: { fips: '12', bluebook: 'Fla.' }, GA: { fips: '13', bluebook: 'Ga.' }, HI: { fips: '15', bluebook: 'Haw.' },
  ID: { fips: '16', bluebook: 'Idaho' }, IL: { fips: '17', bluebook: 'Ill.' }, IN: { fips: '18', bluebook: 'Ind.' },
  IA: { fips: '19', bluebook: 'Iowa' }, KS: { fips: '20', bluebook: 'Kan.' }, KY: { fips: '21', bluebook: 'Ky.' },
  LA: { fips: '22', bluebook: 'La.' }, ME: { fips: '23', bluebook: 'Me.' }, MD: { fips: '24', bluebook: 'Md.' },
  MA: { fips: '25', bluebook: 'Mass.' }, MI: { fips: '26', bluebook: 'Mich.' }, MN: { fips: '27', bluebook: 'Minn.' },
  MS: { fips: '28', bluebook: 'Miss.' }, MO: { fips: '29', bluebook: 'Mo.' }, MT: { fips: '30', bluebook: 'Mont.' },
  NE: { fips: '31', bluebook: 'Neb.' }, NV: { fips: '32', bluebook: 'Nev.' }, NH: { fips: '33', bluebook: 'N.H.' },
  NJ: { fips: '34', bluebook: 'N.J.' }, NM: { fips: '35', bluebook: 'N.M.' }, NY: { fips: '36', bluebook: 'N.Y.' },
  NC: { fips: '37', bluebook: 'N.C.' }, ND: { fips: '38', bluebook: 'N.D.' }, OH: { fips: '39', bluebook: 'Ohio' },
  OK: { fips: '40', bluebook: 'Okla.' }, OR: { fips: '41', bluebook: 'Or.' }, PA: { fips: '42', bluebook: 'Pa.' },
  RI: { fips: '44', bluebook: 'R.I.' }, SC: { fips: '45', bluebook: 'S.C.' }, SD: { fips: '46', bluebook: 'S.D.' },
  TN: { fips: '47', bluebook: 'Tenn.' }, TX: { fips: '48', bluebook: 'Tex.' }, UT: { fips: '49', bluebook: 'Utah' },
  VT: { fips: '50', bluebook: 'Vt.' }, VA: { fips: '51', bluebook: 'Va.' }, WA: { fips: '53', bluebook: 'Wash.' },
  WV: { fips: '54', bluebook: 'W. Va.' }, WI: { fips: '55', bluebook: 'Wis.' }, WY: { fips: '56', bluebook: 'Wyo.' },
  PR: { fips: '72', bluebook: 'P.R.' },
};

const COLUMNS = ['code', 'name', 'state', 'counties', 'seats', 'courthouse'];
const CODE = /^[a-z]{2,4}$/;
const STATE = /^[A-Z]{2}$/;
const NAME = /^(?:(Northern|Southern|Eastern|Western|Central|Middle) )?District of (.+)$/;

/**
 * Parses the statute table; throws naming `us-judicial-districts.tsv:<line>` on a malformed row.
 *
 * @param text the file's text (`#` comment lines and one header row allowed)
 * @param file name used in error messages
 * @example parseDistricts('nyed\tEastern District of New York\tNY\tKings|Queens\tBrooklyn\t\n')[0].seats // ['Brooklyn']
 */
export function parseDistricts(text: string, file = DISTRICTS_FILE): DistrictSource[] {
  const out: DistrictSource[] = [];
  const seen = new Set<string>();
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t');
    if (cells.join('\t') === COLUMNS.join('\t')) return;
    const where = `${file}:${line}`;
    if (cells.length !== COLUMNS.length) {
      throw new Error(`${where}: expected ${COLUMNS.length} tab-separated columns, got ${cells.length}`);
    }
    const [code, name, state, counties, seats, courthouse] = cells.map((c) => c.trim()) as [
      string, string, string, string, string, string,
    ];
    if (!CODE.test(code)) throw new Error(`${where}: invalid code "${code}"`);
    if (seen.has(code)) throw new Error(`${where}: duplicate code "${code}"`);
    if (!NAME.test(name)) throw new Error(`${where}: invalid district name "${name}"`);
    if (!STATE.test(state) || !STATES[state]) throw new Error(`${where}: invalid state "${state}"`);
    const countyList = counties === '*' ? '*' : splitList(counties);
    if (countyList !== '*' && countyList.length === 0) throw new Error(`${where}: no counties`);
    const seatList = splitList(seats);
    if (seatList.length === 0) throw new Error(`${where}: no seats`);
    seen.add(code);
    out.push({ code, name, state, counties: countyList, seats: seatList, courthouse, line });
  });
  return out;
}

function splitList(s: string): string[] {
  return s.split('|').map((x) => x.trim()).filter((x) => x !== '');
}

/**
 * Folds a county name so Census and statute spellings meet: "Saint Clair", "St. Clair" and
 * "St Clair" alike, "De Kalb" and "DeKalb" alike.
 *
 * @example foldCounty('Ste. Genevieve') // 'stgenevieve'
 */
export function foldCounty(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(?:saint|sainte|ste?)\b\.?/g, 'st')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Assigns each district its county geometries (5-digit FIPS ids). A name ending in " city"
 * names an independent city (county code ≥ 500); a bare name prefers the county (< 500).
 *
 * @param districts parsed statute rows
 * @param counties us-atlas counties topology
 * @returns FIPS ids per district code, sorted
 * @example assignCounties(parseDistricts(text), countiesTopo).get('nyed') // ['36047', '36059', '36061'?...]
 */
export function assignCounties(
  districts: readonly DistrictSource[],
  counties: CountiesTopology,
  file = DISTRICTS_FILE,
): Map<string, string[]> {
  const byState = new Map<string, Array<{ id: string; key: string }>>();
  for (const g of counties.objects.counties.geometries) {
    const id = String(g.id);
    const st = id.slice(0, 2);
    if (!byState.has(st)) byState.set(st, []);
    byState.get(st)!.push({ id, key: foldCounty((g.properties as { name?: string } | undefined)?.name ?? '') });
  }
  const out = new Map<string, string[]>();
  for (const d of districts) {
    const where = `${file}:${d.line}`;
    const pool = byState.get(STATES[d.state]!.fips) ?? [];
    if (pool.length === 0) throw new Error(`${where}: no counties of ${d.state} in the counties topology`);
    if (d.counties === '*') {
      out.set(d.code, pool.map((c) => c.id).sort());
      continue;
    }
    const ids: string[] = [];
    for (const entry of d.counties) {
      const isCity = / city$/.test(entry);
      const key = foldCounty(isCity ? entry.slice(0, -' city'.length) : entry);
      const matches = pool.filter((c) => c.key === key);
      const counted = matches.filter((c) => Number(c.id.slice(2)) < 500);
      const cities = matches.filter((c) => Number(c.id.slice(2)) >= 500);
      const pick = isCity ? cities : counted.length > 0 ? counted : cities;
      if (pick.length !== 1) {
        throw new Error(`${where}: county "${entry}" matches ${pick.length} counties of ${d.state}`);
      }
      ids.push(pick[0]!.id);
    }
    out.set(d.code, ids.sort());
  }
  return out;
}

/**
 * Builds the district polygons: counties merged per district, simplified on the county
 * topology first (shared borders stay shared), then re-topologised and quantised.
 *
 * @param assignments FIPS ids per district code (from `assignCounties`)
 * @param minWeight Visvalingam area below which points are dropped, square degrees
 * @param quantization grid size per axis of the output
 * @example buildDistrictTopology(districts, countiesTopo, assignments).objects.districts.geometries[0].id // 'district:akd'
 */
export function buildDistrictTopology(
  districts: readonly DistrictSource[],
  counties: CountiesTopology,
  assignments: ReadonlyMap<string, readonly string[]>,
  minWeight = 1e-5,
  quantization = 1e5,
): Topology<{ districts: GeometryCollection<DistrictProperties> }> {
  const simplified = simplify(presimplify(counties as unknown as Topology<Objects<{}>>), minWeight) as unknown as CountiesTopology;
  const byId = new Map<string, GeometryObject>();
  for (const g of simplified.objects.counties.geometries) byId.set(String(g.id), g as GeometryObject);
  const features: Array<Feature<MultiPolygon, DistrictProperties>> = [...districts]
    .sort((a, b) => codePointOrder(a.code, b.code))
    .map((d) => {
      const geoms = (assignments.get(d.code) ?? []).map((id) => byId.get(id)!).filter(Boolean);
      const geometry = merge(simplified as unknown as Topology, geoms as never) as MultiPolygon;
      return { type: 'Feature', id: `district:${d.code}`, properties: { name: d.name }, geometry };
    });
  const fc: FeatureCollection<MultiPolygon, DistrictProperties> = { type: 'FeatureCollection', features };
  return topology({ districts: fc }, quantization) as unknown as Topology<{
    districts: GeometryCollection<DistrictProperties>;
  }>;
}

/**
 * Parses GeoNames cities500 rows of the given countries (tab-separated, population at index 14).
 *
 * @param text cities500.txt
 * @param countries ISO codes to keep
 * @example parseCities(text, new Set(['US', 'PR'])).find((c) => c.name === 'Brooklyn' && c.admin1 === 'NY')
 */
export function parseCities(text: string, countries: ReadonlySet<string>): City[] {
  const out: City[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const c = line.split('\t');
    if (!countries.has(c[8] ?? '')) continue;
    out.push({
      geonameid: Number(c[0]),
      name: c[1] ?? '',
      asciiname: c[2] ?? '',
      alternatenames: c[3] ? c[3].split(',') : [],
      lat: Number(c[4]),
      lon: Number(c[5]),
      featureClass: c[6] ?? '',
      featureCode: c[7] ?? '',
      country: c[8] ?? '',
      admin1: c[10] ?? '',
      population: Number(c[14]) || 0,
    });
  }
  return out;
}

/**
 * Finds a seat city: the most populous P-class place of that name in that state (GeoNames US
 * admin1 is the USPS code; Puerto Rico is its own country code). Exact names beat alternate names.
 *
 * @param state USPS code ("NY", "DC", "PR")
 * @example findSeat(cities, 'Brooklyn', 'NY')?.geonameid // 5110302
 */
export function findSeat(cities: readonly City[], seat: string, state: string): City | null {
  const key = foldCounty(seat);
  const inState = cities.filter(
    (c) => c.featureClass === 'P' && (state === 'PR' ? c.country === 'PR' : c.country === 'US' && c.admin1 === state),
  );
  const best = (list: City[]) =>
    list.sort((a, b) => b.population - a.population || a.geonameid - b.geonameid)[0] ?? null;
  const exact = inState.filter((c) => foldCounty(c.name) === key || foldCounty(c.asciiname) === key);
  if (exact.length > 0) return best(exact);
  return best(inState.filter((c) => c.alternatenames.some((n) => foldCounty(n) === key)));
}

/**
 * The names news and filings use for a district: its name, "U.S. District Court for the …",
 * the Bluebook abbreviation ("E.D.N.Y.", "D. Ariz.") and, for divided states, the letter form
 * ("EDNY"). The bare "District of Columbia" is left out: it names the city far more often.
 *
 * @example districtNames({ code: 'nyed', name: 'Eastern District of New York', state: 'NY', ... })
 *   // ['Eastern District of New York', 'U.S. District Court for the Eastern District of New York', ..., 'E.D.N.Y.', 'EDNY']
 */
export function districtNames(d: Pick<DistrictSource, 'name' | 'state'>): string[] {
  const m = NAME.exec(d.name);
  if (!m) throw new Error(`invalid district name: ${d.name}`);
  const direction = m[1];
  const abbr = STATES[d.state]?.bluebook;
  const names = d.state === 'DC' ? [] : [d.name];
  names.push(`U.S. District Court for the ${d.name}`, `United States District Court for the ${d.name}`);
  if (abbr) {
    const prefix = direction ? `${direction[0]}.D.` : 'D.';
    // Bluebook closes up adjacent single capitals ("E.D.N.Y.") and spaces the rest ("N.D. Ill.").
    const closed = /^(?:[A-Z]\.)+$/.test(abbr);
    names.push(`${prefix}${closed ? '' : ' '}${abbr}`);
  }
  if (direction) names.push(`${direction[0]}D${d.state}`);
  return names;
}

/**
 * The names news uses for the court in its main seat: "the federal court in Brooklyn".
 *
 * @example courtNames('Brooklyn') // ['federal court in Brooklyn', 'Brooklyn federal court', ...]
 */
export function courtNames(seat: string): string[] {
  return [
    `federal court in ${seat}`,
    `${seat} federal court`,
    `federal courthouse in ${seat}`,
    `U.S. District Court in ${seat}`,
  ];
}

/**
 * Builds the gazetteer rows: one `district:<code>` (ADMD, a point inside its polygon) and one
 * `court:<code>` (CTHSE, at the main seat's GeoNames point) per district, sorted by id.
 *
 * @param topo the district topology (`buildDistrictTopology`); representative points are taken
 *   on these simplified polygons so they test inside the shipped shapes
 * @param cities GeoNames rows of US and PR
 * @example buildCourtRows(districts, topo, cities).find((r) => r.id === 'court:nyed')?.name // 'Theodore Roosevelt United States Courthouse'
 */
export function buildCourtRows(
  districts: readonly DistrictSource[],
  topo: Topology<{ districts: GeometryCollection<DistrictProperties> }>,
  cities: readonly City[],
  file = DISTRICTS_FILE,
): CourtRow[] {
  const shapes = districtFeatures(topo);
  const rows: CourtRow[] = [];
  for (const d of districts) {
    const where = `${file}:${d.line}`;
    const seatName = d.seats[0]!;
    const seat = findSeat(cities, seatName, d.state);
    if (!seat) throw new Error(`${where}: seat "${seatName}" not found in GeoNames for ${d.state}`);
    const shape = shapes.get(`district:${d.code}`);
    if (!shape) throw new Error(`${where}: no polygon for district "${d.code}"`);
    const [lon, lat] = insidePoint(shape.geometry, [round5(seat.lon), round5(seat.lat)]);
    const country = d.state === 'PR' ? 'PR' : 'US';
    const admin1 = d.state === 'PR' ? '' : d.state;
    rows.push({
      id: `district:${d.code}`, name: d.name, kind: 'district', featureType: 'ADMD', lat, lon,
      country, admin1, population: 0, names: districtNames(d), demonyms: [], codes: [d.code],
    });
    rows.push({
      id: `court:${d.code}`, name: d.courthouse || `U.S. District Court, ${seatName}`, kind: 'court',
      featureType: 'CTHSE', lat: round5(seat.lat), lon: round5(seat.lon), country, admin1, population: 0,
      names: courtNames(seatName), demonyms: [], codes: [d.code],
    });
  }
  return rows.sort((a, b) => codePointOrder(a.id, b.id));
}

/** Decodes the district topology to features keyed by id. */
export function districtFeatures(
  topo: Topology<{ districts: GeometryCollection<DistrictProperties> }>,
): Map<string, Feature<Polygon | MultiPolygon, DistrictProperties>> {
  const fc = feature(topo, topo.objects.districts) as FeatureCollection<Polygon | MultiPolygon, DistrictProperties>;
  return new Map(fc.features.map((f) => [String(f.id), f]));
}

/** The candidate if it lies inside (after rounding), else Turf's point on the surface, rounded and re-checked. */
function insidePoint(geometry: Polygon | MultiPolygon, candidate: [number, number]): [number, number] {
  if (booleanPointInPolygon(candidate, geometry)) return candidate;
  const p = pointOnFeature(geometry).geometry.coordinates;
  const rounded: [number, number] = [round5(p[0]!), round5(p[1]!)];
  if (booleanPointInPolygon(rounded, geometry)) return rounded;
  return [p[0]!, p[1]!];
}

function round5(x: number): number {
  const r = Math.round(x * 1e5) / 1e5;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * Formats rows as the shared 12-column TSV, `#` comment lines first.
 *
 * @param comments lines without the leading "# "
 * @example formatCourtsTsv(rows, ['Source: 28 U.S.C. ch. 5']).split('\n')[0] // '# Source: 28 U.S.C. ch. 5'
 */
export function formatCourtsTsv(rows: readonly CourtRow[], comments: readonly string[]): string {
  const cell = (s: string) => s.replace(/[\t\n\r|]/g, ' ').trim();
  const lines = comments.map((c) => `# ${c}`);
  lines.push(`# ${['id', 'name', 'kind', 'featureType', 'lat', 'lon', 'country', 'admin1', 'population', 'names', 'demonyms', 'codes'].join('\t')}`);
  for (const r of rows) {
    lines.push(
      [
        r.id, cell(r.name), r.kind, r.featureType, String(round5(r.lat)), String(round5(r.lon)), r.country,
        r.admin1, String(Math.round(r.population)), r.names.map(cell).join('|'), r.demonyms.map(cell).join('|'),
        r.codes.map(cell).join('|'),
      ].join('\t'),
    );
  }
  return lines.join('\n') + '\n';
}
