/** Ingest: corpus file bytes → {@link Article}. */
export { parseArticleFile, articleId } from './parseArticleFile.ts';
export { findFurniture, type FurnitureSpan } from './findFurniture.ts';
export { decodeText, SourceError, lineColumnOfIndex } from './decode.ts';
export { parseFrontMatter, type FrontMatter } from './frontMatter.ts';
export { findDate } from './findDate.ts';
export { stripMarkdown } from './stripMarkdown.ts';
