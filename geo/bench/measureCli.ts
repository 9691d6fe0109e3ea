/**
 * Runs the `geoparse` command on a corpus file with `--workers N` in a fresh process and
 * measures it from outside: wall time, time to the first answer (it streams, so this is about
 * the gazetteer load), throughput after the first answer, peak memory and a hash of the output.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const COMMAND = fileURLToPath(new URL('../cli/geoparse.ts', import.meta.url));

/** One run of the command. */
export interface CliSample {
  workers: number;
  seconds: number;
  firstAnswerSeconds: number;
  /** Input MB / (seconds − firstAnswerSeconds): the rate once the gazetteer is loaded. */
  mbPerSecond: number;
  lines: number;
  /** Peak resident memory of the whole process (every thread), from /proc (VmHWM); null elsewhere. */
  maxRssMB: number | null;
  sha256: string;
}

function peakRssMB(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round((Number(m[1]) * 1024) / 1e5) / 10 : null;
  } catch {
    return null;
  }
}

/**
 * @param file a corpus of `{"id","text"}` lines
 * @param bytes its size, for MB/s
 * @example await measureCli('/tmp/plaza-bench-x/news-10mb-seed1.jsonl', 10e6, 2) // { seconds: 7.2, ... }
 */
export function measureCli(file: string, bytes: number, workers: number): Promise<CliSample> {
  return new Promise((resolve, reject) => {
    const input = openSync(file, 'r');
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', COMMAND, '--workers', String(workers)], {
      stdio: [input, 'pipe', 'inherit'],
    });
    closeSync(input);
    const hash = createHash('sha256');
    let first = 0;
    let lines = 0;
    let peak: number | null = null;
    const poll = setInterval(() => {
      const p = child.pid ? peakRssMB(child.pid) : null;
      if (p !== null) peak = Math.max(peak ?? 0, p);
    }, 100);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (!first) first = performance.now();
      hash.update(chunk);
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const end = performance.now();
      if (code !== 0) return reject(new Error(`geoparse --workers ${workers} exited with code ${code}`));
      const seconds = (end - t0) / 1000;
      const firstAnswerSeconds = ((first || end) - t0) / 1000;
      resolve({
        workers,
        seconds: round3(seconds),
        firstAnswerSeconds: round3(firstAnswerSeconds),
        mbPerSecond: round3(bytes / 1e6 / Math.max(1e-3, seconds - firstAnswerSeconds)),
        lines,
        maxRssMB: peak,
        sha256: hash.digest('hex'),
      });
    });
  });
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
