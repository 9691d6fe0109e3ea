/**
 * Times loading the gazetteer, binary and TSV, each sample in a fresh process, and the memory it
 * keeps; and the files' sizes, raw and gzipped. `measureGazetteerLoad` is one sample (run in a
 * bench child); `measureGazetteerLoads` runs the samples and `formatGazetteerLoad` prints them.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BINARY_FILE, ensureGazetteerBinary, tsvFiles } from '../gazetteer/gazetteerBinary.node.ts';
import { loadGazetteer, type GazetteerFormat } from '../gazetteer/loadGazetteer.node.ts';
import { heapAfterGcMB, maxRssMB } from './memory.ts';

/** One gazetteer-load sample. */
export interface GazetteerLoadSample {
  format: GazetteerFormat;
  places: number;
  /** `loadGazetteer`: the binary's freshness check, reading and parsing (or the TSVs' reading and parsing). */
  ms: number;
  /** From the process's start to the gazetteer loaded: Node's start-up, loading the code (tsx), then `ms`. */
  sinceStartMs: number;
  /** Heap (plus external, where the binary's bytes are) held by the gazetteer after a full collection. */
  retainedMB: number;
  maxRssMB: number;
}

/** Medians and samples of both loads, Node's bare start-up, and the files' sizes. */
export interface GazetteerLoadReport {
  /** The binary load (what every command uses). */
  medianMs: number;
  samples: GazetteerLoadSample[];
  tsv: { medianMs: number; samples: GazetteerLoadSample[] };
  /** `node -e 0`, median of as many runs as samples. */
  nodeStartMs: number;
  files: { binaryBytes: number; binaryGzipBytes: number; tsvBytes: number; tsvGzipBytes: number };
}

/**
 * Loads the gazetteer in `dir` once and measures it.
 *
 * @example measureGazetteerLoad('data/gazetteer', 'bin') // { format: 'bin', places: 240318, ms: 60, ... }
 */
export function measureGazetteerLoad(dir: string, format: GazetteerFormat = 'bin'): GazetteerLoadSample {
  const before = heapAfterGcMB();
  const t0 = performance.now();
  const g = loadGazetteer(dir, { format });
  const ms = performance.now() - t0;
  const sinceStartMs = performance.now();
  const retainedMB = Math.round((heapAfterGcMB() - before) * 10) / 10;
  return { format, places: g.size, ms: Math.round(ms), sinceStartMs: Math.round(sinceStartMs), retainedMB, maxRssMB: maxRssMB() };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/**
 * Runs `samples` binary and `samples` TSV loads, interleaved, each in a fresh process
 * (`runChild(['load', dir, format])`), after making sure the binary is fresh (so that no sample
 * compiles it).
 */
export async function measureGazetteerLoads(
  dir: string,
  samples: number,
  runChild: (args: string[]) => Promise<GazetteerLoadSample>,
  progress: (message: string) => void = () => {},
): Promise<GazetteerLoadReport> {
  const binary = ensureGazetteerBinary(dir).bytes;
  const bin: GazetteerLoadSample[] = [];
  const tsv: GazetteerLoadSample[] = [];
  const starts: number[] = [];
  for (let i = 0; i < samples; i++) {
    progress(`gazetteer load, sample ${i + 1} of ${samples} (binary, TSV, bare node)`);
    bin.push(await runChild(['load', dir, 'bin']));
    tsv.push(await runChild(['load', dir, 'tsv']));
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    starts.push(performance.now() - t);
  }
  const texts = tsvFiles(dir).map((f) => readFileSync(join(dir, f)));
  const tsvAll = Buffer.concat(texts);
  return {
    medianMs: median(bin.map((s) => s.ms)),
    samples: bin,
    tsv: { medianMs: median(tsv.map((s) => s.ms)), samples: tsv },
    nodeStartMs: Math.round(median(starts)),
    files: { binaryBytes: binary.length, binaryGzipBytes: gzipSync(binary).length, tsvBytes: tsvAll.length, tsvGzipBytes: gzipSync(tsvAll).length },
  };
}

/**
 * The gazetteer-load table and lines of the bench's output.
 *
 * @example formatGazetteerLoad(report)[0] // 'gazetteer load   format  places  ms  since start ms  retained MB  peak RSS MB'
 */
export function formatGazetteerLoad(r: GazetteerLoadReport): string[] {
  const rows = [...r.samples, ...r.tsv.samples].map((s, i) => [
    `sample ${(i % r.samples.length) + 1}`,
    s.format,
    String(s.places),
    String(s.ms),
    String(s.sinceStartMs),
    s.retainedMB.toFixed(1),
    s.maxRssMB.toFixed(1),
  ]);
  const header = ['gazetteer load', 'format', 'places', 'ms', 'since start ms', 'retained MB', 'peak RSS MB'];
  const cells = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  const mb = (n: number) => (n / 1e6).toFixed(1);
  return [
    ...cells.map((row) => row.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  ')),
    `median load (read + parse, in a fresh process): binary ${r.medianMs} ms, TSV ${r.tsv.medianMs} ms; bare Node start-up (node -e 0) ${r.nodeStartMs} ms`,
    `files: ${BINARY_FILE} ${mb(r.files.binaryBytes)} MB (${mb(r.files.binaryGzipBytes)} MB gzipped); the TSVs ${mb(r.files.tsvBytes)} MB (${mb(r.files.tsvGzipBytes)} MB gzipped)`,
  ];
}
