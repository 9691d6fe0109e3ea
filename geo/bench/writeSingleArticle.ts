/**
 * Writes one long article for the benchmark: the generator's articles (`newsArticles`) joined
 * into a single text, paragraph after paragraph, until it holds the size asked for. The cost of
 * one article must grow with its length alone (issue 9, point 7); this is the article to show it.
 */
import { createWriteStream } from 'node:fs';
import type { CorpusVocabulary } from './corpusVocabulary.ts';
import { newsArticles } from './newsArticles.ts';

/** What was written. */
export interface SingleArticleFile {
  file: string;
  /** Size of the file in bytes (UTF-8). */
  bytes: number;
}

/**
 * Writes a plain-text article of at least `bytes` bytes to `file` (a `.txt` as `build:data`
 * reads them: a headline line, then the text).
 *
 * @example await writeSingleArticle('/tmp/plaza-bench/article-5mb-seed1.txt', 5e6, vocab, 1) // { bytes: 5000412, ... }
 */
export async function writeSingleArticle(file: string, bytes: number, vocab: CorpusVocabulary, seed: number): Promise<SingleArticleFile> {
  const out = createWriteStream(file);
  const headline = `One long article of ${bytes / 1e6} MB\n\n`;
  let written = Buffer.byteLength(headline);
  let chunk = [headline];
  const flush = async () => {
    if (!out.write(chunk.join(''))) await new Promise<void>((r) => out.once('drain', () => r()));
    chunk = [];
  };
  for (const a of newsArticles(vocab, seed)) {
    if (written >= bytes) break;
    const part = a.text + '\n\n';
    chunk.push(part);
    written += Buffer.byteLength(part);
    if (chunk.length >= 256) await flush();
  }
  await flush();
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return { file, bytes: written };
}
