/**
 * Times loading the gazetteer (read, parse, index) and the memory it keeps: one sample, for a
 * fresh process.
 */
import { loadGazetteer } from '../gazetteer/loadGazetteer.node.ts';
import { heapAfterGcMB, maxRssMB } from './memory.ts';

/** One gazetteer-load sample. */
export interface GazetteerLoadSample {
  places: number;
  ms: number;
  /** Heap (plus external) held by the gazetteer after a full collection. */
  retainedMB: number;
  maxRssMB: number;
}

/**
 * Loads the gazetteer in `dir` once and measures it.
 *
 * @example measureGazetteerLoad('data/gazetteer') // { places: 212239, ms: 2480, retainedMB: 151.2, maxRssMB: 290.1 }
 */
export function measureGazetteerLoad(dir: string): GazetteerLoadSample {
  const before = heapAfterGcMB();
  const t0 = performance.now();
  const g = loadGazetteer(dir);
  const ms = performance.now() - t0;
  const retainedMB = Math.round((heapAfterGcMB() - before) * 10) / 10;
  return { places: g.size, ms: Math.round(ms), retainedMB, maxRssMB: maxRssMB() };
}
