/**
 * Reduces Markdown to the text a reader sees: heading marks, emphasis, code marks, block quotes
 * and link/image syntax go; link text and image alt text stay. Raw HTML tags are dropped as
 * text (never rendered); HTML entities are decoded once. Line structure is kept, so one Markdown line is one text line and
 * syntax-only lines (rules, fences, link definitions) become blank lines.
 */
import type { Span } from '../types.ts';

/** Plain text of a Markdown document, its first `# ` heading, and the lines that were only images. */
export interface StrippedMarkdown {
  text: string;
  /** Text of the first first-level heading, or null. */
  heading: string | null;
  /** Spans (in `text`) of lines that held only an image: their alt text is a caption. */
  images: Span[];
}

/**
 * @example stripMarkdown('## Arrests in *Culiacán*\nSee [the map](https://example.com/sinaloa).').text // 'Arrests in Culiacán\nSee the map.'
 */
export function stripMarkdown(markdown: string): StrippedMarkdown {
  let heading: string | null = null;
  const images: Span[] = [];
  let offset = 0;
  const lines = markdown.split('\n').map((line) => {
    const out = stripLine(line);
    if (heading === null && /^\s{0,3}#\s+\S/.test(line) && out.trim() !== '') heading = out.trim();
    if (/^\s*!\[[^\]]*\]\([^)]*\)\s*$/.test(line) && out.trim() !== '') images.push({ start: offset, end: offset + out.length });
    offset += out.length + 1;
    return out;
  });
  return { text: lines.join('\n'), heading, images };
}

/** One Markdown line to text. */
function stripLine(line: string): string {
  if (/^\s*(?:[-*_]\s*){3,}$/.test(line)) return ''; // thematic break
  if (/^\s*(?:```|~~~)/.test(line)) return ''; // code fence
  if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) return ''; // link reference definition
  if (/^\s*(?:=+|-+)\s*$/.test(line)) return ''; // setext underline
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s{0,3}(?:>\s?)+/, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, '$1')
    .replace(/(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w])/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, decodeEntity);
}

/** Common named entities; numeric ones are decoded by code point. Unknown ones stay as written. */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó',
  uacute: 'ú', ntilde: 'ñ', uuml: 'ü', Aacute: 'Á', Eacute: 'É', Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú',
  Ntilde: 'Ñ', atilde: 'ã', otilde: 'õ', ccedil: 'ç',
};

function decodeEntity(whole: string, body: string): string {
  if (body[0] === '#') {
    const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
  }
  return ENTITIES[body] ?? whole;
}
