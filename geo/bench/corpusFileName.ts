/**
 * The file name of a generated corpus of `mb` MB with `seed`.
 *
 * @example corpusFileName(10, 1) // 'news-10mb-seed1.jsonl'
 */
export function corpusFileName(mb: number, seed: number): string {
  return `news-${mb}mb-seed${seed}.jsonl`;
}
