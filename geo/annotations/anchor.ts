/**
 * Re-anchoring a correction in an article's (possibly changed) text, the way Hypothesis and
 * Recogito do: the recorded position first, then the quote with its prefix/suffix context, then
 * the quote alone when it occurs once, then a fuzzy match of the quote within a small edit
 * distance; otherwise the correction is orphaned (never silently dropped).
 *
 * Anchor against the text as `build:data` normalises it (ingest turns CRLF into LF, so a file
 * re-saved with CRLF keeps every anchor); quotes recorded with CRLF are normalised the same way.
 */
import type { TextPositionSelector, TextQuoteSelector } from './model.ts';

/** Where a selector landed, and which step found it. */
export type Anchor = { start: number; end: number; how: 'position' | 'context' | 'quote' | 'fuzzy'; orphaned?: undefined } | { orphaned: true };

/** Most candidate spans weighed by context in one step (a quote repeated more often is ambiguous anyway). */
const MAX_CANDIDATES = 64;
/** Characters of recorded context that must match for the context to count (one space is no evidence). */
const MIN_CONTEXT = 3;

/**
 * The largest edit distance a fuzzy anchor may have for a quote of `length` characters:
 * 1 + length/10, and none for quotes under 4 characters (one edit there is a different word).
 *
 * @example maxEdits(12) // 2
 */
export function maxEdits(length: number): number {
  return length < 4 ? 0 : 1 + Math.floor(length / 10);
}

/**
 * Anchors a TextQuote + TextPosition selector pair in `text`. Linear in the text's length for a
 * quote of bounded length (the fuzzy step is Sellers' approximate matching, O(quote × text)).
 *
 * @example anchor('at Juárez now', { type: 'TextQuoteSelector', exact: 'Juárez', prefix: 'at ', suffix: ' now' }, { type: 'TextPositionSelector', start: 3, end: 9 }) // { start: 3, end: 9, how: 'position' }
 */
export function anchor(text: string, quoteSelector: TextQuoteSelector, position?: TextPositionSelector): Anchor {
  const exact = lf(quoteSelector.exact);
  const prefix = lf(quoteSelector.prefix ?? '');
  const suffix = lf(quoteSelector.suffix ?? '');
  if (!exact) return { orphaned: true };
  const near = position ? position.start : 0;
  if (position && position.end - position.start === exact.length && text.startsWith(exact, position.start)) {
    return { start: position.start, end: position.end, how: 'position' };
  }
  const starts: number[] = [];
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    starts.push(i);
    if (starts.length > MAX_CANDIDATES) break;
  }
  if (starts.length > 0) {
    const best = bestByContext(text, starts.map((s) => [s, s + exact.length] as const), prefix, suffix, near);
    if (best.score >= MIN_CONTEXT) return { start: best.start, end: best.end, how: 'context' };
    if (starts.length === 1) return { start: starts[0], end: starts[0] + exact.length, how: 'quote' };
    return { orphaned: true }; // repeated, no context tells which
  }
  const k = maxEdits(exact.length);
  if (k === 0) return { orphaned: true };
  const found = fuzzySpans(text, exact, k, prefix, suffix);
  if (found.length === 0) return { orphaned: true };
  const least = Math.min(...found.map((f) => f.distance));
  const best = bestByContext(text, found.filter((f) => f.distance === least).map((f) => f.span), prefix, suffix, near);
  return { start: best.start, end: best.end, how: 'fuzzy' };
}

function lf(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

/** The candidate whose surroundings share most with the recorded prefix and suffix; ties go to the one nearest `near`. */
function bestByContext(text: string, spans: ReadonlyArray<readonly [number, number]>, prefix: string, suffix: string, near: number) {
  let best = { start: spans[0][0], end: spans[0][1], score: -1, gap: Infinity };
  for (const [start, end] of spans) {
    const score = contextScore(text, start, end, prefix, suffix);
    const gap = Math.abs(start - near);
    if (score > best.score || (score === best.score && gap < best.gap)) best = { start, end, score, gap };
  }
  return best;
}

/**
 * Spans of `text` within `k` edits of `pattern`, one per match: Sellers' dynamic programme gives
 * each end's distance; within each run of ends at most `k` away, the span (start within `k` of
 * the quote's length) with the least distance wins, then the one whose surroundings match the
 * recorded context best, then the length nearest the quote's.
 */
function fuzzySpans(text: string, pattern: string, k: number, prefix: string, suffix: string): Array<{ span: [number, number]; distance: number }> {
  const m = pattern.length;
  const col = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  const runs: Array<[number, number]> = []; // [first end, last end]
  for (let j = 1; j <= text.length; j++) {
    const c = text[j - 1];
    let diag = col[0]; // D[i-1][j-1]
    col[0] = 0; // a match may start anywhere
    for (let i = 1; i <= m; i++) {
      const up = col[i]; // D[i][j-1]
      const v = Math.min(diag + (pattern[i - 1] === c ? 0 : 1), up + 1, col[i - 1] + 1);
      diag = up;
      col[i] = v;
    }
    if (col[m] <= k) {
      const last = runs[runs.length - 1];
      if (last && last[1] === j - 1) last[1] = j;
      else if (runs.length < MAX_CANDIDATES) runs.push([j, j]);
    }
  }
  const out: Array<{ span: [number, number]; distance: number }> = [];
  for (const [first, last] of runs) {
    let best: { span: [number, number]; distance: number; context: number } | null = null;
    for (let end = first; end <= last; end++) {
      for (let len = Math.max(1, m - k); len <= m + k && len <= end; len++) {
        const start = end - len;
        const distance = levenshtein(pattern, text.slice(start, end));
        if (distance > k) continue;
        const context = contextScore(text, start, end, prefix, suffix);
        if (!best || distance < best.distance || (distance === best.distance && (context > best.context || (context === best.context && Math.abs(len - m) < Math.abs(best.span[1] - best.span[0] - m))))) {
          best = { span: [start, end], distance, context };
        }
      }
    }
    if (best) out.push({ span: best.span, distance: best.distance });
  }
  return out;
}

function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let a = 0;
  while (a < prefix.length && a < start && prefix[prefix.length - 1 - a] === text[start - 1 - a]) a++;
  let b = 0;
  while (b < suffix.length && end + b < text.length && suffix[b] === text[end + b]) b++;
  return a + b;
}

/** Plain edit distance (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(diag + (a[i - 1] === b[j - 1] ? 0 : 1), up + 1, row[j - 1] + 1);
      diag = up;
    }
  }
  return row[b.length];
}
