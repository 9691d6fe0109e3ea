/**
 * One file a reader gives (dropped in the page or named on the command line) → its articles,
 * by the file's kind: `.txt`/`.md` as corpus files, `.html` through Readability, `.jsonl` as
 * exported from the page. Pure: the caller reads the bytes and supplies an inert HTML parser.
 */
import type { Article } from '../types.ts';
import { articlesFromJsonl } from './articlesJsonl.ts';
import { decodeText, lineColumnOfIndex, SourceError, type SourceNotice } from './decode.ts';
import { htmlArticle } from './htmlArticle.ts';
import { inertHtml } from './inertHtml.ts';
import { parseArticleFile } from './parseArticleFile.ts';

/** Extensions {@link readArticleFile} reads, for file pickers and folder walks. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.jsonl'] as const;

/**
 * Reads one file into articles: `.txt`/`.md` (and any other name) via `parseArticleFile`,
 * `.html`/`.htm` via decode + {@link inertHtml} (event-handler attributes renamed, so parsing
 * them raises no CSP report) + {@link htmlArticle}, `.jsonl` one article per line. Fixes made on
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
  const isHtml = ext === '.html' || ext === '.htm';
  const text = isHtml ? decodeHtml(source, bytes, onNotice) : decodeText(source, bytes, onNotice);
  if (text.trim() === '') throw new SourceError(source, 1, 1, 'no article text (the file holds only white space)');
  if (isHtml) return [htmlArticle(source, parseHtml(inertHtml(text)))];
  if (ext === '.jsonl') return articlesFromJsonl(source, text, onNotice);
  return [parseArticleFile(source, text)];
}

/**
 * An HTML file's text: UTF-8 as every other file, or, when it is not UTF-8 and the page declares
 * another charset in its first 1024 bytes (`<meta charset=windows-1252>`, or the http-equiv
 * form), decoded as declared, with a notice saying so.
 */
function decodeHtml(source: string, bytes: Uint8Array, onNotice?: (n: SourceNotice) => void): string {
  try {
    return decodeText(source, bytes, onNotice);
  } catch (err) {
    if (!(err instanceof SourceError) || !err.what.startsWith('not valid UTF-8')) throw err;
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
    const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
    if (!m || /^utf-?8$/i.test(m[1])) throw err;
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(m[1].toLowerCase());
    } catch {
      throw new SourceError(source, err.line, err.column, `${err.what}; the page declares charset "${m[1]}", which cannot be decoded here`);
    }
    const { line, column } = lineColumnOfIndex(head, m.index + m[0].length - m[1].length);
    onNotice?.({ source, line, column, what: `not UTF-8: decoded as ${decoder.encoding}, the charset the page declares` });
    return decodeText(source, decoder.decode(bytes), onNotice);
  }
}
