/**
 * Distinct date spans laid out in lanes for the timeline's span strip: equal spans are drawn
 * once with their summed weight, the heaviest first, each in the first lane where it overlaps
 * nothing; spans that fit in no lane are left out (and counted).
 */
import type { TimeItem } from './histogram.ts';

/** A span to draw: first and last day (inclusive), summed weight, lane (0 = top). */
export interface SpanBar {
  d0: number;
  d1: number;
  weight: number;
  lane: number;
}

/**
 * @param spans items covering more than one day (`histogram(...).spans`)
 * @param lanes how many lanes there are
 * @param max the most bars to draw
 * @example spanLanes([{ d0: 0, d1: 364 }, { d0: 0, d1: 364 }], 3, 50) // [{ d0: 0, d1: 364, weight: 2, lane: 0 }]
 */
export function spanLanes(spans: readonly TimeItem[], lanes = 3, max = 80): { bars: SpanBar[]; hidden: number } {
  const byKey = new Map<string, { d0: number; d1: number; weight: number }>();
  for (const s of spans) {
    const key = `${s.d0}:${s.d1}`;
    const g = byKey.get(key);
    if (g) g.weight += s.weight ?? 1;
    else byKey.set(key, { d0: s.d0, d1: s.d1, weight: s.weight ?? 1 });
  }
  const groups = [...byKey.values()].sort((a, b) => b.weight - a.weight || a.d0 - b.d0 || a.d1 - b.d1);
  const taken: Array<Array<[number, number]>> = Array.from({ length: lanes }, () => []);
  const bars: SpanBar[] = [];
  let hidden = 0;
  for (const g of groups) {
    const lane = bars.length < max ? taken.findIndex((t) => t.every(([a, b]) => g.d1 < a || g.d0 > b)) : -1;
    if (lane < 0) {
      hidden += g.weight;
      continue;
    }
    taken[lane].push([g.d0, g.d1]);
    bars.push({ ...g, lane });
  }
  return { bars, hidden };
}
