/**
 * Incidents by date as a histogram with calendar bin edges (weeks, months, quarters, years, …),
 * where an item whose date is a span ("2019", "October 2020", a day ± a week) spreads its weight
 * over the bins it covers in proportion to the days it overlaps, so a bare year does not pile
 * up on 1 January (issue 12, point 2).
 */
import { calendarEdges, type BinStep } from './calendarEdges.ts';

/** A dated item: first and last day it covers (inclusive day numbers from `dateSpan`), and its weight (1 when omitted). */
export interface TimeItem {
  d0: number;
  d1: number;
  weight?: number;
}

/** One bin: days `[d0, d1)`; `exact` is the weight of single-day items in it, `spread` the share of spans. */
export interface Bin {
  d0: number;
  d1: number;
  exact: number;
  spread: number;
}

/** The histogram, the exact items and the spans apart (so a view draws spans as spans), and what it left out. */
export interface Histogram {
  step: BinStep;
  /** Bin edges, ascending; bins[i] is [edges[i], edges[i+1]). */
  edges: number[];
  bins: Bin[];
  /** Largest `exact + spread` of a bin (0 when empty). */
  peak: number;
  /** Items covering one day, and items covering more than one, in input order (both within the domain). */
  exact: TimeItem[];
  spans: TimeItem[];
  /** Weight of items with no date (NaN days) and of items wholly outside the domain. */
  undated: number;
  outside: number;
}

/**
 * Bins dated items into at most `maxBins` calendar bins over `domain` (default: from the earliest
 * first day to the latest last day of the items).
 *
 * @param items day-number spans, e.g. from `dateSpan('2019', true)`
 * @param maxBins the most bins wanted (the step is the finest calendar step that fits)
 * @param domain first and last day (inclusive) to cover
 * @example histogram([{ d0: dayOf('2019-01-01'), d1: dayOf('2019-12-31') }], 24).bins.length // 12 (months), 1/12 each
 */
export function histogram(items: readonly TimeItem[], maxBins = 40, domain?: readonly [number, number]): Histogram {
  let undated = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const it of items) {
    if (!isDated(it)) continue;
    if (it.d0 < lo) lo = it.d0;
    if (it.d1 > hi) hi = it.d1;
  }
  if (domain) [lo, hi] = domain;
  const { step, edges } = Number.isFinite(lo) && hi >= lo ? calendarEdges(lo, hi, maxBins) : { step: { unit: 'day', n: 1 } as BinStep, edges: [] };
  const bins: Bin[] = [];
  for (let i = 0; i + 1 < edges.length; i++) bins.push({ d0: edges[i], d1: edges[i + 1], exact: 0, spread: 0 });
  const exact: TimeItem[] = [];
  const spans: TimeItem[] = [];
  let outside = 0;
  for (const it of items) {
    const w = it.weight ?? 1;
    if (!isDated(it)) {
      undated += w;
      continue;
    }
    if (bins.length === 0 || it.d1 < lo || it.d0 > hi) {
      outside += w;
      continue;
    }
    if (it.d0 === it.d1) {
      exact.push(it);
      bins[binOf(edges, it.d0)].exact += w;
      continue;
    }
    spans.push(it);
    // Spread over the days the span covers; the share outside the domain is dropped.
    const perDay = w / (it.d1 - it.d0 + 1);
    const a = Math.max(it.d0, lo);
    const b = Math.min(it.d1, hi) + 1; // exclusive
    for (let i = binOf(edges, a); i < bins.length && bins[i].d0 < b; i++) {
      const days = Math.min(b, bins[i].d1) - Math.max(a, bins[i].d0);
      if (days > 0) bins[i].spread += perDay * days;
    }
  }
  let peak = 0;
  for (const bin of bins) peak = Math.max(peak, bin.exact + bin.spread);
  return { step, edges, bins, peak, exact, spans, undated, outside };
}

function isDated(it: TimeItem): boolean {
  return Number.isFinite(it.d0) && Number.isFinite(it.d1) && it.d1 >= it.d0;
}

/** Index of the bin holding `day` (binary search over the edges; clamped to the bins). */
export function binOf(edges: readonly number[], day: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid] <= day) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}
