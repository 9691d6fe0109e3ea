/**
 * Round bin edges for a date range: the finest calendar step (day, week, month, quarter, half
 * year, year, 2/5/10/20/50/100 years) that covers the range in at most N bins, edges on the
 * step's natural boundaries (weeks start on Monday, quarters in January/April/…, decades on
 * years ending in 0).
 */
import { isoOfDay } from './dates.ts';

/** A calendar step: `n` days, months or years. */
export interface BinStep {
  unit: 'day' | 'month' | 'year';
  n: number;
}

const DAY_MS = 86_400_000;
/** Steps from fine to coarse. */
export const STEPS: readonly BinStep[] = [
  { unit: 'day', n: 1 },
  { unit: 'day', n: 7 },
  { unit: 'month', n: 1 },
  { unit: 'month', n: 3 },
  { unit: 'month', n: 6 },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n) => ({ unit: 'year' as const, n })),
];

/**
 * Edges (day numbers, ascending) of at most `maxBins` bins covering days `first..last` inclusive.
 *
 * @param first first day (day number)
 * @param last last day (day number, inclusive)
 * @example calendarEdges(dayOf('2019-03-10'), dayOf('2019-11-02'), 12) // monthly: 2019-03-01 … 2019-12-01
 */
export function calendarEdges(first: number, last: number, maxBins: number): { step: BinStep; edges: number[] } {
  const limit = Math.max(1, Math.floor(maxBins));
  for (const step of STEPS) {
    const edges = edgesFor(step, first, last, limit);
    if (edges) return { step, edges };
  }
  const step = STEPS[STEPS.length - 1];
  return { step, edges: edgesFor(step, first, last, Infinity)! };
}

/** Floors `day` to a boundary of `step`. @example floorToStep(dayOf('2019-05-17'), { unit: 'month', n: 3 }) // 2019-04-01 */
export function floorToStep(day: number, step: BinStep): number {
  if (step.unit === 'day') {
    // Day 0 (1970-01-01) was a Thursday; weeks start on Monday, day 4.
    const origin = step.n === 7 ? 4 : 0;
    return day - mod(day - origin, step.n);
  }
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  if (step.unit === 'month') {
    const m = d.getUTCMonth();
    return Date.UTC(y, m - mod(m, step.n), 1) / DAY_MS;
  }
  return Date.UTC(y - mod(y, step.n), 0, 1) / DAY_MS;
}

/** The day `k` steps after `day` (a boundary of the step). */
export function addSteps(day: number, step: BinStep, k: number): number {
  if (step.unit === 'day') return day + step.n * k;
  const d = new Date(day * DAY_MS);
  const months = step.unit === 'month' ? step.n * k : 12 * step.n * k;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1) / DAY_MS;
}

/** A short label for the bin starting at `day`: "2019", "Mar 2019", "2019-03-04". */
export function stepLabel(day: number, step: BinStep): string {
  const iso = isoOfDay(day);
  if (step.unit === 'year') return iso.slice(0, 4);
  if (step.unit === 'month') return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
  return iso;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function edgesFor(step: BinStep, first: number, last: number, limit: number): number[] | null {
  const edges = [floorToStep(first, step)];
  while (edges[edges.length - 1] <= last) {
    if (edges.length > limit) return null;
    edges.push(addSteps(edges[edges.length - 1], step, 1));
  }
  return edges;
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}
