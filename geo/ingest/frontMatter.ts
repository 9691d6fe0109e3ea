/**
 * The optional metadata header at the top of a corpus file:
 *
 * ```
 * ---
 * title: Adding to Unease of a Drug War Alliance
 * publication: Borderland Beat
 * date: 2012-05-31
 * url: null
 * ---
 * ```
 *
 * One `key: value` per line; values may be wrapped in double quotes; `null` or an empty value
 * means "not known". Unknown or repeated keys, a bad date or a missing closing `---` are errors
 * that name the line and column, so a typo never silently becomes article text.
 */
import { SourceError } from './decode.ts';

/** The header's fields; absent keys are `undefined`, explicit nulls are `null`. */
export interface FrontMatter {
  title?: string | null;
  publication?: string | null;
  date?: string | null;
  url?: string | null;
}

const KEYS = new Set(['title', 'publication', 'date', 'url']);

/**
 * Splits a leading `---` header off normalised text.
 *
 * @param source file path for messages
 * @param text decoded text (`\n` line endings)
 * @returns the header (or null when the file has none) and the text after the closing `---` line
 * @example parseFrontMatter('a.txt', '---\ndate: 2012-05-31\n---\nCuliacán, Sinaloa') // { header: { date: '2012-05-31' }, body: 'Culiacán, Sinaloa' }
 */
export function parseFrontMatter(source: string, text: string): { header: FrontMatter | null; body: string } {
  if (!/^---[ \t]*\n/.test(text)) return { header: null, body: text };
  const lines = text.split('\n');
  const header: FrontMatter = {};
  let offset = lines[0].length + 1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const lineNo = i + 1;
    if (/^---[ \t]*$/.test(line)) {
      return { header, body: text.slice(offset + line.length + 1) };
    }
    offset += line.length + 1;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/.exec(line);
    if (!m) {
      throw new SourceError(source, lineNo, 1, `header line is not "key: value" (got ${JSON.stringify(line.slice(0, 40))}; close the header with ---)`);
    }
    const key = m[1];
    if (!KEYS.has(key)) {
      throw new SourceError(source, lineNo, 1, `unknown header key "${key}" (allowed: title, publication, date, url)`);
    }
    const k = key as keyof FrontMatter;
    if (header[k] !== undefined) {
      throw new SourceError(source, lineNo, 1, `header key "${key}" given twice`);
    }
    const valueCol = key.length + 2 + (m[2].length - m[2].trimStart().length);
    const value = unquote(source, lineNo, valueCol, m[2].trim());
    if (k === 'date' && value !== null && !isIsoDate(value)) {
      throw new SourceError(source, lineNo, valueCol, `date "${value}" is not a calendar date YYYY-MM-DD`);
    }
    if (k === 'title' && value === null) {
      throw new SourceError(source, lineNo, valueCol, 'title is empty (omit the key to take the first line)');
    }
    header[k] = value;
  }
  throw new SourceError(source, 1, 1, 'header opened with --- is never closed (add a --- line after the last key)');
}

function unquote(source: string, line: number, col: number, raw: string): string | null {
  if (raw === '' || raw === 'null' || raw === '~') return null;
  if (raw.startsWith('"')) {
    if (raw.length < 2 || !raw.endsWith('"')) {
      throw new SourceError(source, line, col, 'quoted value has no closing "');
    }
    return raw.slice(1, -1).replace(/\\(["\\])/g, '$1');
  }
  return raw;
}

/**
 * True for a real calendar date written `YYYY-MM-DD`.
 *
 * @example isIsoDate('2012-02-30') // false
 */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
