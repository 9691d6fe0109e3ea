/**
 * What the "Add articles" dialog turns into articles: pasted text with its optional fields, and
 * files (`.txt`, `.md`, `.html`, `.jsonl`), read as `npm run build:data` reads corpus files.
 * HTML is parsed into an inert document (`DOMParser`: no script runs, nothing loads).
 */
import { slugify } from '../../../geo/ingest/corpusFile.ts';
import { parseArticleFile } from '../../../geo/ingest/parseArticleFile.ts';
import { ARTICLE_EXTENSIONS, readArticleFile } from '../../../geo/ingest/readArticleFile.ts';
import { SourceError, type SourceNotice } from '../../../geo/ingest/decode.ts';
import type { Article } from '../../../geo/types.ts';
import { fnv1a } from '../fnv1a.ts';

/** Largest file accepted, bytes (the 20 MB file must pass). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** Extensions the page reads. */
export const ACCEPT = ARTICLE_EXTENSIONS.join(',');

/** The dialog's fields. */
export interface PastedArticle {
  text: string;
  title?: string;
  publication?: string;
  date?: string;
}

/**
 * An added article's id: a slug of its title and a hash of its text, so the same article added
 * twice is one article, and an added article never takes a built-in article's id.
 *
 * @example userArticleId({ title: 'Arrest in Culiacán', text: '…' }) // 'arrest-in-culiacan-1k3x9q'
 */
export function userArticleId(a: Pick<Article, 'title' | 'text'>): string {
  return `${slugify(a.title, 48)}-${fnv1a(a.text).toString(36).padStart(7, '0')}`;
}

/** Gives an article its user id and where it came from. */
export function asUserArticle(a: Article, source: string): Article {
  return { ...a, source, id: userArticleId(a) };
}

/**
 * The pasted text as an article: metadata read from the text as for a `.txt` file, each field
 * given in the dialog winning.
 *
 * @throws SourceError when the text is empty, or a field is malformed
 */
export function articleFromPaste(p: PastedArticle): Article {
  const source = 'pasted text';
  if (p.text.trim() === '') throw new SourceError(source, 1, 1, 'no article text');
  const date = p.date?.trim() || null;
  if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new SourceError('Date', 1, 1, `"${date}" is not a date (YYYY-MM-DD)`);
  const a = parseArticleFile(source, p.text);
  return asUserArticle(
    {
      ...a,
      title: p.title?.trim() || a.title,
      publication: p.publication?.trim() || a.publication,
      date: date ?? a.date,
    },
    source,
  );
}

/** Whether the page must read this file itself (HTML needs its `DOMParser`); others can go to the worker. */
export const isHtmlName = (name: string) => /\.html?$/i.test(name);

/** @throws SourceError when a file is larger than {@link MAX_FILE_BYTES} */
export function checkSize(name: string, size: number): void {
  if (size > MAX_FILE_BYTES) {
    throw new SourceError(name, 1, 1, `${(size / 1048576).toFixed(1)} MB exceeds the ${MAX_FILE_BYTES / 1048576} MB limit`);
  }
}

/**
 * Reads one file into articles (a `.jsonl` export may hold many) with `readArticleFile`, the
 * reader `npm run ingest` uses: `.txt`/`.md` as corpus files, `.html` through Readability.
 *
 * @param parseHtml parses HTML into an inert document (`new DOMParser().parseFromString(html, 'text/html')`)
 * @throws SourceError naming the file (and line and column where there is one)
 */
export function articlesFromFile(
  name: string,
  bytes: Uint8Array,
  parseHtml: (html: string) => Document,
  onNotice?: (n: SourceNotice) => void,
): Article[] {
  checkSize(name, bytes.length);
  // Any other name is read as text: a picture or other binary file is then named "not text".
  return readArticleFile(name, bytes, parseHtml, onNotice).map((a) => asUserArticle(a, name));
}
