/**
 * Building the gazetteer's areas: where an area's point goes, and which first-level divisions
 * exist when Natural Earth's units are one level below GeoNames' (the United Kingdom's
 * counties under England and Scotland). Small invented shapes; the real build is checked by
 * the geoparse tests against data/gazetteer.
 */
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { nearestInside, representativePoint, isInside } from '../../geo/gazetteer/build/representativePoint.ts';
import { checkAlignment, type Admin1Unit } from '../../geo/gazetteer/build/admin1.ts';
import { buildCityRows, type GeoNamesCity } from '../../geo/gazetteer/build/cities.ts';
import { divisionNames, type IsoDbCountry } from '../../geo/gazetteer/build/isoSubdivisions.ts';
import { mergeRegions } from '../../geo/gazetteer/build/mergeRegions.ts';
import { selectNames } from '../../geo/gazetteer/build/selectNames.ts';
import { splitRegions } from '../../geo/gazetteer/build/splitRegions.ts';
import { supplementCities, type CitiesJsonRecord } from '../../geo/gazetteer/build/supplementCities.ts';
import { ownNames } from '../../geo/gazetteer/build/airports.ts';
import type { PlaceRow } from '../../geo/gazetteer/placeRow.ts';
import { distanceKm } from '../../geo/distance.ts';

function box(x0: number, y0: number, x1: number, y1: number): Polygon {
  return { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] };
}

function unit(id: string, geometry: Polygon, props: Partial<Admin1Unit['props']> = {}): Admin1Unit {
  const [country, code] = id.split('.') as [string, string];
  return { id, country, code, geometry, props: { name: id, iso_a2: country, ...props } };
}

function city(country: string, admin1: string, lon: number, lat: number, population = 1000): GeoNamesCity {
  return { geonameid: `${country}${admin1}${lon}${lat}`, name: 'x', alternates: [], lat, lon, fclass: 'P', fcode: 'PPL', country, admin1, admin2: '', population };
}

describe("an area's point", () => {
  const island = box(0, 0, 2, 1);

  it('a source point just offshore moves to the nearest land, not to the middle of the area', () => {
    const offshore: [number, number] = [2.05, 0.2]; // ~5.6 km east of the east coast
    const p = representativePoint(island, [offshore]);
    expect(isInside(island, p)).toBe(true);
    expect(distanceKm(p[1], p[0], offshore[1], offshore[0])).toBeLessThan(15);
  });

  it('a source point inside is kept as it is', () => {
    expect(representativePoint(island, [[0.3, 0.4]])).toEqual([0.3, 0.4]);
  });

  it('a point far from the area is not pulled in: the area gets an interior point instead', () => {
    expect(nearestInside(island, [10, 10])).toBeNull();
    const p = representativePoint(island, [[10, 10]]);
    expect(isInside(island, p)).toBe(true);
  });
});

describe('first-level divisions Natural Earth lacks', () => {
  it('a country whose cities carry admin1 codes no unit has is misaligned (counties under England)', () => {
    const units = [unit('GB.Q7', box(0, 0, 1, 1)), unit('GB.S6', box(1, 0, 2, 1))];
    const cities = Array.from({ length: 12 }, (_, i) => city('GB', i < 6 ? 'ENG' : 'SCT', 0.05 + i * 0.15, 0.5));
    expect(checkAlignment(units, cities)).toEqual(new Set(['GB']));
  });

  it('a country whose cities find their units is not', () => {
    const units = [unit('MX.25', box(0, 0, 1, 1)), unit('MX.10', box(1, 0, 2, 1))];
    const cities = Array.from({ length: 12 }, (_, i) => city('MX', i < 6 ? '25' : '10', i < 6 ? 0.5 : 1.5, 0.5));
    expect(checkAlignment(units, cities)).toEqual(new Set());
  });

  it('units merge into the division most of their cities name, called by its English name', () => {
    const known = divisionNames({
      GB: { iso: 'GB', regions: [{ name: 'England', names: { geonames: 'England', en: 'England' }, admin: 'ENG' }] },
    });
    const demoted = [
      { unit: unit('GB.Q7', box(0, 0, 1, 1), { region: 'North East' }), admin1: 'ENG' },
      { unit: unit('GB.S6', box(1, 0, 2, 1), { region: 'London' }), admin1: 'ENG' },
    ];
    const [merged, ...rest] = mergeRegions(demoted, new Map([['GB.ENG', 5_000_000]]), known);
    expect(rest).toHaveLength(0);
    expect(merged!.row).toMatchObject({ id: 'admin1:GB.ENG', name: 'England', kind: 'admin1', admin1: 'ENG', population: 5_000_000 });
    expect(isInside(merged!.geometry as Polygon, [1.5, 0.5])).toBe(true);
  });

  it('without a known name, units of differing Natural Earth regions are not merged', () => {
    const demoted = [
      { unit: unit('LV.01', box(0, 0, 1, 1), { region: 'Kurzeme' }), admin1: '33' },
      { unit: unit('LV.02', box(1, 0, 2, 1), { region: 'Vidzeme' }), admin1: '33' },
    ];
    expect(mergeRegions(demoted, new Map())).toEqual([]);
  });
});

