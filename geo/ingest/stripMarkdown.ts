/**
 * Reduces Markdown to the text a reader sees: heading marks, emphasis, code marks, block quotes
 * and link/image syntax go; link text and image alt text stay. Raw HTML tags are dropped as
 * text (never rendered). Line structure is kept, so one Markdown line is one text line and
 * syntax-only lines (rules, fences, link definitions) become blank lines.
 */

/**
 * @example stripMarkdown('## Arrests in *Culiacán*\nSee [the map](https://example.com/sinaloa).') // 'Arrests in Culiacán\nSee the map.'
 */
export function stripMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => {
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
        .replace(/`([^`]+)`/g, '$1');
    })
    .join('\n');
}
