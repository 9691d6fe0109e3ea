/**
 * Decodes a corpus file's bytes to the text every offset refers to: strict UTF-8, no BOM,
 * `\n` line endings, NFC.
 */
import { normalizeText, type NormalizeNote } from './normalizeText.ts';

/** An input error that knows where in the file it is (1-based line and column). */
export class SourceError extends Error {
  constructor(
    readonly source: string,
    readonly line: number,
    readonly column: number,
    readonly what: string,
  ) {
    super(`${source}:${line}:${column}: ${what}`);
    this.name = 'SourceError';
  }
}

/** Something {@link decodeText} fixed on the way in: the file is still read. */
export interface SourceNotice {
  source: string;
  line: number;
  column: number;
  what: string;
}

/** `source:line:column: what`, the form every notice and error is printed in. */
export function formatNotice(n: SourceNotice): string {
  return `${n.source}:${n.line}:${n.column}: ${n.what}`;
}

/**
 * Decodes bytes (or passes a string through) and normalises it with {@link normalizeText}:
 * strips a BOM, turns CRLF and lone CR into `\n`, drops NUL, zero-width and bidi control
 * characters, composes to NFC. Invalid UTF-8 is an error naming the line and column of the first
 * bad byte, never a silent U+FFFD; binary data (an image, a PDF, an archive, many control
 * characters) is an error "not text". Each fix is reported through `onNotice` when given.
 *
 * @param source file path used in messages ("data/corpus/x.txt")
 * @param onNotice called once per kind of fix, with where it first happened
 * @example decodeText('a.txt', new TextEncoder().encode('\uFEFFCuliacán, Sinaloa\r\n')) // 'Culiacán, Sinaloa\n'
 */
export function decodeText(source: string, raw: string | Uint8Array, onNotice?: (n: SourceNotice) => void): string {
  let text: string;
  if (typeof raw === 'string') {
    text = raw;
  } else {
    const kind = binaryKind(raw);
    if (kind) throw new SourceError(source, 1, 1, `not text (${kind}); give a .txt, .md, .html or .jsonl file`);
    if ((raw[0] === 0xff && raw[1] === 0xfe) || (raw[0] === 0xfe && raw[1] === 0xff)) {
      throw new SourceError(source, 1, 1, 'UTF-16 text, not UTF-8 (re-save as UTF-8)');
    }
    try {
      // ignoreBOM keeps a leading BOM so that normalizeText reports it.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw);
    } catch {
      const at = firstInvalidByte(raw);
      const { line, column } = lineColumnOfByte(raw, at);
      throw new SourceError(source, line, column, `not valid UTF-8 at byte ${at} (re-save as UTF-8)`);
    }
  }
  const controls = controlShare(text);
  if (controls.share > 0.05 || (controls.count > 32 && controls.share > 0.005)) {
    const { line, column } = lineColumnOfIndex(text, controls.first);
    throw new SourceError(source, line, column, `not text (binary data: ${Math.round(controls.share * 100)}% control characters)`);
  }
  const normalized = normalizeText(text);
  if (onNotice) {
    for (const n of normalized.notes) {
      const { line, column } = lineColumnOfIndex(text, n.first);
      onNotice({ source, line, column, what: describeNote(n) });
    }
  }
  return normalized.text;
}

/**
 * What a normalisation note says to a reader.
 *
 * @example describeNote({ kind: 'crlf', count: 2, first: 4 }) // '2 Windows line endings (CRLF) turned into \\n'
 */
export function describeNote(n: NormalizeNote): string {
  return NOTE_TEXT[n.kind](n.count);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const NOTE_TEXT: Record<NormalizeNote['kind'], (n: number) => string> = {
  bom: () => 'byte-order mark removed',
  crlf: (n) => `${plural(n, 'Windows line ending')} (CRLF) turned into \\n`,
  cr: (n) => `${plural(n, 'old Mac line ending')} (CR) turned into \\n`,
  nul: (n) => `${plural(n, 'NUL character')} removed`,
  'zero-width': (n) => `${plural(n, 'zero-width or invisible character')} removed`,
  bidi: (n) => `${plural(n, 'direction-override (bidi control) character')} removed`,
  decomposed: (n) => `${plural(n, 'decomposed accent')} composed (NFC)`,
};

/** File signatures of common binary formats someone might drop by mistake. */
const SIGNATURES: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a WebP or RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** The name of a known binary format the bytes start with, or null. */
function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, sig] of SIGNATURES) if (sig.every((b, i) => bytes[i] === b)) return name;
  return null;
}

/**
 * Share of C0 control characters (NUL and others, not tab, newline, CR, form feed or escape) in
 * the first 8192 characters, how many, and where the first one is. Text has none or a stray few
 * (kept, NULs removed); binary data has many (more than 5 %, or more than 32 and 0.5 %).
 */
function controlShare(text: string): { share: number; count: number; first: number } {
  const n = Math.min(text.length, 8192);
  let count = 0;
  let first = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) {
      count++;
      if (first < 0) first = i;
    }
  }
  return { share: n === 0 ? 0 : count / n, count, first };
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** 1-based line and column (in characters of the valid prefix) of a byte offset. */
function lineColumnOfByte(bytes: Uint8Array, at: number): { line: number; column: number } {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
  return lineColumnOfIndex(prefix.replace(/\r\n?/g, '\n'), prefix.replace(/\r\n?/g, '\n').length);
}

/**
 * 1-based line and column of a string index.
 *
 * @example lineColumnOfIndex('a\nbc', 3) // { line: 2, column: 2 }
 */
export function lineColumnOfIndex(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text[i] === '\n') { line++; lineStart = i + 1; }
  }
  return { line, column: index - lineStart + 1 };
}
