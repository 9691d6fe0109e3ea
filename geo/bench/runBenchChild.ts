/**
 * Runs one bench child (`benchChild.ts`) in a fresh Node process with `--expose-gc` and tsx, and
 * returns the JSON it prints. Its stderr passes through.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./benchChild.ts', import.meta.url));

/** The child ran out of time (see `timeoutMs`) and was stopped. */
export class BenchTimeout extends Error {}

/**
 * @param args the child's command and arguments
 * @param timeoutMs stop the child (and reject with a BenchTimeout) after this long; none by default
 * @example await runBenchChild(['load', 'data/gazetteer']) // { places: 212239, ms: 2480, ... }
 */
export function runBenchChild<T>(args: string[], timeoutMs?: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let timedOut = false;
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) return reject(new BenchTimeout(`bench child ${args[0]} did not finish in ${timeoutMs! / 1000} s`));
      if (code !== 0) return reject(new Error(`bench child ${args[0]} exited with code ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1)!) as T);
      } catch {
        reject(new Error(`bench child ${args[0]} printed no JSON: ${out.slice(0, 200)}`));
      }
    });
  });
}
