/**
 * Sentence spans and excerpts. Abbreviation-aware ("U.S.", "D.E.A.", "Gen.", "Mr.", "Jan.")
 * and line-aware: a newline always ends a sentence, because scraped pages put headlines,
 * captions and list items on lines of their own without final punctuation.
 */
import type { Span } from './types.ts';
import { charTest } from './charTest.ts';

/** Titles and short forms that end in a period but do not end a sentence (lower-cased, no period). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt',
  'adm', 'cmdr', 'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'atty', 'supt', 'insp', 'det', 'no', 'nos', 'vs', 'v',
  'etc', 'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'approx', 'est', 'fig', 'vol', 'ave', 'blvd', 'rd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'cf', 'al',
]);

/**
 * Splits text into sentence spans (trimmed of surrounding white space; empty lines yield none).
 *
 * @example sentences('Mr. Pascual left the U.S. Embassy. He flew to Culiacán.') // [{start:0,end:34},{start:35,end:55}]
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text, s)) s++;
    while (e > s && isSpace(text, e - 1)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f) continue; // . ! ?
    // Take trailing closers into the sentence: ." .” .) …
    let j = i + 1;
    while (j < text.length && isCloser(text, j)) j++;
    if (j < text.length && !isSpace(text, j)) continue; // "3.5", "nbcnews.com", "Zepeda.Daniel"
    if (c === 0x2e && isAbbreviation(text, i, j)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return out;
}

const isSpace = charTest(/\s/);
const isCloser = charTest(/[.!?"”’')\]]/);
const isLetterOrDot = charTest(/[\p{L}.]/u);

/** True when the period at `dot` belongs to an abbreviation rather than ending a sentence. */
function isAbbreviation(text: string, dot: number, after: number): boolean {
  let w = dot;
  // Abbreviations are short; a bounded look-back keeps "a.a.a.a…" inputs linear.
  while (w > 0 && dot - w < 24 && isLetterOrDot(text, w - 1)) w--;
  const word = text.slice(w, dot);
  const bare = word.toLowerCase();
  if (ABBREVIATIONS.has(bare)) {
    // "in Jan." at the very end of a sentence is rare; a following lower-case word or a
    // capitalised name both keep the sentence going.
    return true;
  }
  // Initialisms: "U.S.", "D.E.A.", "J." (a single capital initial), "p.m.".
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    // "…shipped to the U.S. He said" is ambiguous; treat as continuing only when the next word
    // is not a typical sentence opener.
    const next = /^\s+(\S+)/.exec(text.slice(after))?.[1] ?? '';
    return !SENTENCE_OPENERS.has(next.replace(/[^\p{L}]/gu, ''));
  }
  return false;
}

const SENTENCE_OPENERS = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'In', 'This', 'That', 'A', 'An', 'His', 'Her', 'Their', 'Its', 'There', 'Mexican', 'American', 'Officials', 'Prosecutors', 'Authorities']);

/**
 * The sentence around a span, capped at `max` characters (trimmed around the mention with "…"),
 * with the mention's offsets relative to the returned text.
 *
 * @param span the mention's offsets in `text`
 * @param sentenceSpans from {@link sentences}
 * @param max characters, default 400
 * @example excerptAround('He flew. Soldiers arrested him in Culiacán.', {start:34,end:42}, sentences('He flew. Soldiers arrested him in Culiacán.')) // { text: 'Soldiers arrested him in Culiacán.', start: 25, end: 33 }
 */
export function excerptAround(
  text: string,
  span: Span,
  sentenceSpans: Span[],
  max = 400,
): { text: string; start: number; end: number } {
  let from = span.start;
  let to = span.end;
  if (ordered(sentenceSpans)) {
    // At most one span holds each end: find it by binary search instead of reading them all.
    const a = lastStartingAtOrBefore(sentenceSpans, span.start);
    if (a >= 0 && span.start < sentenceSpans[a]!.end) from = sentenceSpans[a]!.start;
    const b = lastStartingAtOrBefore(sentenceSpans, span.end - 1);
    if (b >= 0 && sentenceSpans[b]!.start < span.end && span.end <= sentenceSpans[b]!.end) to = sentenceSpans[b]!.end;
  } else {
    for (const s of sentenceSpans) {
      if (s.start <= span.start && span.start < s.end) from = s.start;
      if (s.start < span.end && span.end <= s.end) to = s.end;
    }
  }
  if (from > span.start) from = span.start;
  if (to < span.end) to = span.end;
  let prefix = '';
  let suffix = '';
  if (to - from > max) {
    const room = Math.max(0, max - 2 - (span.end - span.start)); // 2 for the ellipses
    let a = Math.max(from, span.start - Math.floor(room / 2));
    let b = Math.min(to, span.end + (room - (span.start - a)));
    a = Math.max(from, Math.min(a, b - max));
    // Cut at word boundaries.
    if (a > from) {
      const sp = text.indexOf(' ', a - 1);
      a = sp !== -1 && sp < span.start ? sp + 1 : a;
      prefix = '…';
    }
    if (b < to) {
      const sp = text.lastIndexOf(' ', b);
      b = sp >= span.end ? sp : b;
      suffix = '…';
    }
    from = a;
    to = b;
  }
  const body = text.slice(from, to);
  return {
    text: prefix + body + suffix,
    start: prefix.length + span.start - from,
    end: prefix.length + span.end - from,
  };
}

/**
 * The index of the span holding offset `at` (`spans.findIndex((s) => s.start <= at && at < s.end)`),
 * by binary search when the spans are sorted and disjoint, as {@link sentences} gives them.
 *
 * @example sentenceIndex(sentences('He flew. Soldiers arrested him.'), 12) // 1
 */
export function sentenceIndex(spans: readonly Span[], at: number): number {
  if (!ordered(spans)) return spans.findIndex((s) => s.start <= at && at < s.end);
  const k = lastStartingAtOrBefore(spans, at);
  return k >= 0 && at < spans[k]!.end ? k : -1;
}

/** Span lists known to be sorted by start, each span non-empty and ending before the next starts. */
const orderedLists = new WeakMap<readonly Span[], boolean>();

/** Whether the spans are sorted and disjoint (checked once per list: lists must not change afterwards). */
function ordered(spans: readonly Span[]): boolean {
  let known = orderedLists.get(spans);
  if (known === undefined) {
    known = true;
    for (let k = 0; k < spans.length && known; k++) {
      if (!(spans[k]!.start < spans[k]!.end) || (k > 0 && spans[k]!.start < spans[k - 1]!.end)) known = false;
    }
    orderedLists.set(spans, known);
  }
  return known;
}

/** The last of the sorted spans that starts at or before `at`, or -1. */
function lastStartingAtOrBefore(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
