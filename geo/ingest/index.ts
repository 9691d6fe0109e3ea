/** Ingest: corpus file bytes → {@link Article}. */
export { parseArticleFile, articleId } from './parseArticleFile.ts';
export { findFurniture, type FurnitureSpan } from './findFurniture.ts';
export { decodeText, SourceError, lineColumnOfIndex, formatNotice, describeNote, type SourceNotice } from './decode.ts';
export { parseFrontMatter, type FrontMatter } from './frontMatter.ts';
export { findDate } from './findDate.ts';
export { stripMarkdown } from './stripMarkdown.ts';
export { normalizeText, type NormalizedText, type NormalizeNote } from './normalizeText.ts';
export { htmlArticle } from './htmlArticle.ts';
export { readArticleFile, ARTICLE_EXTENSIONS } from './readArticleFile.ts';
export { articlesToJsonl, articlesFromJsonl, type ArticleRecord } from './articlesJsonl.ts';
export { inertHtml } from './inertHtml.ts';
