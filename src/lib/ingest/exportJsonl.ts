/**
 * "Export articles": the shared `.jsonl` format `npm run ingest` reads, one JSON object per line,
 * `{"id","title","publication","date","url","text"}`, null where unknown.
 */
import type { Article } from '../../../geo/types.ts';

/** The articles as `.jsonl` text (ends with a newline when not empty). */
export function toJsonl(articles: readonly Article[]): string {
  return articles
    .map((a) => JSON.stringify({ id: a.id, title: a.title, publication: a.publication ?? null, date: a.date ?? null, url: a.url ?? null, text: a.text }) + '\n')
    .join('');
}
