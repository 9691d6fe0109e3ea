/**
 * The next window of the timeline's Play: the current range moved one bin later, keeping its
 * width in bins; a range not yet set starts as the first bin. Null when the window has reached
 * the last bin (Play stops there).
 */
import { binOf } from './histogram.ts';

/**
 * @param edges the histogram's bin edges (day numbers, ascending)
 * @param range the current first and last day (inclusive), or null
 * @example playStep(monthEdges2019, null) // [2019-01-01, 2019-01-31]
 */
export function playStep(edges: readonly number[], range: readonly [number, number] | null): [number, number] | null {
  const bins = edges.length - 1;
  if (bins < 1) return null;
  if (!range) return [edges[0], edges[1] - 1];
  const i = binOf(edges, range[0]);
  const j = Math.max(i, binOf(edges, range[1]));
  if (j + 1 >= bins) return null;
  return [edges[i + 1], edges[j + 2] - 1];
}
