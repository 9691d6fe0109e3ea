import { describe, expect, it } from 'vitest';
import type { SourceNotice } from '../../geo/ingest/decode.ts';
import { formatNotice } from '../../geo/ingest/decode.ts';
import { parseHtmlInNode } from '../../geo/ingest/parseHtml.node.ts';
import { readArticleFile } from '../../geo/ingest/readArticleFile.ts';
import { articlesToJsonl } from '../../geo/ingest/articlesJsonl.ts';

const BODY = 'Soldiers arrested three men in Puerto Lindo on Tuesday, officials said after the raid ended.';
const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

/** Reads a file, returning its articles and the notices printed for it. */
function read(source: string, raw: Uint8Array) {
  const notices: SourceNotice[] = [];
  const articles = readArticleFile(source, raw, parseHtmlInNode, (n) => notices.push(n));
  return { articles, notices: notices.map(formatNotice) };
}

describe('each kind of file is read by its extension', () => {
  it.each([
    ['a .txt file with a header', 'raid.txt', bytes(`---\ntitle: Raid in Lomaria\n---\nRaid in Lomaria\n\n${BODY}`), { id: 'raid', title: 'Raid in Lomaria' }],
    ['a .md file', 'raid.md', bytes(`# Raid in *Lomaria*\n\n${BODY}`), { id: 'raid', title: 'Raid in Lomaria' }],
    ['an .html file', 'raid.html', bytes(`<title>Raid in Lomaria</title><p>${BODY}</p>`), { id: 'raid', title: 'Raid in Lomaria', text: `Raid in Lomaria\n\n${BODY}` }],
    ['an .HTM file, upper case', 'RAID.HTM', bytes(`<title>Raid in Lomaria</title><p>${BODY}</p>`), { id: 'RAID', title: 'Raid in Lomaria' }],
    ['a file of another extension, as text', 'raid.text', bytes(`Raid in Lomaria\n\n${BODY}`), { id: 'raid', title: 'Raid in Lomaria' }],
  ])('%s', (_name, source, raw, expected) => {
    const { articles } = read(source, raw);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject(expected);
  });

  it('a .jsonl file gives one article per line', () => {
    const jsonl = articlesToJsonl([
      { id: 'a', title: 'Raid in Lomaria', publication: 'The Daily', date: '2023-03-04', url: null, text: `Raid in Lomaria\n\n${BODY}` },
      { id: 'b', title: 'Arrest in Puerto Lindo', publication: null, date: null, url: 'https://x.example/b', text: BODY },
    ]);
    const { articles } = read('export.jsonl', bytes(jsonl));
    expect(articles.map((a) => [a.id, a.title, a.publication, a.date, a.url, a.source])).toEqual([
      ['a', 'Raid in Lomaria', 'The Daily', '2023-03-04', null, 'export.jsonl#1'],
      ['b', 'Arrest in Puerto Lindo', null, null, 'https://x.example/b', 'export.jsonl#2'],
    ]);
  });
});

describe('fixable input is read, with a notice naming file, line and column', () => {
  it.each([
    ['a byte-order mark', bytes([0xef, 0xbb, 0xbf], `Raid\n\n${BODY}`), 'a.txt:1:1: byte-order mark removed', `Raid\n\n${BODY}`],
    ['CRLF line endings', bytes(`Raid\r\n\r\n${BODY}`), 'a.txt:1:5: 2 Windows line endings (CRLF) turned into \\n', `Raid\n\n${BODY}`],
    ['lone CR line endings', bytes(`Raid\r\r${BODY}`), 'a.txt:1:5: 2 old Mac line endings (CR) turned into \\n', `Raid\n\n${BODY}`],
    ['a stray NUL', bytes(`Raid\n\n${BODY}`.repeat(2), [0], BODY), 'a.txt:5:93: 1 NUL character removed', `Raid\n\n${BODY}Raid\n\n${BODY}${BODY}`],
    ['NULs in a short text', bytes('Raid\n\nSoldiers in Puerto', [0], ' Lindo', [0], ' arrested three men on Tuesday.'), 'a.txt:3:19: 2 NUL characters removed', 'Raid\n\nSoldiers in Puerto Lindo arrested three men on Tuesday.'],
    ['zero-width characters', bytes(`Raid\n\nPuerto\u200B Lin\u200Ddo. ${BODY}`), 'a.txt:3:7: 2 zero-width or invisible characters removed', `Raid\n\nPuerto Lindo. ${BODY}`],
    ['direction overrides', bytes(`Raid\n\n\u202EPuerto Lindo\u202C. ${BODY}`), 'a.txt:3:1: 2 direction-override (bidi control) characters removed', `Raid\n\nPuerto Lindo. ${BODY}`],
    ['decomposed accents', bytes(`Raid\n\nCiudad Jua\u0301rez and Culiaca\u0301n. ${BODY}`), 'a.txt:3:10: 2 decomposed accents composed (NFC)', `Raid\n\nCiudad Juárez and Culiacán. ${BODY}`],
  ])('%s', (_name, raw, notice, text) => {
    const { articles, notices } = read('a.txt', raw);
    expect(notices).toContain(notice);
    expect(articles[0].text).toBe(text);
  });
});

