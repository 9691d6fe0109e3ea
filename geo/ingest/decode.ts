/**
 * Decodes a corpus file's bytes to the text every offset refers to: strict UTF-8, no BOM,
 * `\n` line endings, NFC.
 */

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

/**
 * Decodes bytes (or passes a string through) and normalises it: strips one BOM, turns CRLF and
 * lone CR into `\n`, composes to NFC, drops invisible and bidi control characters. Invalid UTF-8 is an error naming the line and column of the
 * first bad byte, never a silent U+FFFD.
 *
 * @param source file path used in messages ("data/corpus/x.txt")
 * @example decodeText('a.txt', new TextEncoder().encode('\uFEFFCuliacán, Sinaloa\r\n')) // 'Culiacán, Sinaloa\n'
 */
export function decodeText(source: string, raw: string | Uint8Array): string {
  let text: string;
  if (typeof raw === 'string') {
    text = raw;
  } else {
    try {
      // ignoreBOM: false (default) strips one leading BOM.
      text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      const at = firstInvalidByte(raw);
      const { line, column } = lineColumnOfByte(raw, at);
      throw new SourceError(source, line, column, `not valid UTF-8 at byte ${at} (re-save as UTF-8)`);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\0')) {
    const { line, column } = lineColumnOfIndex(text, text.indexOf('\0'));
    throw new SourceError(source, line, column, 'looks binary (NUL character)');
  }
  return text.replace(/\r\n?/g, '\n').normalize('NFC').replace(INVISIBLE, '');
}

/**
 * Bidi controls (they could reorder what a reader sees: Trojan Source, CVE-2021-42574),
 * zero-width characters, word joiners, stray BOMs and soft hyphens: dropped from the text so
 * that names match and excerpts show what the words are.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

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