describe('towns an older GeoNames snapshot lacks', () => {
  const record = (name: string, lat: number, lng: number, country = 'CA', admin1 = '01'): CitiesJsonRecord => ({
    name, lat: String(lat), lng: String(lng), country, admin1, admin2: '',
  });
  const base: GeoNamesCity[] = [
    { ...city('AU', '04', 146.031, -17.522, 1241), geonameid: '2162683', name: 'Innisfail' },
    { ...city('CA', '01', -113.802, 52.267, 73593), geonameid: '6118158', name: 'Red Deer', alternates: ['Red Deer City'] },
  ];

  it('a town missing from the snapshot is added (Innisfail, Alberta beside Innisfail, Queensland)', () => {
    const [added, ...rest] = supplementCities(base, [record('Innisfail', 52.02688, -113.95071)]);
    expect(rest).toEqual([]);
    expect(added).toMatchObject({ id: 'cities1000:CA.01.1', name: 'Innisfail', country: 'CA', admin1: '01', fcode: 'PPL', population: 1000 });
    expect(buildCityRows([added!], { englishWords: new Set() })[0]!.id).toBe('cities1000:CA.01.1');
  });

  it('a town the snapshot has, moved a little or under an alternate name, is not added twice', () => {
    expect(supplementCities(base, [record('Red Deer', 52.27, -113.81), record('Red Deer City', 52.3, -113.7)])).toEqual([]);
  });

  it('a namesake far from the known town is a different town', () => {
    expect(supplementCities(base, [record('Red Deer', 50.0, -110.0)])).toHaveLength(1);
  });

  it('a name made only of words is skipped when words are given ("Olympic" by "olympics", "City Park")', () => {
    const words = new Set(['olympics', 'city', 'park']);
    const extra = [record('Olympic', 22.32, 114.16, 'HK', 'KYT'), record('City Park', 43.6, -79.4, 'CA', '08'), record('Tillsonburg', 42.86, -80.73, 'CA', '08')];
    expect(supplementCities(base, extra, { words }).map((c) => c.name)).toEqual(['Tillsonburg']);
  });

  it("a name reserved for a state or country is no new town's (\"Queensland\", a Calgary neighbourhood)", () => {
    const extra = [record('Queensland', 50.94, -114.04), record('Tillsonburg', 42.86, -80.73, 'CA', '08')];
    expect(supplementCities(base, extra, { blocked: new Set(['queensland']) }).map((c) => c.name)).toEqual(['Tillsonburg']);
  });

  it('ids count per division in name order, whatever the input order', () => {
    const a = record('Allston', 42.36, -71.13, 'US', 'MA');
    const b = record('Brighton', 42.35, -71.16, 'US', 'MA');
    const ids = (list: CitiesJsonRecord[]) => supplementCities(base, list).map((c) => `${c.name}=${c.id}`);
    expect(ids([b, a])).toEqual(['Allston=cities1000:US.MA.1', 'Brighton=cities1000:US.MA.2']);
    expect(ids([a, b])).toEqual(ids([b, a]));
  });
});

describe('division names', () => {
  const db: Record<string, IsoDbCountry> = {
    IT: {
      iso: 'IT',
      regions: [
        { name: 'Sicily', names: { geonames: 'Sicily', en: 'Sicily' }, admin: '15' },
        { name: 'Lombardy', names: { geonames: 'Lombardy', en: 'Lombardy' }, admin: '09' },
        { name: 'Apulia', names: { geonames: 'Apulia', en: 'Apulia' }, admin: '13' },
        { name: 'Tuscany', names: { geonames: 'Tuscany', en: 'Tuscany' }, admin: '16' },
      ],
    },
    MA: {
      iso: 'MA',
      regions: [
        { name: 'Tangier-Tetouan', names: { geonames: 'Tanger-Tetouan-Al Hoceima', en: 'Tangier-Tetouan' }, admin: '01' },
        { name: 'Gharb-Chrarda-Béni Hssen', names: { geonames: 'Oriental', en: 'Gharb-Chrarda-Béni Hssen' }, admin: '02' },
        { name: 'Taza-Al Hoceima-Taounate', names: { geonames: 'Fes-Meknes', en: 'Taza-Al Hoceima-Taounate' }, admin: '03' },
        { name: 'Oriental', names: { geonames: 'Rabat-Sale-Kenitra', en: 'Oriental' }, admin: '04' },
      ],
    },
    BF: {
      iso: 'BF',
      regions: [
        { name: 'Centre Region, Burkina Faso', names: { geonames: 'Centre', en: 'Centre Region, Burkina Faso' }, admin: '53' },
        { name: 'Sahel Region', names: { geonames: 'Sahel', en: 'Sahel Region' }, admin: '58' },
      ],
    },
  };
  const names = divisionNames(db);

  it('English names where they agree with GeoNames', () => {
    expect(names.get('IT.15')).toEqual({ name: 'Sicily', names: [] });
  });

  it("only GeoNames' names where the English ones are of another map (Morocco before 2015)", () => {
    expect(names.get('MA.02')).toEqual({ name: 'Oriental', names: [] });
    expect(names.get('MA.04')).toEqual({ name: 'Rabat-Sale-Kenitra', names: [] });
  });

  it('a bare direction is not a name, and a trailing ", Country" is dropped', () => {
    expect(names.has('BF.53')).toBe(false);
    expect(names.get('BF.58')).toEqual({ name: 'Sahel Region', names: ['Sahel'] });
  });
});

