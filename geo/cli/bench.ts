/**
 * `npm run bench [-- --sizes 1,10,100] [--cli-size MB|none] [--load-samples N] [--seed N] [--keep] [--quick]`
 *
 * The geoparser's speed (issue 3, point 6): generates seeded news-like corpora in a temp folder,
 * then, each in a fresh Node process, times the gazetteer load and geoparses each corpus on one
 * thread (MB/s, articles/s, peak memory, tagging vs resolution, scaling with size); last, runs
 * the `geoparse` command on one corpus with 1 and 2 workers. Prints tables, then one JSON line.
 * Progress goes to stderr. A benchmark, not a test: run it on a quiet machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchReport } from '../bench/benchReport.ts';
import { formatBenchTable } from '../bench/formatBenchTable.ts';
import { machineInfo } from '../bench/machineInfo.ts';
import { measureCli, type CliSample } from '../bench/measureCli.ts';
import { measureGazetteerLoads, type GazetteerLoadSample } from '../bench/measureGazetteerLoad.ts';
import type { GeoparseSample } from '../bench/measureGeoparse.ts';
import { BENCH_USAGE, parseBenchArgs } from '../bench/parseBenchArgs.ts';
import { runBenchChild } from '../bench/runBenchChild.ts';
import type { CorpusFile } from '../bench/writeNewsCorpus.ts';
import { GAZETTEER_DIR } from '../gazetteer/loadGazetteer.node.ts';

const SPLIT_BYTES = 2e6;

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

    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: machineInfo(),
      seed: args.seed,
      gazetteerLoad,
      geoparse,
      scaling,
      cli,
    };
    process.stdout.write(formatBenchTable(report) + '\n' + JSON.stringify(report) + '\n');
    return cli && !cli.sameOutput ? 1 : 0;
  } finally {
    if (args.keep) progress(`corpora kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
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
