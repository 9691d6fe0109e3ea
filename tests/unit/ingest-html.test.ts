import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../geo/ingest/htmlArticle.ts';
import { inertHtml } from '../../geo/ingest/inertHtml.ts';
import { parseHtmlInNode } from '../../geo/ingest/parseHtml.node.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');
const article = (source: string, html: string) => htmlArticle(source, parseHtmlInNode(html));

describe('an HTML page is reduced to its article', () => {
  const a = article('raid.html', fixture('raid.html'));

  it('reads the headline, site name, published date and canonical link from the page', () => {
    expect(a).toMatchObject({
      id: 'raid',
      title: 'Soldiers raid drug lab near Lomaria',
      publication: 'The Lomaria Daily',
      date: '2023-03-04',
      url: 'https://lomaria.example/raid',
      source: 'raid.html',
    });
  });
  it('starts the text with the headline line and keeps the paragraphs apart', () => {
    expect(a.text.split('\n')[0]).toBe('Soldiers raid drug lab near Lomaria');
    expect(a.text).toContain('officials said after the raid ended. The army said the men worked for a local cell.\n\nSoldiers outside the lab');
  });
  it('a <br> is a line break and entities are decoded', () => {
    expect(a.text).toContain('planned & whether the lab supplied other cities in the region.\nThe investigation continues.');
  });
  it.each([
    ['navigation', 'About us'],
    ['script', '__ran'],
    ['style', 'background'],
    ['footer', '© 2023'],
    ['image address', 'never-loaded'],
  ])('leaves out the page %s', (_what, words) => {
    expect(a.text).not.toContain(words);
  });
  it('marks a figure caption as furniture', () => {
    expect(a.furniture.map((f) => [f.kind, a.text.slice(f.start, f.end)])).toContainEqual(['caption', 'Soldiers outside the lab in Puerto Lindo. Jane Roe / Reuters']);
  });
});

describe('metadata falls back as for .txt files', () => {
  it.each([
    ['no meta date: the first full date near the top', '<h1>Raid in Lomaria</h1><p>March 3, 2023</p><p>Soldiers arrested three men in Puerto Lindo on Tuesday.</p>', { date: '2023-03-03' }],
    ['a meta date that is not a date: the first full date', '<meta property="article:published_time" content="yesterday"><p>Posted 2020-11-18 by staff.</p><p>Soldiers arrested three men in Puerto Lindo on Tuesday.</p>', { date: '2020-11-18' }],
    ['no site name: no publication', '<p>Soldiers arrested three men in Puerto Lindo on Tuesday.</p>', { publication: null, url: null }],
    ['a relative canonical link is no url', '<link rel="canonical" href="/raid"><p>Soldiers arrested three men in Puerto Lindo on Tuesday.</p>', { url: null }],
    ['no <title>: the <h1>', '<h1>Raid in Lomaria</h1><p>Soldiers arrested three men in Puerto Lindo on Tuesday.</p>', { title: 'Raid in Lomaria' }],
  ])('%s', (_name, html, expected) => {
    expect(article('s.html', html)).toMatchObject(expected);
  });
});

describe('hostile markup stays text', () => {
  it('a title and body holding markup come out as the literal characters', () => {
    const a = article('x.html', '<title>&lt;img src=x onerror=alert(1)&gt; in Lomaria</title><p>Soldiers wrote &lt;script&gt;alert(1)&lt;/script&gt; on a wall in Puerto Lindo on Tuesday.</p>');
    expect(a.title).toBe('<img src=x onerror=alert(1)> in Lomaria');
    expect(a.text).toContain('Soldiers wrote <script>alert(1)</script> on a wall in Puerto Lindo on Tuesday.');
  });
  it('text behind direction overrides and zero-width characters is normalised like .txt', () => {
    const a = article('x.html', '<p>Soldiers arrested three men in Pue&#8203;rto Lin&#x202E;do and Jua\u0301rez on Tuesday.</p>');
    expect(a.text).toContain('Soldiers arrested three men in Puerto Lindo and Juárez on Tuesday.');
  });
});

describe('a page with no article is an error naming the file', () => {
  it.each([
    ['navigation only', fixture('no-article.html')],
    ['an empty body', '<html><head><title>T</title></head><body></body></html>'],
    ['words but no sentence', '<ul><li>Home</li><li>News</li><li>Sport</li></ul>'],
  ])('%s', (_name, html) => {
    expect(() => article('page.html', html)).toThrow('page.html:1:1: no article found in the HTML page');
  });
});

describe('the site name is not part of the headline', () => {
  it.each([
    ['<title>Raid in Lomaria | Daily</title><meta property="og:site_name" content="Daily">', 'Raid in Lomaria'],
    ['<title>Daily - Raid in Lomaria</title><meta property="og:site_name" content="Daily">', 'Raid in Lomaria'],
    ['<title>Raid in Lomaria | Daily</title>', 'Raid in Lomaria | Daily'],
    ['<title>Daily</title><meta property="og:site_name" content="Daily">', 'Daily'],
  ])('%s → %s', (head, title) => {
    expect(article('x.html', `<html><head>${head}</head><body><p>Soldiers arrested three men in Puerto Lindo on Tuesday.</p></body></html>`).title).toBe(title);
  });
});

describe('inertHtml renames event-handler attributes before parsing, and nothing else', () => {
  it.each([
    ['<img src=x onerror="alert(1)">', '<img src=x data-inert-onerror="alert(1)">'],
    ["<body onload='go()' class=a>", "<body data-inert-onload='go()' class=a>"],
    ['<img/onerror=alert(1) src=y>', '<img/data-inert-onerror=alert(1) src=y>'],
    ['<a title="a>b onclick=x" onclick=x()>t</a>', '<a title="a>b onclick=x" data-inert-onclick=x()>t</a>'],
    ['<svg><animate OnBegin="x()"/></svg>', '<svg><animate data-inert-OnBegin="x()"/></svg>'],
    ['<img src=y.png/onerror=alert(1)>', '<img src=y.png/onerror=alert(1)>'],
    ['<p>Write onclick="x" in text, or <b>only</b> text.</p>', '<p>Write onclick="x" in text, or <b>only</b> text.</p>'],
    ['<p data-once=1 one="two">', '<p data-once=1 data-inert-one="two">'],
  ])('%s', (html, expected) => {
    expect(inertHtml(html)).toBe(expected);
  });
  it('a page whose handlers were renamed gives the same article', () => {
    const html = fixture('raid.html');
    expect(inertHtml(html)).not.toBe(html);
    expect(article('raid.html', inertHtml(html))).toEqual(article('raid.html', html));
  });
});
