/**
 * `npm run --silent geoparse [-- --debug] [-- --workers N] < in.jsonl > out.jsonl`
 *
 * The geoparser's command-line contract. Each input line is `{"id": string, "text": string}`;
 * each output line is `{"id", "mentions": [...], "unresolved": [...]}` in input order, written as
 * soon as its input line is read (it streams). A line that cannot be read gets an error on stderr
 * naming its line (and column, for bad JSON) and no output line; the others are still answered,
 * and the exit code is then 2. `--debug` adds, to each mention, the candidates the resolver
 * weighed and the parts of their scores.
 *
 * `--workers N` geoparses on N worker threads (default 1: in this thread; `0` or `auto`: one per
 * core), each with its own gazetteer. Lines are handed out in order with a bounded number in
 * flight, and answers are written strictly in input order, the same bytes whatever N is.
 */
import { resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { GAZETTEER_DIR, loadGazetteer } from '../gazetteer/loadGazetteer.node.ts';
import { geoparseLine, lineError, type LineAnswer } from './geoparseLine.ts';
import { GeoparsePool, parseWorkers } from './geoparsePool.ts';

const USAGE = 'usage: npm run --silent geoparse [-- --debug] [-- --workers N|auto] < in.jsonl > out.jsonl';
/** Lines in flight per worker: enough to keep each busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 16;

function parseArgs(argv: string[]): { debug: boolean; workers: number } | string {
  let debug = false;
  let workers = 1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--debug') debug = true;
    else if (a === '--workers' || a.startsWith('--workers=')) {
      const value = a === '--workers' ? argv[++i] : a.slice('--workers='.length);
      const n = parseWorkers(value);
      if (n === null) return `--workers needs a whole number or auto, got ${value ?? 'nothing'}`;
      workers = n;
    } else return `unknown argument ${a}`;
  }
  return { debug, workers };
}

function drained(): Promise<void> {
  return new Promise((r) => process.stdout.once('drain', r));
}

/** One thread: read, geoparse, write, line by line. */
async function runInline(lines: Interface, debug: boolean): Promise<number> {
  const gazetteer = loadGazetteer();
  let failed = 0;
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    const answer = geoparseLine(line, gazetteer, debug);
    if ('error' in answer) {
      failed++;
      process.stderr.write(lineError(lineNo, answer));
      continue;
    }
    if (!process.stdout.write(answer.output)) await drained();
  }
  return failed;
}

/** N worker threads; answers are written in input order as the oldest line's answer arrives. */
async function runPool(lines: Interface, debug: boolean, workers: number): Promise<number> {
  const pool = new GeoparsePool(workers, { gazetteerDir: resolve(GAZETTEER_DIR), debug });
  const window = workers * IN_FLIGHT_PER_WORKER;
  const slots: { lineNo: number; answer?: LineAnswer }[] = [];
  let failed = 0;
  let fatal: Error | null = null;
  let wake: (() => void) | null = null;
  const wakeUp = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const flush = () => {
    while (slots.length && slots[0]!.answer) {
      const { lineNo, answer } = slots.shift()!;
      if ('error' in answer!) {
        failed++;
        process.stderr.write(lineError(lineNo, answer!));
      } else process.stdout.write(answer!.output);
    }
    wakeUp();
  };
  const waitFor = async (ready: () => boolean) => {
    while (!ready()) {
      if (fatal) throw fatal;
      await new Promise<void>((r) => (wake = r));
    }
    if (fatal) throw fatal;
  };
  try {
    let lineNo = 0;
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      const slot: (typeof slots)[number] = { lineNo };
      slots.push(slot);
      pool.submit(line).then(
        (answer) => {
          slot.answer = answer;
          flush();
        },
        (err: Error) => {
          fatal ??= err;
          wakeUp();
        },
      );
      await waitFor(() => slots.length < window);
      if (process.stdout.writableNeedDrain) await drained();
    }
    await waitFor(() => slots.length === 0);
  } finally {
    await pool.close();
  }
  return failed;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`geoparse: ${args}\n${USAGE}\n`);
    return 64;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const failed = args.workers > 1 ? await runPool(lines, args.debug, args.workers) : await runInline(lines, args.debug);
  if (failed) process.stderr.write(`geoparse: ${failed} line(s) could not be read; the others were answered\n`);
  return failed ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`geoparse: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
