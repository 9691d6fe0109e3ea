/**
 * The Node edge of the gazetteer: reads `data/gazetteer/*.tsv` and `*.topo.json` from disk.
 * Everything else in `geo/gazetteer/` is pure and also runs in the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { Gazetteer } from './gazetteer.ts';

/** Default folder of the extract, relative to the working directory. */
export const GAZETTEER_DIR = 'data/gazetteer';

/**
 * Loads every `*.tsv` in `dir` (sorted by file name) into one gazetteer. Pass
 * `{ timing: true }` to have the load time written to stderr.
 *
 * @param dir folder holding `places.tsv`, `aliases.tsv`, `courts.tsv`, ...
 * @example loadGazetteer().lookup('sinaloa')
 */
export function loadGazetteer(dir: string = GAZETTEER_DIR, opts: { timing?: boolean } = {}): Gazetteer {
  const t0 = performance.now();
  const files = readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort();
  if (files.length === 0) throw new Error(`${dir}: no .tsv files (run npm run build:gazetteer)`);
  const g = Gazetteer.fromTsv(files.map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') })));
  if (opts.timing) {
    process.stderr.write(`gazetteer: ${g.size} places from ${files.join(', ')} in ${Math.round(performance.now() - t0)} ms\n`);
  }
  return g;
}

/**
 * Reads every `*.topo.json` in `dir` (areas first, then the rest sorted by name).
 *
 * @param dir folder holding `areas.topo.json`, `districts.topo.json`, ...
 * @example areaGeometryIn(loadAreas(), 'admin1:MX.25')
 */
export function loadAreas(dir: string = GAZETTEER_DIR): Topology[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.topo.json'))
    .sort((a, b) => (a === 'areas.topo.json' ? -1 : b === 'areas.topo.json' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Topology);
}
