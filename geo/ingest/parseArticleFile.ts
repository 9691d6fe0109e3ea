/**
 * Turns one corpus file into an {@link Article}: decode, header, Markdown, metadata, furniture.
 */
import type { Article } from '../types.ts';
import { decodeText, SourceError, type SourceNotice } from './decode.ts';
import { findDate } from './findDate.ts';
import { findFurniture } from './findFurniture.ts';
import { parseFrontMatter } from './frontMatter.ts';
import { stripMarkdown } from './stripMarkdown.ts';

/**
 * Parses a `.txt` or `.md` corpus file. The article id is the file name without extension.
 * Without a metadata header the title is the first line that is not a banner, the date the
 * first full date near the top, the publication a "source: nbcnews.com"-style line.
 *
 * @param source path relative to the corpus folder's parent, used in messages and as `source` ("data/corpus/x.txt")
 * @param raw the file's bytes (or already-decoded text)
 * @param onNotice called for each fix decoding made (BOM, CRLF, NUL, invisible characters, decomposed accents)
 * @throws SourceError `data/corpus/x.txt:7:3: not valid UTF-8 …` and other header/encoding errors
 * @example parseArticleFile('data/corpus/a.txt', '---\ntitle: Arrest in Culiacán\n---\nSoldiers arrested him in Culiacán, Sinaloa.').title // 'Arrest in Culiacán'
 */
export function parseArticleFile(source: string, raw: string | Uint8Array, onNotice?: (n: SourceNotice) => void): Article {
  const decoded = decodeText(source, raw, onNotice);
  const { header, body } = parseFrontMatter(source, decoded);
  const isMarkdown = /\.(?:md|markdown)$/i.test(source);
  const md = isMarkdown ? stripMarkdown(body) : null;
  const text = md ? md.text : body;
  if (text.trim() === '') {
    throw new SourceError(source, 1, 1, 'no article text (the file is empty after the header)');
  }
  const id = articleId(source);
  // A Markdown file's first-level heading is its headline.
  const titleGuess = header?.title ?? md?.heading ?? null;
  let furniture = findFurniture(text, { title: titleGuess });
  const title = titleGuess ?? firstTitleLine(text, furniture) ?? id;
  if (!titleGuess) furniture = findFurniture(text, { title });
  if (md && md.images.length > 0) furniture = mergeSpans(furniture, md.images.map((s) => ({ ...s, kind: 'caption' as const })));
  return {
    id,
    title,
    publication: header?.publication !== undefined ? header.publication : findPublication(text),
    date: header?.date !== undefined ? header.date : findDate(text),
    url: header?.url !== undefined ? header.url : findUrl(text),
    text,
    furniture,
    source,
  };
}

/**
 * The article id: the file's base name without extension.
 *
 * @example articleId('data/corpus/nbc-barr-cienfuegos-2020-11-17.txt') // 'nbc-barr-cienfuegos-2020-11-17'
 */
export function articleId(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  return base.replace(/\.[^.]+$/, '');
}

/**
 * Scraped pages put site chrome (site name, tagline, breadcrumbs, dateline) above the headline,
 * so the headline is the last short, non-furniture line before the first line of prose; a text
 * that starts with prose gets its first line (cut at 120 characters).
 */
function firstTitleLine(text: string, furniture: Array<{ start: number; end: number }>): string | null {
  let start = 0;
  let candidate: string | null = null;
  let first: string | null = null;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const t = line.trim();
    const inFurniture = furniture.some((f) => f.start <= start && end <= f.end);
    start = end + 1;
    if (t === '' || inFurniture) continue;
    first ??= t;
    const prose = t.length > 130 || (/[.!?”"’)]$/.test(t) && t.split(/\s+/).length >= 8 && !/\?$/.test(t));
    if (prose) break;
    candidate = t;
  }
  const pick = candidate ?? first;
  return pick === null ? null : pick.length > 120 ? `${pick.slice(0, 119)}…` : pick;
}

function findPublication(text: string): string | null {
  const m = /^[ \t]*(?:source|via|from|publication)[ \t]*:[ \t]*(\S[^\n]{0,80}?)[ \t]*$/im.exec(text);
  return m ? m[1] : null;
}

function findUrl(text: string): string | null {
  const m = /^[ \t]*(?:url|source|link)[ \t]*:[ \t]*(https?:\/\/\S+)[ \t]*$/im.exec(text);
  return m ? m[1] : null;
}

/** Adds spans that do not overlap existing ones, keeping the result sorted. */
function mergeSpans<T extends { start: number; end: number }>(a: T[], b: T[]): T[] {
  const out = [...a];
  for (const s of b) if (!out.some((o) => s.start < o.end && o.start < s.end)) out.push(s);
  return out.sort((x, y) => x.start - y.start);
}
