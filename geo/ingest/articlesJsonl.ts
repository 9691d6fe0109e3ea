/**
 * The exchange format between the page and the command line: one JSON object per line,
 * `{"id","title","publication","date","url","text"}`, null where unknown. "Export articles" in
 * the page writes it; `npm run ingest` reads it.
 */
import type { Article } from '../types.ts';
import { describeNote, lineColumnOfIndex, SourceError, type SourceNotice } from './decode.ts';
import { findFurniture } from './findFurniture.ts';
import { isIsoDate } from './frontMatter.ts';
import { normalizeText } from './normalizeText.ts';

/** One line of the export. */
export interface ArticleRecord {
  id: string | null;
  title: string | null;
  publication: string | null;
  date: string | null;
  url: string | null;
  text: string;
}

const KEYS = ['id', 'title', 'publication', 'date', 'url', 'text'] as const;

/**
 * Writes articles as JSON lines (keys in a fixed order, one `\n` after each line).
 *
 * @example articlesToJsonl([{ id: 'a', title: 'T', publication: null, date: null, url: null, text: 'x' }]) // '{"id":"a","title":"T","publication":null,"date":null,"url":null,"text":"x"}\n'
 */
export function articlesToJsonl(articles: ReadonlyArray<Pick<Article, 'title' | 'text'> & Partial<Pick<Article, 'id' | 'publication' | 'date' | 'url'>>>): string {
  return articles
    .map((a) => {
      const record: ArticleRecord = {
        id: a.id ?? null,
        title: a.title ?? null,
        publication: a.publication ?? null,
        date: a.date ?? null,
        url: a.url ?? null,
        text: a.text,
      };
      return `${JSON.stringify(record, KEYS as unknown as string[])}\n`;
    })
    .join('');
}

/**
 * Reads JSON lines back into articles. Blank lines are skipped. The text is normalised as a
 * `.txt` file's is and its furniture found; an article without an id takes `<file>-<line>`.
 * A line that is not a JSON object with a non-empty string `text`, a field of the wrong type,
 * an unknown key or a bad date throws, naming the line (and the column JSON gives).
 *
 * @param source file name for messages and ids ("articles.jsonl")
 * @param text the decoded file
 * @param onNotice called for each fix normalisation made inside a line's fields (line, column 1)
 * @throws SourceError `articles.jsonl:3:17: not JSON (Unexpected token …)`
 */
export function articlesFromJsonl(source: string, text: string, onNotice?: (n: SourceNotice) => void): Article[] {
  const out: Article[] = [];
  const base = (source.split(/[\\/]/).pop() ?? source).replace(/\.[^.]+$/, '');
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      const column = lineColumnOfIndex(line, jsonErrorIndex(line)).column;
      throw new SourceError(source, lineNo, column, `not JSON (${(err as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new SourceError(source, lineNo, 1, 'not a JSON object {"id","title","publication","date","url","text"}');
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!(KEYS as readonly string[]).includes(key)) throw new SourceError(source, lineNo, 1, `unknown key "${key}" (allowed: ${KEYS.join(', ')})`);
    }
    for (const key of KEYS) {
      const v = record[key];
      if (v !== undefined && v !== null && typeof v !== 'string') throw new SourceError(source, lineNo, 1, `"${key}" must be a string or null`);
    }
    const str = (key: (typeof KEYS)[number]) => {
      const v = record[key] as string | null | undefined;
      return v === undefined || v === null || v.trim() === '' ? null : normalizeText(v.replace(/\s+/g, ' ').trim()).text;
    };
    const normalized = normalizeText(typeof record.text === 'string' ? record.text : '');
    if (onNotice) for (const n of normalized.notes) onNotice({ source, line: lineNo, column: 1, what: `"text": ${describeNote(n)}` });
    const body = normalized.text;
    if (body.trim() === '') throw new SourceError(source, lineNo, 1, 'no article text ("text" is missing or empty)');
    const date = str('date');
    if (date !== null && !isIsoDate(date)) throw new SourceError(source, lineNo, 1, `date "${date}" is not a calendar date YYYY-MM-DD`);
    const title = str('title') ?? oneLine(body.slice(0, 120));
    out.push({
      id: str('id') ?? `${base}-${lineNo}`,
      title,
      publication: str('publication'),
      date,
      url: str('url'),
      text: body,
      furniture: findFurniture(body, { title }),
      source: `${source}#${lineNo}`,
    });
  }
  if (out.length === 0) throw new SourceError(source, 1, 1, 'no articles (the file has no JSON lines)');
  return out;
}

function oneLine(s: string): string {
  return s.split('\n').find((l) => l.trim() !== '')?.trim() ?? s.trim();
}

/**
 * Index of the first character at which a JSON text goes wrong (the engine's message does not
 * always say): a small scanner that follows the JSON grammar and stops at the first surprise.
 *
 * @example jsonErrorIndex('{"text": nope}') // 9
 */
export function jsonErrorIndex(s: string): number {
  let i = 0;
  const ws = () => {
    while (i < s.length && ' \t\n\r'.includes(s[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const str = () => {
    if (s[i] !== '"') fail();
    i++;
    while (i < s.length && s[i] !== '"') {
      if (s.charCodeAt(i) < 0x20) fail();
      if (s[i] === '\\') {
        i++;
        if (s[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(s[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= s.length) fail();
    i++;
  };
  const value = (): void => {
    ws();
    const c = s[i];
    if (c === '{') {
      i++;
      ws();
      if (s[i] === '}') { i++; return; }
      for (;;) {
        ws();
        str();
        ws();
        if (s[i] !== ':') fail();
        i++;
        value();
        ws();
        if (s[i] === ',') { i++; continue; }
        if (s[i] === '}') { i++; return; }
        fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (s[i] === ']') { i++; return; }
      for (;;) {
        value();
        ws();
        if (s[i] === ',') { i++; continue; }
        if (s[i] === ']') { i++; return; }
        fail();
      }
    } else if (c === '"') str();
    else {
      const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(s.slice(i, i + 400));
      if (!m) fail();
      i += m![0].length;
    }
  };
  try {
    value();
    ws();
    return i < s.length ? i : s.length;
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, s.length) : 0;
  }
}
