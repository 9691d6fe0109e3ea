import { describe, expect, it } from 'vitest';
import { decodeText, findDate, findFurniture, parseArticleFile, parseFrontMatter, stripMarkdown } from '../../geo/ingest/index.ts';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeText', () => {
  it('strips a BOM, turns CRLF and CR into LF and composes to NFC', () => {
    expect(decodeText('a.txt', bytes([0xef, 0xbb, 0xbf], 'Ciudad Jua\u0301rez\r\nCuliacán\rSinaloa'))).toBe('Ciudad Juárez\nCuliacán\nSinaloa');
  });
  it.each([
    ['Windows-1252 byte', bytes('line one\nline two\n  Ju', [0xe1], 'rez'), 'a.txt:3:5: not valid UTF-8 at byte 22 (re-save as UTF-8)'],
    ['truncated sequence at the end', bytes('ok\n', [0xe2, 0x82]), 'a.txt:2:1: not valid UTF-8 at byte 3 (re-save as UTF-8)'],
    ['overlong encoding', bytes('x', [0xc0, 0xaf]), 'a.txt:1:2: not valid UTF-8 at byte 1 (re-save as UTF-8)'],
  ])('%s is an error naming line and column', (_name, raw, message) => {
    expect(() => decodeText('a.txt', raw)).toThrow(message);
  });
  it('drops bidi controls and zero-width characters (Trojan Source)', () => {
    expect(decodeText('a.txt', 'Cul\u200Biac\u00ADán \u202Eevil\u202C Sinaloa')).toBe('Culiacán evil Sinaloa');
  });
  it('rejects binary files', () => {
    expect(() => decodeText('a.txt', bytes('ab\n', [0], 'cd'))).toThrow('a.txt:2:1: not text (binary data');
  });
});

describe('parseFrontMatter', () => {
  it('reads the four keys, quoted values and nulls, and removes the header', () => {
    const { header, body } = parseFrontMatter('a.txt', '---\ntitle: "Arrest: in Culiacán"\npublication: The Daily\ndate: 2012-05-31\nurl: null\n---\nBody text');
    expect(header).toEqual({ title: 'Arrest: in Culiacán', publication: 'The Daily', date: '2012-05-31', url: null });
    expect(body).toBe('Body text');
  });
  it('leaves a text without a header alone', () => {
    expect(parseFrontMatter('a.txt', 'Title\n---\nmore')).toEqual({ header: null, body: 'Title\n---\nmore' });
  });
  it.each([
    ['unknown key', '---\ntitle: X\nauthor: Y\n---\n', 'a.txt:3:1: unknown header key "author"'],
    ['repeated key', '---\ndate: 2012-05-31\ndate: 2012-06-01\n---\n', 'a.txt:3:1: header key "date" given twice'],
    ['bad date', '---\ndate: 31/05/2012\n---\n', 'a.txt:2:7: date "31/05/2012" is not a calendar date YYYY-MM-DD'],
    ['impossible date', '---\ndate:   2012-02-30\n---\n', 'a.txt:2:9: date "2012-02-30" is not a calendar date'],
    ['line without a colon', '---\ntitle X\n---\n', 'a.txt:2:1: header line is not "key: value"'],
    ['header never closed', '---\ntitle: X\nBody starts here\n', 'a.txt:3:1: header line is not "key: value"'],
    ['header never closed, keys only', '---\ntitle: X\n', 'a.txt:1:1: header opened with --- is never closed'],
    ['unterminated quote', '---\ntitle: "X\n---\n', 'a.txt:2:8: quoted value has no closing "'],
  ])('%s is an error naming line and column', (_name, text, message) => {
    expect(() => parseFrontMatter('a.txt', text)).toThrow(message);
  });
});

describe('findDate', () => {
  it.each([
    ['Thursday, May 31, 2012\n\nHeadline', '2012-05-31'],
    ['Wednesday, 31 October 2012 15:30\n\nHeadline', '2012-10-31'],
    ['By Jane Doe, Nov. 17, 2020', '2020-11-17'],
    ['Posted 2020-11-18 by staff', '2020-11-18'],
    ['Sept. 3, 2021 — soldiers', '2021-09-03'],
    ['No date here at all.', null],
    ['February 30, 2012 is not a date', null],
  ])('%j → %s', (text, date) => {
    expect(findDate(text)).toBe(date);
  });
  it('ignores dates far below the top', () => {
    expect(findDate(`${'x '.repeat(400)}October 31, 2012`)).toBeNull();
  });
});

/** Furniture kinds found in a text, with the words they cover. */
function kinds(text: string, title?: string) {
  return findFurniture(text, { title }).map((s) => [s.kind, text.slice(s.start, s.end)]);
}

const BODY = 'Soldiers arrested three men in Puerto Lindo on Tuesday, officials said after the raid ended.';

