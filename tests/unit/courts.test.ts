import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/turf';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  assignCounties,
  buildDistrictTopology,
  districtFeatures,
  districtNames,
  findSeat,
  parseDistricts,
  type City,
  type CountiesTopology,
  type DistrictProperties,
} from '../../geo/gazetteer/courts.ts';

const read = (p: string) => readFileSync(fileURLToPath(new URL(`../../${p}`, import.meta.url)), 'utf8');

const source = read('data/sources/us-judicial-districts.tsv');
const districts = parseDistricts(source);
const counties = JSON.parse(read('node_modules/us-atlas/counties-10m.json')) as CountiesTopology;
const assignments = assignCounties(districts, counties);
const topo = JSON.parse(read('data/gazetteer/districts.topo.json')) as Topology<{
  districts: GeometryCollection<DistrictProperties>;
}>;
const shapes = districtFeatures(topo);
const tsvLines = read('data/gazetteer/courts.tsv').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
const rows = new Map(tsvLines.map((l) => [l.split('\t')[0]!, l.split('\t')]));

/** [lon, lat] of a gazetteer row. */
const point = (id: string): [number, number] => {
  const r = rows.get(id);
  if (!r) throw new Error(`no row ${id}`);
  return [Number(r[5]), Number(r[4])];
};
const inside = (code: string, p: [number, number]) => booleanPointInPolygon(p, shapes.get(`district:${code}`)!.geometry);

const FIPS_OF: Record<string, string> = { AL: '01', AR: '05', CA: '06', FL: '12', GA: '13', IL: '17', IN: '18', IA: '19',
  KY: '21', LA: '22', MI: '26', MS: '28', MO: '29', NY: '36', NC: '37', OH: '39', OK: '40', PA: '42', TN: '47', TX: '48',
  VA: '51', WA: '53', WV: '54', WI: '55' };

describe('us judicial districts from counties', () => {
  it('covers every state, DC and Puerto Rico (91 districts)', () => {
    expect(districts).toHaveLength(91);
    expect(new Set(districts.map((d) => d.state)).size).toBe(52);
  });

  it.each(Object.entries(FIPS_OF))('every county of divided state %s is assigned to exactly one district', (state, fips) => {
    const all = counties.objects.counties.geometries.map((g) => String(g.id)).filter((id) => id.startsWith(fips));
    const assigned = districts.filter((d) => d.state === state).flatMap((d) => assignments.get(d.code) ?? []);
    const counts = new Map<string, number>();
    for (const id of assigned) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
    expect(all.filter((id) => !counts.has(id))).toEqual([]);
    expect(assigned.every((id) => id.startsWith(fips))).toBe(true);
  });

  it.each([
    ['Franklin (county, Western District)', 'vawd', '51067'],
    ['Franklin city (independent city, Eastern District)', 'vaed', '51620'],
    ['St. Louis city (Eastern District of Missouri)', 'moed', '29510'],
    ['Ste. Genevieve, spelled "Saint Genevieve" in the statute', 'moed', '29186'],
    ['Miami-Dade, "Dade" in the statute', 'flsd', '12086'],
  ])('%s', (_label, code, fips) => {
    expect(assignments.get(code)).toContain(fips);
  });
});

describe('district polygons', () => {
  it.each([
    ['Brooklyn is in the Eastern District of New York', 'nyed', 'court:nyed', true],
    ['Manhattan is not in the Eastern District of New York', 'nyed', 'court:nysd', false],
    ['Manhattan is in the Southern District of New York', 'nysd', 'court:nysd', true],
    ['Los Angeles is in the Central District of California', 'cacd', 'court:cacd', true],
    ['San Diego is in the Southern District of California', 'casd', 'court:casd', true],
    ['San Diego is not in the Central District of California', 'cacd', 'court:casd', false],
    ['Houston is in the Southern District of Texas', 'txsd', 'court:txsd', true],
    ['San Antonio is in the Western District of Texas', 'txwd', 'court:txwd', true],
    ['Chicago is in the Northern District of Illinois', 'ilnd', 'court:ilnd', true],
    ['Miami is in the Southern District of Florida', 'flsd', 'court:flsd', true],
    ['Washington is in the District of Columbia', 'dcd', 'court:dcd', true],
  ])('%s', (_label, code, seatRow, expected) => {
    expect(inside(code, point(seatRow))).toBe(expected);
  });

  it.each([
    // Fixed points a reader can check on any map: El Paso is in txwd; Ciudad Juárez, across the river, is not.
    ['El Paso', 'txwd', [-106.48693, 31.75872], true],
    ['Ciudad Juárez, Chihuahua', 'txwd', [-106.42, 31.69], false],
    ['Albuquerque', 'nmd', [-106.65114, 35.08449], true],
    ['Phoenix', 'azd', [-112.07404, 33.44838], true],
  ] as const)('%s against %s', (_label, code, p, expected) => {
    expect(inside(code, [p[0], p[1]])).toBe(expected);
  });

  it('has one geometry per district, ids district:<code>, properties {name}', () => {
    const geoms = topo.objects.districts.geometries;
    expect(geoms.map((g) => g.id)).toEqual(districts.map((d) => `district:${d.code}`).sort());
    expect(geoms.every((g) => typeof (g.properties as DistrictProperties | undefined)?.name === 'string')).toBe(true);
  });

  it('is what the builder makes from the committed source (no stale file)', () => {
    const fresh = JSON.stringify(buildDistrictTopology(districts, counties, assignments));
    expect(fresh === JSON.stringify(topo), 'districts.topo.json is stale: run npx tsx geo/cli/build-courts.ts').toBe(true);
  });
});