describe("a town's alternate names", () => {
  const englishWords = new Set(['white', 'house', 'windy', 'city', 'salt', 'lake', 'mobile']);
  const commonWords = new Set(['white', 'house', 'windy', 'city', 'salt', 'lake']);

  it('a phrase of common English words that translates or nicknames a town is not its name', () => {
    expect(selectNames('Casablanca', ['White House', 'Casa Branca'], { englishWords, commonWords, population: 3_000_000 })).toEqual(['Casa Branca']);
    expect(selectNames('Chicago', ['Windy City'], { englishWords, commonWords, population: 2_700_000 })).toEqual([]);
  });

  it('a phrase sharing a word with the main name stays ("Salt Lake" for Salt Lake City)', () => {
    expect(selectNames('Salt Lake City', ['Salt Lake'], { englishWords, commonWords, population: 200_000 })).toEqual(['Salt Lake']);
  });

  it("a transliteration's apostrophes are left out, as English prose spells it (\"Tskhinvali\" for Ts’khinvali)", () => {
    expect(selectNames('Ts’khinvali', ['Tskhinval'], { englishWords, population: 32_000 })).toEqual(['Tskhinvali', 'Tskhinval']);
    expect(selectNames("K'ut'aisi", [], { englishWords, population: 150_000 })).toEqual(['Kutaisi']);
  });

  it('… but not when the result is an English word; a possessive\'s apostrophe goes too ("Marthas Vineyard")', () => {
    expect(selectNames('Mob’ile', [], { englishWords, population: 5_000 })).toEqual([]);
    expect(selectNames("Martha's Vineyard", [], { englishWords, population: 15_000 })).toEqual(['Marthas Vineyard']);
  });
});

describe('regions split into states by compass words', () => {
  const row = (id: string, name: string, country = 'SD'): PlaceRow => ({
    id, name, kind: 'admin1', featureType: 'ADM1', lat: 0, lon: 0, country, admin1: id.split('.')[1]!, population: 1000, names: [], demonyms: [], codes: [],
  });
  const opts = { blocked: new Set(['carolina']), englishWords: new Set(['cape', 'red', 'sea']) };

  it('North and South Darfur are joined into Darfur, drawn as both', () => {
    const [darfur, ...rest] = splitRegions([
      { row: row('admin1:SD.01', 'North Darfur'), geometry: box(0, 1, 1, 2) },
      { row: row('admin1:SD.02', 'South Darfur'), geometry: box(0, 0, 1, 1) },
      { row: row('admin1:SD.03', 'Khartoum'), geometry: box(2, 0, 3, 1) },
    ], opts);
    expect(rest).toEqual([]);
    expect(darfur!.row).toMatchObject({ id: 'region:sd-darfur', name: 'Darfur', kind: 'region', country: 'SD', population: 2000 });
    expect(isInside(darfur!.geometry as Polygon, [0.5, 1.5])).toBe(true);
    expect(isInside(darfur!.geometry as Polygon, [0.5, 0.5])).toBe(true);
  });

  it.each([
    ['a base that is already a place name', 'North Carolina', 'South Carolina'],
    ['a generic feature word', 'Eastern Cape', 'Western Cape'],
    ['English words before a feature word', 'Northern Red Sea', 'Southern Red Sea'],
    ['an adjective', 'South Bohemian', 'Central Bohemian'],
  ])('not joined: %s', (_label, a, b) => {
    expect(splitRegions([
      { row: row('admin1:XX.01', a), geometry: box(0, 0, 1, 1) },
      { row: row('admin1:XX.02', b), geometry: box(1, 0, 2, 1) },
    ], opts)).toEqual([]);
  });
});

describe("a large airport's own name", () => {
  const words = new Set(['international', 'logan', 'midway']);
  it.each([
    ['London Heathrow Airport', 'London', ['Heathrow Airport', 'Heathrow International Airport', 'Heathrow']],
    ["Chicago O'Hare International Airport", 'Chicago', ["O'Hare Airport", "O'Hare International Airport", "O'Hare"]],
    ['Amsterdam Airport Schiphol', 'Amsterdam', ['Schiphol Airport', 'Schiphol International Airport', 'Schiphol']],
    ['Chicago Midway International Airport', 'Chicago', ['Midway Airport', 'Midway International Airport']],
    ['Los Angeles International Airport', 'Los Angeles', []],
    ['Logan International Airport', 'Boston', []],
    ['Lester B. Pearson International Airport', 'Toronto', ['Pearson International Airport', 'Pearson Airport']],
    ['John F Kennedy International Airport', 'New York', ['Kennedy International Airport', 'Kennedy Airport']],
  ])('%s', (name, city, expected) => {
    expect(ownNames(name, city, words)).toEqual(expected);
  });
});
