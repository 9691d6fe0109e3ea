import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../geo/ingest/normalizeText.ts';

/** Characters normalisation removes. */
const JUNK = ['\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\0'];
/** Characters of clean text: letters with and without precomposed accents, other scripts, line feeds. */
const CLEAN = ['a', 'b', 'J', 'z', ' ', '.', ',', '\n', 'é', 'á', 'ñ', 'Ç', 'ü', 'ø', 'ß', 'ж', 'ع', '中', '한', 'ὢ', '😀'];
/** Pieces that normalisation rewrites: line endings and decomposed letters. */
const REWRITES: Array<[string, string]> = [['\r\n', '\n'], ['\r', '\n'], ['e\u0301', 'é'], ['a\u0301', 'á'], ['n\u0303', 'ñ'], ['C\u0327', 'Ç'], ['u\u0308', 'ü'], ['\u1100\u1161', '가']];

/** Any text: clean characters, junk, rewrites and arbitrary code points mixed. */
const anyText = fc.array(
  fc.oneof(fc.constantFrom(...CLEAN), fc.constantFrom(...JUNK), fc.constantFrom(...REWRITES.map((r) => r[0])), fc.string({ unit: 'binary', maxLength: 3 })),
  { maxLength: 60 },
).map((parts) => parts.join(''));

/** A clean text, and the same text with junk inserted and pieces written the other way (a lone CR is left out: before a clean \n it would be a CRLF). */
const cleanAndDirty = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...CLEAN.map((c) => [c, c] as [string, string])), fc.constantFrom(...REWRITES.filter(([raw]) => raw !== '\r').map(([raw, clean]) => [clean, raw] as [string, string]))), fc.array(fc.constantFrom(...JUNK), { maxLength: 2 })), { maxLength: 60 })
  .map((parts) => {
    // Each part: [clean text, raw text written for it, junk before it].
    let clean = '';
    let raw = '';
    const origins: number[] = []; // origins[i]: index in raw where clean[i]'s source starts
    for (const [[c, r], junk] of parts) {
      raw += junk.join('');
      for (let k = 0; k < c.length; k++) origins.push(raw.length + (c === r ? k : 0));
      clean += c;
      raw += r;
    }
    return { clean, raw, origins };
  });

describe('normalizeText (property tests)', () => {
  it('is idempotent', () => {
    fc.assert(fc.property(anyText, (raw) => {
      const once = normalizeText(raw).text;
      expect(normalizeText(once).text).toBe(once);
    }), { numRuns: 2000 });
  });

  it('leaves no CR, NUL, BOM, zero-width or bidi control, and is NFC', () => {
    fc.assert(fc.property(anyText, (raw) => {
      const { text } = normalizeText(raw);
      for (const j of [...JUNK, '\r']) expect(text.includes(j)).toBe(false);
      expect(text.normalize('NFC')).toBe(text);
    }), { numRuns: 2000 });
  });

  it('gives the same text as normalising the whole string in the plain order', () => {
    fc.assert(fc.property(anyText, (raw) => {
      const plain = raw.replace(/\r\n?/g, '\n').replace(/[\0\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '').normalize('NFC');
      expect(normalizeText(raw).text).toBe(plain);
    }), { numRuns: 2000 });
  });

  it('maps offsets monotonically into the original, ends to ends', () => {
    fc.assert(fc.property(anyText, (raw) => {
      const { text, toOriginal } = normalizeText(raw);
      expect(toOriginal(text.length)).toBe(raw.length);
      let prev = -1;
      for (let i = 0; i <= text.length; i++) {
        const o = toOriginal(i);
        expect(o).toBeGreaterThanOrEqual(0);
        expect(o).toBeLessThanOrEqual(raw.length);
        if (i < text.length) expect(o).toBeGreaterThan(prev);
        prev = o;
      }
    }), { numRuns: 2000 });
  });

  it('recovers the clean text and maps each character to where it was written', () => {
    fc.assert(fc.property(cleanAndDirty, ({ clean, raw, origins }) => {
      const { text, toOriginal } = normalizeText(raw);
      expect(text).toBe(clean);
      for (let i = 0; i < text.length; i++) expect(toOriginal(i)).toBe(origins[i]);
    }), { numRuns: 2000 });
  });

  it('a line of the text is the normalised slice of the original its offsets map to', () => {
    fc.assert(fc.property(anyText, (raw) => {
      const { text, toOriginal } = normalizeText(raw);
      let start = 0;
      for (const line of text.split('\n')) {
        const end = start + line.length;
        const slice = raw.slice(toOriginal(start), end < text.length ? toOriginal(end) : raw.length);
        expect(normalizeText(slice).text).toBe(line);
        start = end + 1;
      }
    }), { numRuns: 2000 });
  });

  it('maps a clean text to itself', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...CLEAN)).map((a) => a.join('')), (raw) => {
      const { text, toOriginal, notes } = normalizeText(raw);
      expect(text).toBe(raw);
      expect(notes).toEqual([]);
      for (let i = 0; i <= text.length; i++) expect(toOriginal(i)).toBe(i);
    }));
  });
});

describe('normalizeText notes what it changed', () => {
  it.each([
    ['\uFEFFa', [['bom', 1, 0]]],
    ['a\r\nb\r\n', [['crlf', 2, 1]]],
    ['a\rb', [['cr', 1, 1]]],
    ['a\0b\0', [['nul', 2, 1]]],
    ['a\u200Bb\uFEFF', [['zero-width', 2, 1]]],
    ['\u202Eab\u202C', [['bidi', 2, 0]]],
    ['Jua\u0301rez Culiaca\u0301n', [['decomposed', 2, 2]]],
  ])('%j', (raw, notes) => {
    expect(normalizeText(raw).notes.map((n) => [n.kind, n.count, n.first])).toEqual(notes);
  });
});
