import type { Span } from '../types.ts';

/**
 * How a predicted span is paired with a gold one.
 * - `overlap`: the spans share at least one character (the field's usual rule).
 * - `eupeg`: as in the EUPEG benchmark (Wang & Hu 2019): the span midpoints are under 10 characters
 *   apart and the surface strings are equal ignoring case.
 */
export type MatchRule = 'overlap' | 'eupeg';

export const MATCH_RULES: readonly MatchRule[] = ['overlap', 'eupeg'];

/** A span with its surface form (the `eupeg` rule compares them). */
export interface TextSpan extends Span {
  text: string;
}

/** Indices of a matched gold and predicted span. */
export interface MatchPair {
  gold: number;
  pred: number;
}

/** EUPEG's midpoint tolerance, characters (strictly less than). */
export const EUPEG_MAX_MIDPOINT_DISTANCE = 10;

/** Characters two half-open spans share (0 when disjoint). */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Distance between the midpoints of two spans, characters. */
export function midpointDistance(a: Span, b: Span): number {
  return Math.abs((a.start + a.end) / 2 - (b.start + b.end) / 2);
}

/**
 * One-to-one matching of predicted to gold spans: each gold span and each prediction is used at
 * most once. Candidate pairs allowed by the rule are taken greedily, best first — `overlap`: the
 * largest overlap first; `eupeg`: the closest midpoints first — ties broken by gold index, then
 * prediction index, so the result does not depend on sort stability. Returned sorted by gold index.
 */
export function matchSpans(gold: readonly TextSpan[], pred: readonly TextSpan[], rule: MatchRule): MatchPair[] {
  const candidates: Array<{ gold: number; pred: number; badness: number }> = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < pred.length; p++) {
      const a = gold[g]!;
      const b = pred[p]!;
      if (rule === 'overlap') {
        const o = overlapLength(a, b);
        if (o > 0) candidates.push({ gold: g, pred: p, badness: -o });
      } else {
        const d = midpointDistance(a, b);
        if (d < EUPEG_MAX_MIDPOINT_DISTANCE && a.text.toLowerCase() === b.text.toLowerCase())
          candidates.push({ gold: g, pred: p, badness: d });
      }
    }
  }
  candidates.sort((x, y) => x.badness - y.badness || x.gold - y.gold || x.pred - y.pred);
  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  const pairs: MatchPair[] = [];
  for (const c of candidates) {
    if (goldUsed.has(c.gold) || predUsed.has(c.pred)) continue;
    goldUsed.add(c.gold);
    predUsed.add(c.pred);
    pairs.push({ gold: c.gold, pred: c.pred });
  }
  return pairs.sort((x, y) => x.gold - y.gold);
}
