/** Memory figures of this process, in MB (10^6 bytes). */

/** Runs a full garbage collection if Node was started with `--expose-gc` (the bench children are). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Heap in use after a full collection, in MB.
 *
 * @example heapAfterGcMB() // 152.3
 */
export function heapAfterGcMB(): number {
  collectGarbage();
  collectGarbage();
  const m = process.memoryUsage();
  return round1((m.heapUsed + m.external) / 1e6);
}

/** Peak resident set size of the process so far, in MB. */
export function maxRssMB(): number {
  return round1((process.resourceUsage().maxRSS * 1024) / 1e6);
}

/** Rounds to one decimal. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
