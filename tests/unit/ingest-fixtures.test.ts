import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatNotice, type SourceNotice } from '../../geo/ingest/decode.ts';
import { parseHtmlInNode } from '../../geo/ingest/parseHtml.node.ts';
import { readArticleFile } from '../../geo/ingest/readArticleFile.ts';

/**
 * The bad inputs of issue 10 point 5 as real files (tests/fixtures/ingest/bad/), for the page's
 * browser tests as well: what each gives when read.
 */
const read = (name: string) => {
  const notices: SourceNotice[] = [];
  const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/ingest/bad/${name}`, import.meta.url)));
  const articles = readArticleFile(name, bytes, parseHtmlInNode, (n) => notices.push(n));
  return { articles, notices: notices.map(formatNotice) };
};

describe('bad input files: fixable ones are read with a notice', () => {
  it.each([
    ['bom-crlf.txt', ['bom-crlf.txt:1:1: byte-order mark removed', 'bom-crlf.txt:1:17: 3 Windows line endings (CRLF) turned into \\n'], 'Raid in Lomaria'],
    ['nul.txt', ['nul.txt:3:93: 1 NUL character removed'], 'Raid in Lomaria'],
    ['zero-width-bidi.md', ['zero-width-bidi.md:3:7: 1 zero-width or invisible character removed', 'zero-width-bidi.md:3:19: 2 direction-override (bidi control) characters removed'], 'Raid in Lomaria'],
    ['decomposed.txt', ['decomposed.txt:1:15: 2 decomposed accents composed (NFC)'], 'Raid in Culiacán'],
  ])('%s', (name, notices, title) => {
    const r = read(name);
    expect(r.notices).toEqual(notices);
    expect(r.articles[0].title).toBe(title);
    expect(r.articles[0].text).not.toMatch(/[\r\0\uFEFF\u200B\u202A-\u202E]/);
  });
  it('hostile.html: markup in the title and body comes out as literal text, scripts and handlers dropped', () => {
    const [a] = read('hostile.html').articles;
    expect(a.title).toBe('<img src=x onerror=alert(1)> Raid <script>alert(2)</script>');
    expect(a.text).toContain('Soldiers wrote <script>window.__ran = true</script> on a wall in Puerto Lindo');
    expect(a.text.match(/__ran/g)).toHaveLength(1);
  });
});

describe('bad input files: unreadable ones are errors naming file, line and column', () => {
  it.each([
    ['windows-1252.txt', 'windows-1252.txt:3:20: not valid UTF-8 at byte 36 (re-save as UTF-8)'],
    ['empty.txt', 'empty.txt:1:1: no article text (the file is empty)'],
    ['photo.txt', 'photo.txt:1:1: not text (a PNG image)'],
    ['no-article.html', 'no-article.html:1:1: no article found in the HTML page'],
  ])('%s', (name, message) => {
    expect(() => read(name)).toThrow(message);
  });
});