describe('courts.tsv', () => {
  it('has 12 columns per row, ids unique and sorted', () => {
    const ids = tsvLines.map((l) => l.split('\t')[0]!);
    expect(tsvLines.filter((l) => l.split('\t').length !== 12)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(ids).toHaveLength(2 * districts.length);
  });

  it.each(districts.map((d) => [d.code]))('the representative point of %s lies inside its polygon', (code) => {
    expect(inside(code, point(`district:${code}`))).toBe(true);
  });

  it.each(districts.map((d) => [d.code, d.seats[0]]))('the main courthouse of %s (%s) lies inside its district', (code) => {
    expect(inside(code, point(`court:${code}`))).toBe(true);
  });

  it('has the District of Columbia with its courthouse in Washington', () => {
    const district = rows.get('district:dcd')!;
    const court = rows.get('court:dcd')!;
    expect(district.slice(1, 4)).toEqual(['District of Columbia', 'district', 'ADMD']);
    expect(court.slice(1, 4)).toEqual(['E. Barrett Prettyman United States Courthouse', 'court', 'CTHSE']);
    expect(court[9]!.split('|')).toContain('federal court in Washington');
    // The bare "District of Columbia" names the city far more often than the court.
    expect(district[9]!.split('|')).not.toContain('District of Columbia');
  });

  it.each([
    ['court:nyed', 'Theodore Roosevelt United States Courthouse', 'federal court in Brooklyn'],
    ['court:nysd', 'Thurgood Marshall United States Courthouse', 'federal court in Manhattan'],
    ['court:cacd', 'U.S. District Court, Los Angeles', 'federal court in Los Angeles'],
    ['district:nyed', 'Eastern District of New York', 'EDNY'],
    ['district:txwd', 'Western District of Texas', 'W.D. Tex.'],
  ])('%s is "%s", also called "%s"', (id, name, alias) => {
    expect(rows.get(id)![1]).toBe(name);
    expect(rows.get(id)![9]!.split('|')).toContain(alias);
  });
});

describe('names', () => {
  it.each([
    ['Eastern District of New York', 'NY', ['E.D.N.Y.', 'EDNY', 'U.S. District Court for the Eastern District of New York']],
    ['Northern District of Illinois', 'IL', ['N.D. Ill.', 'NDIL']],
    ['Northern District of West Virginia', 'WV', ['N.D. W. Va.']],
    ['District of Arizona', 'AZ', ['District of Arizona', 'D. Ariz.', 'U.S. District Court for the District of Arizona']],
    ['District of New Mexico', 'NM', ['D.N.M.']],
  ])('%s', (name, state, expected) => {
    expect(districtNames({ name, state })).toEqual(expect.arrayContaining(expected));
  });
});

describe('seat look-up', () => {
  const city = (over: Partial<City>): City => ({
    geonameid: 1, name: 'Springfield', asciiname: 'Springfield', alternatenames: [], lat: 0, lon: 0,
    featureClass: 'P', featureCode: 'PPL', country: 'US', admin1: 'IL', population: 0, ...over,
  });
  const cities = [
    city({ geonameid: 1, population: 100 }),
    city({ geonameid: 2, population: 116_000, featureCode: 'PPLA' }),
    city({ geonameid: 3, population: 160_000, admin1: 'MO' }),
    city({ geonameid: 4, population: 999_999, featureClass: 'S', featureCode: 'BLDG' }),
    city({ geonameid: 5, name: 'East Saint Louis', asciiname: 'East Saint Louis', population: 27_000 }),
    city({ geonameid: 6, name: 'San Juan', asciiname: 'San Juan', country: 'PR', admin1: '77', population: 418_000 }),
  ];
  it.each([
    ['the most populous place of that name in the state', 'Springfield', 'IL', 2],
    ['the state decides between homonyms', 'Springfield', 'MO', 3],
    ['"St." and "Saint" fold alike', 'East St. Louis', 'IL', 5],
    ['Puerto Rico is its own GeoNames country', 'San Juan', 'PR', 6],
    ['an invented seat is not found', 'Zzyzxville', 'IL', null],
  ])('%s', (_label, seat, state, id) => {
    expect(findSeat(cities, seat, state)?.geonameid ?? null).toBe(id);
  });
});

describe('malformed source rows', () => {
  const header = '# comment\ncode\tname\tstate\tcounties\tseats\tcourthouse\n';
  it.each([
    ['too few columns', `${header}nyed\tEastern District of New York\tNY\tKings\n`, 3],
    ['an invalid code', `${header}NY-ED\tEastern District of New York\tNY\tKings\tBrooklyn\t\n`, 3],
    ['an unknown state', `${header}\nxxd\tDistrict of Nowhere\tXX\t*\tNowhere\t\n`, 4],
    ['a name that is not a district', `${header}nyed\tBrooklyn Court\tNY\tKings\tBrooklyn\t\n`, 3],
    ['no seats', `${header}nyed\tEastern District of New York\tNY\tKings\t\t\n`, 3],
  ])('%s is reported with file and line', (_label, text, line) => {
    expect(() => parseDistricts(text)).toThrow(`us-judicial-districts.tsv:${line}:`);
  });

  it('an unknown county is reported with file and line', () => {
    const text = 'nyed\tEastern District of New York\tNY\tKings|Atlantis\tBrooklyn\t\n';
    expect(() => assignCounties(parseDistricts(text), counties)).toThrow(
      'us-judicial-districts.tsv:1: county "Atlantis" matches 0 counties of NY',
    );
  });
});
