/**
 * `npm run bench [-- --sizes 1,10,100] [--cli-size MB|none] [--single 1,5,20|none] [--load-samples N] [--seed N] [--real FILE[,FILE...]] [--keep] [--quick]`
 *
 * The geoparser's speed (issue 3, point 6; issue 9, points 2 and 7): generates seeded news-like
 * corpora in a temp folder, then, each in a fresh Node process, times the gazetteer load and
 * geoparses each corpus on one thread (MB/s, articles/s, peak memory, tagging vs resolution,
 * scaling with size); runs the `geoparse` command on one corpus with 1 and 2 workers; last,
 * geoparses single long articles (1, 5 and 20 MB) and builds their layers as `build:data` does,
 * to show the cost of one article linear in its length; and, with `--real`, files of real news
 * (JSON lines with a `text`, such as the evaluation sets, read where they lie) as the corpora are.
 * Prints tables, then one JSON line.
 * Progress goes to stderr. A benchmark, not a test: run it on a quiet machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { BenchReport } from '../bench/benchReport.ts';
import { formatBenchTable } from '../bench/formatBenchTable.ts';
import { machineInfo } from '../bench/machineInfo.ts';
import { measureCli, type CliSample } from '../bench/measureCli.ts';
import { measureGazetteerLoads, type GazetteerLoadSample } from '../bench/measureGazetteerLoad.ts';
import type { GeoparseSample } from '../bench/measureGeoparse.ts';
import { BENCH_USAGE, parseBenchArgs } from '../bench/parseBenchArgs.ts';
import { BenchTimeout, runBenchChild } from '../bench/runBenchChild.ts';
import type { SingleArticleSample } from '../bench/measureSingleArticle.ts';
import type { SingleArticleFile } from '../bench/writeSingleArticle.ts';
import type { CorpusFile } from '../bench/writeNewsCorpus.ts';
import { GAZETTEER_DIR } from '../gazetteer/loadGazetteer.node.ts';

const SPLIT_BYTES = 2e6;
/** A single-article run that takes longer than this is stopped and reported as not finished (the 20 MB article ran past 10 minutes). */
const SINGLE_TIMEOUT_S = 600;

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseBenchArgs(argv);
  } catch (err) {
    process.stderr.write(`bench: ${(err as Error).message}\n${BENCH_USAGE}\n`);
    return 64;
  }
  const gazetteerDir = resolve(GAZETTEER_DIR);
  const dir = mkdtempSync(join(tmpdir(), 'plaza-bench-'));
  try {
    progress(`generating ${args.sizes.join(', ')} MB corpora (seed ${args.seed}) in ${dir}`);
    const files = await runBenchChild<CorpusFile[]>(['generate', dir, gazetteerDir, String(args.seed), args.sizes.join(',')]);

    const gazetteerLoad = await measureGazetteerLoads(gazetteerDir, args.loadSamples, (a) => runBenchChild<GazetteerLoadSample>(a), progress);

    const geoparse: BenchReport['geoparse'] = [];
    for (const [k, mb] of args.sizes.entries()) {
      progress(`geoparse ${mb} MB (${files[k]!.articles} articles)`);
      const s = await runBenchChild<GeoparseSample>(['geoparse', files[k]!.file, gazetteerDir, String(SPLIT_BYTES)]);
      geoparse.push({ sizeMB: mb, ...s });
    }
    const scaling = geoparse.slice(1).map((g, k) => ({
      from: geoparse[k]!.sizeMB,
      to: g.sizeMB,
      ratio: Math.round((g.seconds / geoparse[k]!.seconds) * 100) / 100,
      linear: Math.round((g.bytes / geoparse[k]!.bytes) * 100) / 100,
    }));

    const real: BenchReport['real'] = [];
    for (const file of args.real) {
      progress(`geoparse real news ${basename(file)}`);
      const s = await runBenchChild<GeoparseSample>(['geoparse', resolve(file), gazetteerDir, String(SPLIT_BYTES)]);
      real.push({ file: basename(file), ...s });
    }

    let cli: BenchReport['cli'] = null;
    if (args.cliSize !== null) {
      const file = files[args.sizes.indexOf(args.cliSize)]!;
      const runs: CliSample[] = [];
      for (const workers of [1, 2]) {
        progress(`geoparse command on ${args.cliSize} MB, --workers ${workers}`);
        runs.push(await measureCli(file.file, file.bytes, workers));
      }
      cli = { sizeMB: args.cliSize, runs, sameOutput: runs.every((r) => r.sha256 === runs[0]!.sha256) };
    }

    const singleArticles: BenchReport['singleArticles'] = [];
    if (args.single.length) {
      progress(`generating single articles of ${args.single.join(', ')} MB`);
      const singles = await runBenchChild<SingleArticleFile[]>(['generate-single', dir, gazetteerDir, String(args.seed), args.single.join(',')]);
      for (const [k, mb] of args.single.entries()) {
        const row: BenchReport['singleArticles'][number] = { sizeMB: mb, geoparse: null, build: null };
        for (const what of ['geoparse', 'build'] as const) {
          progress(`one article of ${mb} MB through ${what === 'geoparse' ? 'geoparse()' : 'the layer build'}`);
          try {
            row[what] = await runBenchChild<SingleArticleSample>(['single', singles[k]!.file, gazetteerDir, what], SINGLE_TIMEOUT_S * 1000);
          } catch (err) {
            if (!(err instanceof BenchTimeout)) throw err;
            progress(err.message);
          }
        }
        singleArticles.push(row);
      }
    }
    const ratio = (a: SingleArticleSample | null, b: SingleArticleSample | null) => (a && b ? Math.round((b.seconds / a.seconds) * 100) / 100 : null);
    const singleScaling = singleArticles.slice(1).map((s, k) => ({
      from: singleArticles[k]!.sizeMB,
      to: s.sizeMB,
      geoparse: ratio(singleArticles[k]!.geoparse, s.geoparse),
      build: ratio(singleArticles[k]!.build, s.build),
      linear: Math.round((s.sizeMB / singleArticles[k]!.sizeMB) * 100) / 100,
    }));

    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: machineInfo(),
      seed: args.seed,
      gazetteerLoad,
      geoparse,
      scaling,
      cli,
      real,
      singleArticles,
      singleScaling,
      singleTimeoutSeconds: SINGLE_TIMEOUT_S,
    };
    process.stdout.write(formatBenchTable(report) + '\n' + JSON.stringify(report) + '\n');
    // "Add to map" in the built app (issue 10): its own table and JSON line, from its own process.
    const added = args.browser ? await benchAddArticles(args.quick ? 1 : 3) : 0;
    return (cli && !cli.sameOutput) || added !== 0 ? 1 : 0;
  } finally {
    if (args.keep) progress(`corpora kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `npm run bench:add` (the built app in headless Chromium) with the output passed through; its exit code. */
function benchAddArticles(repeat: number): Promise<number> {
  progress(`"Add to map" in the built app (${repeat} run${repeat > 1 ? 's' : ''}; --no-browser skips it)`);
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/e2e/benchAddArticles.ts', '--repeat', String(repeat)], { stdio: 'inherit' });
    child.on('error', () => done(1));
    child.on('exit', (code) => done(code ?? 1));
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
