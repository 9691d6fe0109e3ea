/**
 * An HTML page → {@link Article}: the article's text picked out by `@mozilla/readability`, over a
 * document the caller parsed inertly (a `DOMParser` document runs no script and loads nothing;
 * this module only reads text and attributes, never fetches, never inserts markup anywhere).
 */
import { Readability } from '@mozilla/readability';
import type { Article } from '../types.ts';
import { SourceError } from './decode.ts';
import { findDate } from './findDate.ts';
import { findFurniture } from './findFurniture.ts';
import { isIsoDate } from './frontMatter.ts';
import { normalizeText } from './normalizeText.ts';
import { articleId } from './parseArticleFile.ts';

/**
 * Reduces a parsed HTML page to its article. The title is the page's headline (as Readability
 * reads it: `og:title`, `<title>` without the site name, or the `<h1>`), the publication the site
 * name (`og:site_name`), the date `article:published_time` (or the first full date near the top,
 * as for `.txt` files), the url the canonical link. The text starts with the headline line, as a
 * corpus file does, with paragraphs separated by blank lines; figure captions are furniture.
 * The document is changed by Readability: pass a fresh one.
 *
 * @param source file name used for the id and in messages ("story.html")
 * @param doc a document parsed without running it (`new DOMParser().parseFromString(html, 'text/html')`)
 * @throws SourceError `story.html:1:1: no article found in the HTML page`
 * @example htmlArticle('a.html', new DOMParser().parseFromString('<h1>Raid</h1><p>Soldiers arrested three men in Culiacán.</p>', 'text/html')).title // 'Raid'
 */
export function htmlArticle(source: string, doc: Document): Article {
  const url = canonicalUrl(doc);
  const metaDate = metaContent(doc, ['article:published_time', 'og:published_time', 'datePublished', 'date', 'dc.date']);
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  } catch {
    parsed = null;
  }
  const noArticle = () => new SourceError(source, 1, 1, 'no article found in the HTML page');
  if (!parsed || !parsed.content) throw noArticle();

  const captions: string[] = [];
  const body = blockText(parsed.content, captions);
  const siteName = oneLine(parsed.siteName ?? '') || null;
  const title = withoutSiteName(oneLine(parsed.title ?? ''), siteName) || null;
  const joined = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  const text = normalizeText(joined).text;
  if (!hasProse(text)) throw noArticle();

  const headline = title ?? text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')).slice(0, 120);
  const furniture = mergeCaptions(text, findFurniture(text, { title: headline }), captions);
  const published = (parsed.publishedTime ?? metaDate ?? '').slice(0, 10);
  return {
    id: articleId(source),
    title: normalizeText(headline).text,
    publication: siteName,
    date: isIsoDate(published) ? published : findDate(text),
    url,
    text,
    furniture,
    source,
  };
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'img', 'picture', 'source', 'button', 'select', 'input', 'textarea']);

/**
 * The text of a DOM subtree, one paragraph per block element (blank line between), `<br>` as a
 * line break, runs of white space collapsed outside `<pre>`. Figure captions are collected.
 */
function blockText(root: Node, captions: string[]): string {
  const out: string[] = [];
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      out.push(pre ? v : v.replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : '';
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) out.push('\n\n');
    else if (tag === 'td' || tag === 'th') out.push(' ');
    const mark = out.length;
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, pre || tag === 'pre');
    if (tag === 'figcaption') {
      const caption = oneLine(out.slice(mark).join(''));
      if (caption) captions.push(caption);
    }
    if (block) out.push('\n\n');
  };
  walk(root, false);
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** A line of at least five words that ends like a sentence: the page has an article. */
function hasProse(text: string): boolean {
  return text.split('\n').some((l) => /[.!?…"”’)»]\s*$/.test(l) && l.trim().split(/\s+/).length >= 5);
}

/**
 * A page title without the site name Readability leaves on short titles ("Raid in Lomaria | The
 * Daily" → "Raid in Lomaria"), when the site name is known.
 */
function withoutSiteName(title: string, siteName: string | null): string {
  if (!siteName) return title;
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » ']) {
    if (title.endsWith(`${sep}${siteName}`) && title.length > sep.length + siteName.length) return title.slice(0, -(sep.length + siteName.length)).trim();
    if (title.startsWith(`${siteName}${sep}`) && title.length > sep.length + siteName.length) return title.slice(sep.length + siteName.length).trim();
  }
  return title;
}

/** Collapses white space to single spaces and trims. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The canonical address (`<link rel=canonical>` or `og:url`) when it is an absolute http(s) URL. */
function canonicalUrl(doc: Document): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, ['og:url']);
  return href && /^https?:\/\/\S+$/i.test(href.trim()) ? href.trim() : null;
}

/** The content of the first `<meta property|name=…>` among `names`. */
function metaContent(doc: Document, names: string[]): string | null {
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    if (names.some((n) => n.toLowerCase() === key)) {
      const v = meta.getAttribute('content');
      if (v && v.trim()) return v.trim();
    }
  }
  return null;
}

/** Adds a caption span for each figure caption's line that no furniture span covers yet. */
function mergeCaptions(text: string, furniture: Article['furniture'], captions: string[]): Article['furniture'] {
  const out = [...furniture];
  let from = 0;
  for (const c of captions) {
    const caption = normalizeText(c).text;
    const at = text.indexOf(caption, from);
    if (at < 0) continue;
    from = at + caption.length;
    const span = { start: at, end: at + caption.length, kind: 'caption' as const };
    if (!out.some((o) => span.start < o.end && o.start < span.end)) out.push(span);
  }
  return out.sort((a, b) => a.start - b.start);
}
