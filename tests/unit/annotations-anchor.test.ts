import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, levenshtein, maxEdits } from '../../geo/annotations/anchor.ts';
import { selectorsFor } from '../../geo/annotations/model.ts';

/** Selectors recorded on `before` for the first occurrence of `quote`, anchored in `after`. */
function reanchor(before: string, quote: string, after: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = before.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" not in the text`);
  const [q, p] = selectorsFor(before, start, start + quote.length);
  return anchor(after, q, p);
}

const BASE = 'Soldiers clashed with gunmen in Culiacán on Tuesday. Later the army said Culiacán was calm, and Badiraguato too.';

describe('re-anchoring a correction by its quote', () => {
  const cases: Array<{ phenomenon: string; before?: string; quote: string; nth?: number; after: string; want: { text: string; nth?: number; how: string } | 'orphaned' }> = [
    { phenomenon: 'unchanged text keeps the recorded position', quote: 'Badiraguato', after: BASE, want: { text: 'Badiraguato', how: 'position' } },
    { phenomenon: 'a sentence inserted before shifts the quote; the unique quote is found by context', quote: 'Badiraguato', after: 'UPDATE: edited. ' + BASE, want: { text: 'Badiraguato', how: 'context' } },
    { phenomenon: 'a repeated quote is told apart by its prefix and suffix', quote: 'Culiacán', nth: 1, after: 'New lead. ' + BASE, want: { text: 'Culiacán', nth: 1, how: 'context' } },
    { phenomenon: 'a repeated quote with its first occurrence recorded stays on the first', quote: 'Culiacán', nth: 0, after: 'New lead. ' + BASE, want: { text: 'Culiacán', nth: 0, how: 'context' } },
    { phenomenon: 'a unique quote whose context was rewritten is found by the quote alone', quote: 'Badiraguato', after: 'Completely different words about Badiraguato here', want: { text: 'Badiraguato', how: 'quote' } },
    { phenomenon: 'a corrected spelling inside the quote is found fuzzily', quote: 'Badiraguato', after: BASE.replace('Badiraguato', 'Badiraguatto'), want: { text: 'Badiraguatto', how: 'fuzzy' } },
    { phenomenon: 'an accent added inside the quote is found fuzzily', quote: 'Badiraguato', after: BASE.replace('Badiraguato', 'Badiraguató'), want: { text: 'Badiraguató', how: 'fuzzy' } },
    { phenomenon: 'a deleted quote is orphaned', quote: 'Badiraguato', after: BASE.replace('Badiraguato', 'the hills'), want: 'orphaned' },
    { phenomenon: 'a short quote rewritten is orphaned, not matched to any two letters', before: 'Agents in NY today.', quote: 'NY', after: 'In NJ today.', want: 'orphaned' },
    { phenomenon: 'a repeated quote with no context left is orphaned (ambiguous)', quote: 'Culiacán', after: 'Culiacán or Culiacán', want: 'orphaned' },
  ];
  it.each(cases)('$phenomenon', ({ before, quote, nth, after, want }) => {
    const got = reanchor(before ?? BASE, quote, after, nth ?? 0);
    if (want === 'orphaned') return expect(got).toEqual({ orphaned: true });
    let start = -1;
    for (let i = 0; i <= (want.nth ?? 0); i++) start = after.indexOf(want.text, start + 1);
    expect(got).toEqual({ start, end: start + want.text.length, how: want.how });
  });

  it('a quote recorded on CRLF text is normalised like the text build:data anchors in', () => {
    const crlf = BASE.replace('. ', '.\r\n');
    const start = crlf.indexOf('Badiraguato');
    const [q, p] = selectorsFor(crlf, start, start + 11);
    expect(anchor(BASE.replace('. ', '.\n'), q, p)).toMatchObject({ start: start - 1, how: 'context' });
  });
});

// Properties. The text is lower-case words; the quote holds capitals, so it occurs once and no
// edit made of lower-case letters outside it can make another copy of it.
const word = fc.stringMatching(/^[a-z]{1,8}$/);
const filler = fc.array(word, { maxLength: 40 }).map((w) => w.join(' '));
const quoteArb = fc.stringMatching(/^[A-Z][a-zé]{4,14}(?: [A-Z][a-z]{2,10})?$/);
const lower = fc.stringMatching(/^[a-z ,.\n]{0,12}$/);

describe('re-anchoring properties (fast-check)', () => {
  it('edits outside the quote recover the exact quote at its shifted position', () => {
    fc.assert(
      fc.property(filler, quoteArb, filler, fc.array(fc.tuple(fc.boolean(), fc.nat(), fc.nat(6), lower), { maxLength: 6 }), (left, quote, right, edits) => {
        let before = `${left} ${quote} ${right}`;
        let start = left.length + 1;
        const [q, p] = selectorsFor(before, start, start + quote.length);
        for (const [inLeft, at, del, ins] of edits) {
          if (inLeft) {
            const i = at % (start + 1);
            const d = Math.min(del, start - i);
            before = before.slice(0, i) + ins + before.slice(i + d);
            start += ins.length - d;
          } else {
            const from = start + quote.length;
            const i = from + (at % (before.length - from + 1));
            before = before.slice(0, i) + ins + before.slice(i + del);
          }
        }
        const got = anchor(before, q, p);
        expect(got).toMatchObject({ start, end: start + quote.length });
        expect(['position', 'context', 'quote']).toContain((got as { how: string }).how);
      }),
      { numRuns: 300 },
    );
  });

  it('small edits inside the quote give a fuzzy anchor overlapping the edited quote', () => {
    fc.assert(
      fc.property(filler, quoteArb, filler, fc.array(fc.tuple(fc.nat(), fc.boolean(), fc.stringMatching(/^[a-zA-Zá]$/)), { minLength: 1, maxLength: 3 }), (left, quote, right, edits) => {
        const k = maxEdits(quote.length);
        let edited = quote;
        for (const [at, del, ch] of edits.slice(0, k)) {
          const i = at % edited.length;
          edited = edited.slice(0, i) + ch + edited.slice(i + (del ? 1 : 0));
        }
        fc.pre(edited !== quote && levenshtein(edited, quote) <= k);
        const before = `${left} ${quote} ${right}`;
        const after = `${left} ${edited} ${right}`;
        const s = left.length + 1;
        const [q, p] = selectorsFor(before, s, s + quote.length);
        const got = anchor(after, q, p);
        if (got.orphaned) throw new Error(`orphaned: ${quote} → ${edited}`);
        if (!edited.includes(quote)) expect(got.how).toBe('fuzzy');
        expect(got.start < s + edited.length && s < got.end).toBe(true);
        expect(levenshtein(quote, after.slice(got.start, got.end))).toBeLessThanOrEqual(k);
      }),
      { numRuns: 300 },
    );
  });

  it('a deleted quote is orphaned, or anchored only to words within the edit bound', () => {
    fc.assert(
      fc.property(filler, quoteArb, filler, lower, (left, quote, right, instead) => {
        const before = `${left} ${quote} ${right}`;
        const after = `${left} ${instead} ${right}`;
        const s = left.length + 1;
        const [q, p] = selectorsFor(before, s, s + quote.length);
        const got = anchor(after, q, p);
        if (!got.orphaned) expect(levenshtein(quote, after.slice(got.start, got.end))).toBeLessThanOrEqual(maxEdits(quote.length));
      }),
      { numRuns: 300 },
    );
  });
});
