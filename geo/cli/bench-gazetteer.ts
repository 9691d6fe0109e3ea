/**
 * `npm run bench:gazetteer [-- --samples N] [--mb MB]`
 *
 * The gazetteer's own benchmark: load time (binary and TSV, read + parse, each sample in a fresh
 * process, with Node's bare start-up beside it), peak memory, file sizes raw and gzipped, and a
 * micro-benchmark of the look-ups (`lookup`, `lookupDemonym`, `lookupCode`, `hasPrefix`, `get`):
 * the calls the geoparser makes on MB megabytes of the bench's news-like text and the seed corpus
 * are recorded once, then replayed against both gazetteers in alternate rounds, in each of N fresh
 * processes. Prints tables, then one JSON line. A benchmark, not a test.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusVocabulary } from '../bench/corpusVocabulary.ts';
import { machineInfo } from '../bench/machineInfo.ts';
import { formatGazetteerLoad, measureGazetteerLoads, type GazetteerLoadSample } from '../bench/measureGazetteerLoad.ts';
import { LOOKUPS, recordLookups, replayLookups, type LookupTiming, type RecordedCall } from '../bench/measureGazetteerLookups.ts';
import { newsArticles } from '../bench/newsArticles.ts';
import { runBenchChild } from '../bench/runBenchChild.ts';
import { GAZETTEER_DIR, loadGazetteer, type GazetteerFormat } from '../gazetteer/loadGazetteer.node.ts';
import { parseArticleFile } from '../ingest/parseArticleFile.ts';

const SELF = fileURLToPath(import.meta.url);
const CORPUS = fileURLToPath(new URL('../../data/corpus', import.meta.url));

function progress(message: string): void {
  process.stderr.write(`bench:gazetteer: ${message}\n`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** Runs this file as a child (`--replay FILE`) and returns the JSON it prints. */
function child<T>(args: string[]): Promise<T> {
  return new Promise((ok, fail) => {
    const p = spawn(process.execPath, ['--import', 'tsx', SELF, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    p.on('error', fail);
    p.on('close', (code) => (code === 0 ? ok(JSON.parse(out.trim().split('\n').at(-1)!) as T) : fail(new Error(`child ${args.join(' ')} exited with ${code}`))));
  });
}

/** The texts whose look-ups are recorded: `mb` MB of the bench's news and the seed corpus. */
function texts(dir: string, mb: number): string[] {
  const g = loadGazetteer(dir);
  const out: string[] = [];
  let bytes = 0;
  const news = newsArticles(corpusVocabulary(g.places()), 7);
  while (bytes < mb * 1e6) {
    const a = news.next().value;
    out.push(a.text);
    bytes += a.text.length;
  }
  for (const f of readdirSync(CORPUS).filter((f) => /\.(txt|md)$/.test(f)).sort()) out.push(parseArticleFile(f, readFileSync(join(CORPUS, f))).text);
  return out;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--replay') {
    const calls = JSON.parse(readFileSync(argv[1]!, 'utf8')) as RecordedCall[];
    const dir = resolve(GAZETTEER_DIR);
    const timing = replayLookups({ bin: loadGazetteer(dir, { format: 'bin' }), tsv: loadGazetteer(dir, { format: 'tsv' }) }, calls);
    process.stdout.write(JSON.stringify(timing) + '\n');
    return 0;
  }
  const { values } = parseArgs({ args: argv, options: { samples: { type: 'string', default: '5' }, mb: { type: 'string', default: '1' } }, strict: true });
  const samples = Number(values.samples);
  const mb = Number(values.mb);
  if (!(samples >= 1) || !(mb > 0)) throw new Error('--samples needs a whole number ≥ 1 and --mb a positive number');
  const dir = resolve(GAZETTEER_DIR);
  const load = await measureGazetteerLoads(dir, samples, (a) => runBenchChild<GazetteerLoadSample>(a), progress);

  const tmp = mkdtempSync(join(tmpdir(), 'plaza-bench-gazetteer-'));
  try {
    progress(`recording the look-ups of geoparsing ${mb} MB of news and the seed corpus`);
    const calls = recordLookups(loadGazetteer(dir), texts(dir, mb));
    const file = join(tmp, 'calls.json');
    writeFileSync(file, JSON.stringify(calls));
    const runs: Record<GazetteerFormat, LookupTiming[]> = { bin: [], tsv: [] };
    for (let i = 0; i < samples; i++) {
      progress(`replaying ${calls.length} look-ups on both gazetteers, process ${i + 1} of ${samples}`);
      const r = await child<Record<GazetteerFormat, LookupTiming>>(['--replay', file]);
      runs.bin.push(r.bin);
      runs.tsv.push(r.tsv);
    }
    const summary = (format: GazetteerFormat) => ({
      nsPerCall: median(runs[format].map((r) => r.nsPerCall)),
      byLookup: Object.fromEntries(
        LOOKUPS.filter((n) => runs[format][0]!.byLookup[n]).map((n) => [n, { calls: runs[format][0]!.byLookup[n]!.calls, nsPerCall: median(runs[format].map((r) => r.byLookup[n]!.nsPerCall)) }]),
      ),
    });
    const lookups = { calls: calls.length, bin: summary('bin'), tsv: summary('tsv') };
    const m = machineInfo();
    const lines = [`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node} (${m.platform})`, '', ...formatGazetteerLoad(load), ''];
    lines.push(`look-ups replayed (${lookups.calls} calls from geoparsing ${mb} MB of news and the seed corpus; both gazetteers in one process, alternate rounds; median of ${samples} processes, each the median of 21 rounds):`);
    lines.push(['look-up'.padEnd(14), 'calls'.padStart(8), 'binary ns'.padStart(10), 'TSV Map ns'.padStart(11)].join('  '));
    lines.push(['all, in order'.padEnd(14), String(lookups.calls).padStart(8), String(lookups.bin.nsPerCall).padStart(10), String(lookups.tsv.nsPerCall).padStart(11)].join('  '));
    for (const [name, b] of Object.entries(lookups.bin.byLookup)) {
      lines.push([name.padEnd(14), String(b.calls).padStart(8), String(b.nsPerCall).padStart(10), String(lookups.tsv.byLookup[name]!.nsPerCall).padStart(11)].join('  '));
    }
    process.stdout.write(lines.join('\n') + '\n' + JSON.stringify({ date: new Date().toISOString(), machine: m, load, lookups }) + '\n');
    return 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err) => {
    process.stderr.write(`bench:gazetteer: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
