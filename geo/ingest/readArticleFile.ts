/**
 * One file a reader gives (dropped in the page or named on the command line) → its articles,
 * by the file's kind: `.txt`/`.md` as corpus files, `.html` through Readability, `.jsonl` as
 * exported from the page. Pure: the caller reads the bytes and supplies an inert HTML parser.
 */
import type { Article } from '../types.ts';
import { articlesFromJsonl } from './articlesJsonl.ts';
import { decodeText, SourceError, type SourceNotice } from './decode.ts';
import { htmlArticle } from './htmlArticle.ts';
import { parseArticleFile } from './parseArticleFile.ts';

/** Extensions {@link readArticleFile} reads, for file pickers and folder walks. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.jsonl'] as const;

/**
 * Reads one file into articles: `.txt`/`.md` (and any other name) via `parseArticleFile`,
 * `.html`/`.htm` via decode + {@link htmlArticle}, `.jsonl` one article per line. Fixes made on
 * the way (BOM, CRLF, NUL, invisible characters, decomposed accents) are reported through
 * `onNotice`; anything that stops the file being read throws.
 *
 * @param source the file's name or path, used for ids and in messages ("story.html")
 * @param bytes the file's bytes
 * @param parseHtml parses HTML without running or loading anything (browser: `DOMParser`; Node: linkedom)
 * @param onNotice called for each fix, `{ source, line, column, what }`
 * @throws SourceError `story.html:1:1: no article found in the HTML page`, `x.txt:3:5: not valid UTF-8 …`, `x.png:1:1: not text (a PNG image) …`
 * @example readArticleFile('a.txt', new TextEncoder().encode('Raid\n\nSoldiers arrested three men in Culiacán.'), parseHtml)[0].title // 'Raid'
 */
export function readArticleFile(
  source: string,
  bytes: Uint8Array,
  parseHtml: (html: string) => Document,
  onNotice?: (n: SourceNotice) => void,
): Article[] {
  if (bytes.length === 0) throw new SourceError(source, 1, 1, 'no article text (the file is empty)');
  const ext = /\.[^./\\]+$/.exec(source)?.[0].toLowerCase() ?? '';
  const text = decodeText(source, bytes, onNotice);
  if (text.trim() === '') throw new SourceError(source, 1, 1, 'no article text (the file holds only white space)');
  if (ext === '.html' || ext === '.htm') return [htmlArticle(source, parseHtml(text))];
  if (ext === '.jsonl') return articlesFromJsonl(source, text);
  return [parseArticleFile(source, text)];
}
