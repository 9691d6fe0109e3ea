/**
 * Writes a benchmark corpus file: `{"id","text"}` JSON lines from `newsArticles` until the file
 * reaches the size asked for (whole articles only, so it ends within one article of it).
 */
import { createWriteStream } from 'node:fs';
import type { CorpusVocabulary } from './corpusVocabulary.ts';
import { newsArticles } from './newsArticles.ts';

/** What was written. */
export interface CorpusFile {
  file: string;
  /** Size of the file in bytes. */
  bytes: number;
  articles: number;
}

/**
 * Writes articles as JSON lines to `file` until it holds at least `bytes` bytes.
 *
 * @param bytes target size; 1 MB is 1,000,000 bytes
 * @example await writeNewsCorpus('/tmp/plaza-bench/1mb.jsonl', 1e6, vocab, 1) // { bytes: 1002311, articles: 283, ... }
 */
export async function writeNewsCorpus(file: string, bytes: number, vocab: CorpusVocabulary, seed: number): Promise<CorpusFile> {
  const out = createWriteStream(file);
  let written = 0;
  let articles = 0;
  const CHUNK = 1 << 20;
  let chunk: string[] = [];
  let chunkBytes = 0;
  const flush = async () => {
    if (!out.write(chunk.join(''))) await new Promise<void>((r) => out.once('drain', () => r()));
    chunk = [];
    chunkBytes = 0;
  };
  for (const a of newsArticles(vocab, seed)) {
    if (written >= bytes) break;
    const line = JSON.stringify(a) + '\n';
    const size = Buffer.byteLength(line);
    chunk.push(line);
    chunkBytes += size;
    written += size;
    articles++;
    if (chunkBytes >= CHUNK) await flush();
  }
  await flush();
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return { file, bytes: written, articles };
}
