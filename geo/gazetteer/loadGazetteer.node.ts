/**
 * The Node edge of the gazetteer: loads `data/gazetteer/gazetteer.bin` (compiled from the TSVs
 * first when missing or stale, see `gazetteerBinary.node.ts`), or the TSVs themselves, and reads
 * `*.topo.json` from disk. Everything else in `geo/gazetteer/` is pure and also runs in the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { BinaryGazetteer } from './binary/binaryGazetteer.ts';
import { Gazetteer } from './gazetteer.ts';
import { ensureGazetteerBinary, tsvFiles } from './gazetteerBinary.node.ts';
import type { PlaceGazetteer } from './placeGazetteer.ts';

/** Default folder of the extract, relative to the working directory. */
export const GAZETTEER_DIR = 'data/gazetteer';

/** Which form of the gazetteer to load: the compiled binary (default) or the TSV text, the reference. */
export type GazetteerFormat = 'bin' | 'tsv';

/**
 * The form `PLAZA_GAZETTEER` asks for (`bin` or `tsv`; unset: `bin`), so that every command can
 * be run on either, e.g. `PLAZA_GAZETTEER=tsv npm run --silent geoparse < in.jsonl`.
 */
export function gazetteerFormatFromEnv(env: Record<string, string | undefined> = process.env): GazetteerFormat {
  const v = env.PLAZA_GAZETTEER;
  if (v === undefined || v === '' || v === 'bin') return 'bin';
  if (v === 'tsv') return 'tsv';
  throw new Error(`PLAZA_GAZETTEER must be bin or tsv, not ${JSON.stringify(v)}`);
}

/**
 * Loads the gazetteer in `dir`: the binary by default, or every `*.tsv` (sorted by file name)
 * with `format: 'tsv'` or `PLAZA_GAZETTEER=tsv`. Both give the same answers. Pass
 * `{ timing: true }` to have the load time written to stderr.
 *
 * @param dir folder holding `places.tsv`, `aliases.tsv`, `courts.tsv`, ... and `gazetteer.bin`
 * @example loadGazetteer().lookup('sinaloa')
 */
export function loadGazetteer(dir: string = GAZETTEER_DIR, opts: { timing?: boolean; format?: GazetteerFormat } = {}): PlaceGazetteer {
  const t0 = performance.now();
  const format = opts.format ?? gazetteerFormatFromEnv();
  let g: PlaceGazetteer;
  let from: string;
  if (format === 'tsv') {
    const files = tsvFiles(dir);
    if (files.length === 0) throw new Error(`${dir}: no .tsv files (run npm run build:gazetteer)`);
    g = Gazetteer.fromTsv(files.map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') })));
    from = files.join(', ');
  } else {
    const { bytes, path } = ensureGazetteerBinary(dir);
    g = BinaryGazetteer.fromBytes(bytes, path);
    from = path;
  }
  if (opts.timing) {
    process.stderr.write(`gazetteer: ${g.size} places from ${from} in ${Math.round(performance.now() - t0)} ms\n`);
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
