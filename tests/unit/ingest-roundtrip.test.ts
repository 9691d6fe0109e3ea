import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articlesFromJsonl, articlesToJsonl } from '../../geo/ingest/articlesJsonl.ts';
import { corpusFileText } from '../../geo/ingest/corpusFile.ts';
import { normalizeText } from '../../geo/ingest/normalizeText.ts';
import { parseArticleFile } from '../../geo/ingest/parseArticleFile.ts';

/** Text as the pipeline holds it: normalised, with some characters that need escaping or care. */
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('"', '\\', ':', '---', '\n', '\r\n', ' ', '#', 'null', '<script>', 'é', 'e\u0301', '\u200B', '\u202E'),
);
const text = fc.array(piece, { minLength: 1, maxLength: 20 }).map((p) => normalizeText(p.join('')).text).filter((t) => t.trim() !== '');
const oneLine = text.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const article = fc.record({
  id: fc.constant('a'),
  title: oneLine,
  publication: fc.option(oneLine),
  date: fc.option(date),
  url: fc.option(oneLine.map((s) => `https://example.org/${encodeURIComponent(s)}`)),
  text,
});

describe('round trips (property tests)', () => {
  it('a corpus file written by ingest reads back as the same article', () => {
    fc.assert(fc.property(article, (a) => {
      const back = parseArticleFile('a.txt', corpusFileText(a));
      expect({ title: back.title, publication: back.publication, date: back.date, url: back.url }).toEqual({ title: a.title, publication: a.publication, date: a.date, url: a.url });
      expect(back.text.trimEnd()).toBe(a.text.trimEnd());
    }), { numRuns: 1000 });
  });

  it('articles exported as JSON lines read back as the same articles', () => {
    fc.assert(fc.property(fc.array(article, { minLength: 1, maxLength: 5 }), (articles) => {
      const withIds = articles.map((a, i) => ({ ...a, id: `a${i}` }));
      const back = articlesFromJsonl('x.jsonl', articlesToJsonl(withIds));
      expect(back.map(({ id, title, publication, date, url, text }) => ({ id, title, publication, date, url, text }))).toEqual(withIds);
    }), { numRuns: 500 });
  });
});
