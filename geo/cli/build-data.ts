/**
 * `npm run build:data`: corpus → `data/layers/{incidents,jurisdictions,territories}.geojson`,
 * `data/layers/articles.json` and `data/layers/mentions.json` (each article's mentions after the
 * corrections, so the page can rebuild the layers with a reader's own).
 *
 *   tsx geo/cli/build-data.ts [--corpus DIR] [--out DIR] [--gazetteer DIR] [--partial] [--corrections FILE]
 *
 * Reads every `.txt`/`.md` in the corpus folder (sorted by code point), ingests, geoparses,
 * assigns roles and builds the layers. Outputs are written atomically (temp file in the same
 * folder, then rename) and only when their bytes change. A bad article is reported as
 * `data/corpus/x.txt:LINE:COL: what is wrong`, skipped, the others still checked; the run then
 * exits 2 and leaves the earlier outputs as they were (with `--partial` it writes layers built
 * from the good articles instead). Exit 1 = the run could not start (bad options, no gazetteer,
 * an unreadable corrections file).
 *
 * `--corrections FILE` (default `data/corrections.jsonld` when it exists) applies readers'
 * corrections, a JSON-LD file of W3C Web Annotations, before the layers are built. Bad JSON, a
 * bad entry or an unknown article is reported as `FILE:line:col: what` and the other corrections
 * still apply; a correction whose quote cannot be re-anchored is listed as orphaned. Neither
 * changes the exit code.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { areaGeometryIn } from '../gazetteer/areas.ts';
import { loadAreas, loadGazetteer } from '../gazetteer/loadGazetteer.node.ts';
import { buildData, type CorpusFile } from '../layers/buildData.ts';
import { districtLocator } from '../layers/districtLocator.ts';
import { sweepTemps, writeFileAtomic } from '../node/writeFileAtomic.ts';
import { parseCorrections, type LocatedCorrection } from '../annotations/model.ts';
import { codePointOrder } from '../codePointOrder.ts';

/** Read when `--corrections` is not given and the file exists. */
const DEFAULT_CORRECTIONS = 'data/corrections.jsonld';

/** Largest article accepted, bytes (checked before reading). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const ARTICLE_EXT = /\.(?:txt|md)$/i;

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        corpus: { type: 'string', default: 'data/corpus' },
        out: { type: 'string', default: 'data/layers' },
        gazetteer: { type: 'string', default: 'data/gazetteer' },
        partial: { type: 'boolean', default: false },
        corrections: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (err) {
    process.stderr.write(`build:data: ${(err as Error).message}\n`);
    return 1;
  }
  const corpusDir = args.corpus!;
  const outDir = args.out!;
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const shown = (p: string) => {
    const rel = relative(process.cwd(), p);
    return rel === '' || rel.startsWith('..') ? resolve(p) : rel;
  };

  let names: string[];
  try {
    names = readdirSync(corpusDir).sort(codePointOrder);
  } catch (err) {
    say(`build:data: cannot read corpus folder ${corpusDir}: ${(err as Error).message}`);
    return 1;
  }
  let gazetteer, topologies;
  try {
    gazetteer = loadGazetteer(args.gazetteer);
    topologies = loadAreas(args.gazetteer);
  } catch (err) {
    say(`build:data: cannot load gazetteer from ${args.gazetteer}: ${(err as Error).message}`);
    return 1;
  }

  let corrections: LocatedCorrection[] = [];
  const correctionsFile = args.corrections ?? (existsSync(DEFAULT_CORRECTIONS) ? DEFAULT_CORRECTIONS : null);
  if (correctionsFile !== null) {
    let text;
    try {
      text = readFileSync(correctionsFile, 'utf8');
    } catch (err) {
      say(`build:data: cannot read corrections ${correctionsFile}: ${(err as Error).message}`);
      return 1;
    }
    const parsed = parseCorrections(shown(correctionsFile), text);
    for (const e of parsed.errors) say(`error: ${e}`);
    corrections = parsed.corrections;
  }

  const root = realpathSync(corpusDir);
  const files: string[] = [];
  for (const name of names) {
    const path = join(corpusDir, name);
    if (name.startsWith('.')) continue;
    if (!ARTICLE_EXT.test(name)) {
      say(`note: skipped ${shown(path)} (not .txt or .md)`);
      continue;
    }
    const real = realpathSync(path);
    if (real !== root && !real.startsWith(root + sep)) {
      say(`note: skipped ${shown(path)} (symlink leaves the corpus folder)`);
      continue;
    }
    if (!lstatSync(real).isFile()) continue;
    files.push(name);
  }

  const corpus: CorpusFile[] = [];
  const unreadable: string[] = [];
  for (const name of files) {
    const path = join(corpusDir, name);
    const where = shown(path);
    const size = lstatSync(realpathSync(path)).size;
    if (size > MAX_FILE_BYTES) {
      unreadable.push(`${where}:1:1: ${(size / 1048576).toFixed(1)} MB exceeds the ${MAX_FILE_BYTES / 1048576} MB limit`);
      continue;
    }
    try {
      corpus.push({ path: where, name, bytes: readFileSync(path) });
    } catch (err) {
      unreadable.push(`${where}:1:1: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
  }
  for (const m of unreadable) say(`error: ${m}`);

  let built;
  try {
    built = buildData(corpus, gazetteer, (id) => areaGeometryIn(topologies, id), { districtAt: districtLocator(topologies) }, (r, i) => {
      const n = `[${i + 1}/${corpus.length}]`;
      say(r.ok ? `${n} ${r.id} ${r.places} places` : `${n} error: ${r.message}`);
      if (r.ok) for (const note of r.notes) say(`${n} note: ${note}`);
    }, corrections);
  } catch (err) {
    say(`build:data: ${(err as Error).message}; outputs left unchanged`);
    return 1;
  }
  if (correctionsFile !== null) {
    for (const e of built.corrections.errors) say(`error: ${e}`);
    for (const o of built.corrections.orphaned) say(`orphaned: ${o.at}: ${o.reason}: "${o.quote}" in ${o.article}`);
    say(`build:data: ${built.corrections.applied} correction(s) applied from ${shown(correctionsFile)}, ${built.corrections.orphaned.length} orphaned`);
  }
  const failures = unreadable.length + built.reports.filter((r) => !r.ok).length;
  if (failures > 0 && !args.partial) {
    say(`build:data: ${failures} file(s) failed; outputs in ${shown(outDir)} left unchanged (fix the file, or pass --partial to build without it)`);
    return 2;
  }
  const { outputs, layers } = built;
  const articleCount = layers.articles.length;
  sweepTemps(outDir);
  let written = 0;
  for (const [file, bytes] of outputs) if (writeFileAtomic(join(outDir, file), bytes)) written++;
  say(
    `build:data: ${articleCount} articles → incidents ${layers.incidents.features.length}, ` +
      `jurisdictions ${layers.jurisdictions.features.length}, territories ${layers.territories.features.length} ` +
      `(${written} file(s) written, ${outputs.length - written} unchanged, in ${shown(resolve(outDir))})`,
  );
  return failures > 0 ? 2 : 0;
}

process.exitCode = main(process.argv.slice(2));