describe('findFurniture', () => {
  it.each([
    ['comments from a count marker to the end', `${BODY}\n\n12 comments\n\nJoe: they live in Lomaria too.`, 'comments', '12 comments\n\nJoe: they live in Lomaria too.'],
    ['comments from "Leave a Reply"', `${BODY}\n\nLeave a Reply\nName\nI was in Lomaria.`, 'comments', 'Leave a Reply\nName\nI was in Lomaria.'],
    ['comments with a "posted by" header', `${BODY}\n\nAnn Lee Friday, 02 March 2012 10:11 posted by Ann Lee\nNice piece.`, 'comments', 'Ann Lee Friday, 02 March 2012 10:11 posted by Ann Lee\nNice piece.'],
    ['numbered indented replies above a late moderation notice', `${BODY}\n\n  1. Great report from Lomaria.\n    Agreed!\n\nComments are moderated, see policy.`, 'comments', '  1. Great report from Lomaria.\n    Agreed!\n\nComments are moderated, see policy.'],
    ['inline see-also line', `${BODY}\n\nSEE ALSO: Lomaria Profile\n\n${BODY}`, 'related', 'SEE ALSO: Lomaria Profile'],
    ['related list of headlines', `${BODY}\n\nRelated articles:\n\nFeds Raid Lomaria Lab\n\nPuerto Lindo Mayor Quits`, 'related', 'Related articles:\n\nFeds Raid Lomaria Lab\n\nPuerto Lindo Mayor Quits'],
    ['"More from" teaser list with date stamps', `${BODY}\n\nMore from the Desk\n\nLOMARIA / 3 MAR 2019\n\nPolice in Lomaria found a tunnel under the…`, 'related', 'More from the Desk\n\nLOMARIA / 3 MAR 2019\n\nPolice in Lomaria found a tunnel under the…'],
    ['donation appeal', `${BODY}\n\nPlease donate to keep our Lomaria bureau open.`, 'appeal', 'Please donate to keep our Lomaria bureau open.'],
    ['newsletter appeal', `${BODY}\n\nSign up for our newsletter.`, 'appeal', 'Sign up for our newsletter.'],
    ['caption with agency credit', `Jane Roe/Reuters: Police at a Lomaria checkpoint.\n\n${BODY}`, 'caption', 'Jane Roe/Reuters: Police at a Lomaria checkpoint.'],
    ['caption credit glued to the caption', `${BODY}\n\nThe mayor of Lomaria in 2019.Jane Roe / Reuters file\n\n${BODY}`, 'caption', 'The mayor of Lomaria in 2019.Jane Roe / Reuters file'],
    ['caption with "Photo:"', `${BODY}\n\nPhoto: The port of Puerto Lindo.\n\n${BODY}`, 'caption', 'Photo: The port of Puerto Lindo.'],
    ['wire caption with a trailing (AP Photo/…)', `${BODY}\n\nSoldiers guard the prison in Lomaria after the escape on Sunday, July 12, while investigators search the tunnel under the shower area that the prisoner used to flee the maximum security compound. (AP Photo/Jane Roe, File)\n\n${BODY}`, 'caption', 'Soldiers guard the prison in Lomaria after the escape on Sunday, July 12, while investigators search the tunnel under the shower area that the prisoner used to flee the maximum security compound. (AP Photo/Jane Roe, File)'],
    ['"FILE -" caption', `${BODY}\n\nFILE - In this Jan. 8, 2016 photo, a man is escorted in Puerto Lindo.\n\n${BODY}`, 'caption', 'FILE - In this Jan. 8, 2016 photo, a man is escorted in Puerto Lindo.'],
    ['copyright notice', `${BODY}\n\nCopyright 2023 Lomaria Wire. All rights reserved.`, 'appeal', 'Copyright 2023 Lomaria Wire. All rights reserved.'],
    ['republication note', `${BODY}\n\nThis article was originally published by Lomaria Today.\n\n${BODY}`, 'banner', 'This article was originally published by Lomaria Today.'],
    ['"Story continues below advertisement"', `${BODY}\n\nStory continues below advertisement\n\n${BODY}`, 'banner', 'Story continues below advertisement'],
    ['share line', `${BODY}\n\nShare this article\n\n${BODY}`, 'banner', 'Share this article'],
    ['breadcrumb above the headline', `HomeNewsLomaria\n\nHeadline Here\n\n${BODY}`, 'banner', 'HomeNewsLomaria'],
    ['site tagline above the headline', `Blog dedicated to news from Lomaria\n\nHeadline Here\n\n${BODY}`, 'banner', 'Blog dedicated to news from Lomaria'],
    ['dateline above the headline', `Friday, 02 March 2012\n\nHeadline Here\n\n${BODY}`, 'byline', 'Friday, 02 March 2012'],
    ['byline', `Headline Here\n\nBy Jane Roe\n\n${BODY}`, 'byline', 'By Jane Roe'],
  ])('%s', (_name, text, kind, covered) => {
    expect(kinds(text)).toContainEqual([kind, covered]);
  });

  it('with a known title, short lines above it are banner', () => {
    expect(kinds(`Lomaria Times\n\nPolice Raid Lab\n\n${BODY}`, 'Police Raid Lab')).toEqual([['banner', 'Lomaria Times']]);
  });

  it.each([
    ['a sentence mentioning comments', `${BODY} The minister declined to make comments on the raid in Lomaria.`],
    ['a sentence mentioning a photo', `${BODY} Investigators said a photo showed him in Lomaria with the cartel's accountant, who was arrested later.`],
    ['an article body only', `${BODY}\n\n${BODY}`],
    ['a donation in the story', `${BODY}\n\nThe cartel made a donation to the church in Lomaria.`],
    ['a prose line starting like a heading', `${BODY}\n\nMore from the seized stash was found in Lomaria later that week by the police.`],
  ])('leaves prose alone: %s', (_name, text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('returns sorted, non-overlapping spans', () => {
    const text = `Site Name\n\nHeadline\n\nSEE ALSO: X\n\n${BODY}\n\nRelated articles:\n\nA Headline\n\n3 comments\n\nhi`;
    const spans = findFurniture(text, { title: 'Headline' });
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
  });
});

describe('stripMarkdown', () => {
  it.each([
    ['## Arrests in *Culiacán*', 'Arrests in Culiacán'],
    ['See [the map](https://example.com/sinaloa).', 'See the map.'],
    ['![Soldiers in Sinaloa](img.png)', 'Soldiers in Sinaloa'],
    ['**Bold** and _italic_ and `code`', 'Bold and italic and code'],
    ['> A quote from Juárez', 'A quote from Juárez'],
    ['---', ''],
    ['[1]: https://example.com', ''],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['<b>raw</b> html', 'raw html'],
    ['S&atilde;o Paulo &amp; Ju&#225;rez &#x4D;exico', 'São Paulo & Juárez Mexico'],
    ['&amp;amp; decodes once, &bogus; stays', '&amp; decodes once, &bogus; stays'],
  ])('%j → %j', (md, text) => {
    expect(stripMarkdown(md).text).toBe(text);
  });
});

describe('parseArticleFile', () => {
  it('uses the header and removes it from the text', () => {
    const a = parseArticleFile('data/corpus/x.txt', '---\ntitle: Arrest in Lomaria\npublication: The Daily\ndate: 2012-05-31\n---\nArrest in Lomaria\n\n' + BODY);
    expect(a).toMatchObject({ id: 'x', title: 'Arrest in Lomaria', publication: 'The Daily', date: '2012-05-31', url: null, source: 'data/corpus/x.txt' });
    expect(a.text.startsWith('Arrest in Lomaria\n')).toBe(true);
  });
  it('without a header infers title (after site chrome), date and publication', () => {
    const a = parseArticleFile('c/y.txt', `Lomaria Daily\n\nThursday, May 31, 2012\n\nPolice Raid Lab in Lomaria\n\n${BODY}\n\nsource: lomariadaily.com`);
    expect(a).toMatchObject({ id: 'y', title: 'Police Raid Lab in Lomaria', date: '2012-05-31', publication: 'lomariadaily.com' });
  });
  it('a text that starts with prose takes its first line as title', () => {
    expect(parseArticleFile('z.txt', BODY).title).toBe(BODY);
  });
  it('a Markdown file takes its # heading as title and image-only lines as captions', () => {
    const a = parseArticleFile('m.md', `# Raid in Lomaria\n\n*By Ana Ruiz* · March 3, 2023\n\n![Soldiers in Puerto Lindo](p.jpg)\n\n${BODY}`);
    expect(a.title).toBe('Raid in Lomaria');
    expect(a.date).toBe('2023-03-03');
    expect(a.furniture.map((f) => [f.kind, a.text.slice(f.start, f.end)])).toEqual([
      ['byline', 'By Ana Ruiz · March 3, 2023'],
      ['caption', 'Soldiers in Puerto Lindo'],
    ]);
  });
  it('strips Markdown syntax from .md files', () => {
    const a = parseArticleFile('m.md', `# Raid in *Lomaria*\n\n${BODY} See [map](http://x/y).`);
    expect(a.title).toBe('Raid in Lomaria');
    expect(a.text).not.toContain('http');
  });
  it.each([
    ['empty file', '', 'e.txt:1:1: no article text'],
    ['header only', '---\ntitle: X\n---\n\n', 'e.txt:1:1: no article text'],
  ])('%s is an error', (_n, raw, message) => {
    expect(() => parseArticleFile('e.txt', raw)).toThrow(message);
  });
  it('bytes and string give the same article', () => {
    const text = `---\ntitle: T\n---\nT\r\n\r\n${BODY}`;
    expect(parseArticleFile('a.txt', new TextEncoder().encode(text))).toEqual(parseArticleFile('a.txt', text));
  });
});
