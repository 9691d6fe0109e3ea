/**
 * The worker threads of `geoparse --workers N`: each loads the gazetteer once; a line goes to
 * the worker with the fewest lines in hand, and its answer comes back through a promise.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LineAnswer } from './geoparseLine.ts';
import type { WorkerReply, WorkerSetup } from './geoparseWorker.ts';

const WORKER_URL = new URL('./geoparseWorker.ts', import.meta.url);

/**
 * Starts a worker on a TypeScript file. Node 20 does not pass tsx's module hooks on to worker
 * threads (a `.ts` entry fails with "Unknown file extension"), so the worker first registers
 * tsx through its API and then imports the file.
 */
function startWorker(url: URL, workerData: WorkerSetup): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * Reads a `--workers` value: a positive count, or `0`/`auto` for every core.
 *
 * @example parseWorkers('auto') // 2 on a 2-core machine
 */
export function parseWorkers(value: string | undefined): number | null {
  if (value === 'auto' || value === '0') return availableParallelism();
  if (value === undefined || !/^[1-9]\d{0,3}$/.test(value)) return null;
  return Number(value);
}

/** A pool of geoparse workers. */
export class GeoparsePool {
  readonly #workers: Worker[] = [];
  readonly #load: number[] = [];
  readonly #waiting = new Map<number, { worker: number; resolve: (a: LineAnswer) => void; reject: (e: Error) => void }>();
  #seq = 0;
  #failure: Error | null = null;

  /**
   * @param count number of worker threads
   * @param setup gazetteer folder (absolute) and debug flag, the same for every worker
   */
  constructor(count: number, setup: WorkerSetup) {
    for (let i = 0; i < count; i++) {
      const w = startWorker(WORKER_URL, setup);
      w.on('message', (reply: WorkerReply) => this.#settle(reply));
      w.on('error', (err) => this.#fail(err));
      w.on('exit', (code) => {
        if (this.#waiting.size) this.#fail(new Error(`worker ${i} exited (code ${code}) with lines in hand`));
      });
      this.#workers.push(w);
      this.#load.push(0);
    }
  }

  /** Geoparses one input line on the least busy worker. */
  submit(line: string): Promise<LineAnswer> {
    if (this.#failure) return Promise.reject(this.#failure);
    let k = 0;
    for (let i = 1; i < this.#load.length; i++) if (this.#load[i]! < this.#load[k]!) k = i;
    const seq = this.#seq++;
    this.#load[k]!++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(seq, { worker: k, resolve, reject });
      this.#workers[k]!.postMessage({ seq, line });
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }

  #settle(reply: WorkerReply): void {
    const w = this.#waiting.get(reply.seq);
    if (!w) return;
    this.#waiting.delete(reply.seq);
    this.#load[w.worker]!--;
    if ('fatal' in reply) w.reject(new Error(reply.fatal));
    else w.resolve(reply.answer);
  }

  #fail(err: Error): void {
    this.#failure ??= err;
    for (const w of this.#waiting.values()) w.reject(err);
    this.#waiting.clear();
  }
}