describe('an HTML page in the legacy charset it declares is decoded as declared', () => {
  it.each([
    ['<meta charset>', '<meta charset="windows-1252">', 'windows-1252', 'page.html:1:16: not UTF-8: decoded as windows-1252, the charset the page declares'],
    ['http-equiv', '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'windows-1252', 'page.html:1:61: not UTF-8: decoded as windows-1252, the charset the page declares'],
  ])('%s', (_name, meta, _enc, notice) => {
    const { articles, notices } = read('page.html', bytes(`${meta}<title>Raid</title><p>Soldiers arrested three men in Ciudad Ju`, [0xe1], 'rez on Tuesday.</p>'));
    expect(articles[0].text).toBe('Raid\n\nSoldiers arrested three men in Ciudad Juárez on Tuesday.');
    expect(notices).toContain(notice);
  });
  it.each([
    ['no declaration', '', 'page.html:1:44: not valid UTF-8'],
    ['a UTF-8 declaration', '<meta charset="utf-8">', 'page.html:1:66: not valid UTF-8'],
    ['an unknown charset', '<meta charset="x-nonsense">', 'the page declares charset "x-nonsense"'],
  ])('%s: still an error', (_name, meta, message) => {
    expect(() => read('page.html', bytes(`${meta}<p>Soldiers arrested three men in Ciudad Ju`, [0xe1], 'rez on Tuesday.</p>'))).toThrow(message);
  });
  it('a .txt file in windows-1252 is an error, as build:data reads it', () => {
    expect(() => read('a.txt', bytes('<meta charset="windows-1252">Ju', [0xe1], 'rez'))).toThrow('a.txt:1:32: not valid UTF-8');
  });
});

describe('fixes inside a .jsonl line are noted with the line', () => {
  it('a text with CRLF and a zero-width space on line 2', () => {
    const { articles, notices } = read('x.jsonl', bytes(`{"text":"${BODY}"}\n{"text":"Raid\\r\\n\\r\\nPuerto\\u200b Lindo. ${BODY}"}\n`));
    expect(articles[1].text).toBe(`Raid\n\nPuerto Lindo. ${BODY}`);
    expect(notices).toEqual(['x.jsonl:2:1: "text": 2 Windows line endings (CRLF) turned into \\n', 'x.jsonl:2:1: "text": 1 zero-width or invisible character removed']);
  });
});

describe('unreadable input is an error naming file, line and column', () => {
  it.each([
    ['not UTF-8 (Windows-1252)', 'a.txt', bytes(`Raid\n\nCiudad Ju`, [0xe1], 'rez'), 'a.txt:3:10: not valid UTF-8 at byte 15 (re-save as UTF-8)'],
    ['UTF-16', 'a.txt', new Uint8Array([0xff, 0xfe, 0x52, 0, 0x61, 0]), 'a.txt:1:1: UTF-16 text, not UTF-8'],
    ['an empty file', 'a.txt', bytes(''), 'a.txt:1:1: no article text (the file is empty)'],
    ['white space only', 'a.md', bytes(' \n\r\n\t'), 'a.md:1:1: no article text'],
    ['a PNG image', 'photo.png', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'), 'photo.png:1:1: not text (a PNG image)'],
    ['a PNG image named .txt', 'photo.txt', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'), 'photo.txt:1:1: not text (a PNG image)'],
    ['a PDF', 'doc.html', bytes('%PDF-1.7\n%âãÏÓ'), 'doc.html:1:1: not text (a PDF document)'],
    ['binary data without a known signature', 'data.txt', bytes('ab', [0, 1, 2, 3, 0, 0, 5, 6], 'cd'), 'data.txt:1:3: not text (binary data'],
    ['a long file with many control characters', 'data.txt', bytes(`${BODY}\n`.repeat(40), ...Array.from({ length: 40 }, () => [7, 0x41])), 'data.txt:41:1: not text (binary data'],
    ['an HTML page with no article', 'nav.html', bytes('<nav><a href="/">Home</a> <a href="/news">News</a></nav>'), 'nav.html:1:1: no article found in the HTML page'],
    ['a .jsonl line that is not JSON', 'x.jsonl', bytes(`{"text":"${BODY}"}\n{"text": nope}\n`), 'x.jsonl:2:10: not JSON'],
    ['a .jsonl line without text', 'x.jsonl', bytes('{"title":"T","text":""}\n'), 'x.jsonl:1:1: no article text'],
    ['a .jsonl line with an unknown key', 'x.jsonl', bytes(`{"text":"${BODY}","author":"me"}\n`), 'x.jsonl:1:1: unknown key "author"'],
    ['a .jsonl line with a bad date', 'x.jsonl', bytes(`{"text":"${BODY}","date":"04/03/2023"}\n`), 'x.jsonl:1:1: date "04/03/2023" is not a calendar date'],
    ['a .jsonl array line', 'x.jsonl', bytes('["a"]\n'), 'x.jsonl:1:1: not a JSON object'],
    ['a .jsonl field of the wrong type', 'x.jsonl', bytes(`{"text":"${BODY}","title":3}\n`), 'x.jsonl:1:1: "title" must be a string or null'],
  ])('%s', (_name, source, raw, message) => {
    expect(() => read(source, raw)).toThrow(message);
  });
});

describe('a 20 MB file is read whole', () => {
  it('keeps every paragraph of a 20 MB CRLF file with decomposed accents', () => {
    const para = `Soldiers arrested three men in Ciudad Jua\u0301rez on Tuesday, officials said after the raid ended.\r\n\r\n`;
    const n = Math.ceil(20e6 / para.length);
    const { articles, notices } = read('big.txt', new TextEncoder().encode(`Raid\r\n\r\n${para.repeat(n)}`));
    expect(articles[0].text.length).toBe(6 + (para.length - 3) * n - 1 + 1);
    expect(articles[0].text.endsWith('raid ended.\n\n')).toBe(true);
    expect(notices).toContain(`big.txt:1:5: ${2 + 2 * n} Windows line endings (CRLF) turned into \\n`);
  });
});
