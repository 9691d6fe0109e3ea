/**
 * An endless, seeded stream of news-like articles for the benchmark (performance-notes.md,
 * Appendix A): 15–39 sentences of 12–29 words; about 3.5 % of words are place names drawn
 * Zipf-like from the gazetteer, with "City, State" pairs, demonyms, people's names and
 * capitalised words that are not places mixed in. Pure: the same vocabulary and seed give the
 * same articles.
 */
import { FILLER, FIRST_NAMES, NON_PLACES, SURNAMES, TITLES } from './benchWords.ts';
import type { CorpusVocabulary } from './corpusVocabulary.ts';
import { mulberry32 } from './mulberry32.ts';

/** One generated article, in the `geoparse` command's input shape. */
export interface BenchArticle {
  id: string;
  text: string;
}

/**
 * Yields articles forever; stop when you have enough.
 *
 * @param vocab place names, from `corpusVocabulary`
 * @param seed PRNG seed
 * @example newsArticles(corpusVocabulary(g.places()), 1).next().value.text // 'Officials said the ... in Mexico ...'
 */
export function* newsArticles(vocab: CorpusVocabulary, seed: number): Generator<BenchArticle, never> {
  const random = mulberry32(seed);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)]!;
  // Zipf-like: u^4 crowds the draws onto the first (largest) places.
  const zipf = (list: readonly string[]) => list[Math.floor(list.length * random() ** 4)]!;
  const place = () => {
    const u = random();
    return u < 0.2 ? zipf(vocab.countries) : u < 0.4 ? zipf(vocab.states) : zipf(vocab.cities);
  };
  const word = (): string => {
    const u = random();
    if (u < 0.035) return place();
    if (u < 0.04) return zipf(vocab.pairs);
    if (u < 0.047 && vocab.demonyms.length) return zipf(vocab.demonyms);
    if (u < 0.057) return `${random() < 0.3 ? pick(TITLES) + ' ' : ''}${pick(FIRST_NAMES)} ${pick(SURNAMES)}`;
    if (u < 0.107) return pick(NON_PLACES);
    return pick(FILLER);
  };
  for (let n = 1; ; n++) {
    const parts: string[] = [];
    const sentences = 15 + Math.floor(random() * 25);
    for (let s = 0; s < sentences; s++) {
      const words: string[] = [];
      const length = 12 + Math.floor(random() * 18);
      for (let w = 0; w < length; w++) words.push(w > 2 && w < length - 2 && random() < 0.06 ? word() + ',' : word());
      const first = words[0]!;
      words[0] = first.charAt(0).toUpperCase() + first.slice(1);
      parts.push(words.join(' ') + '.', s % 4 === 3 ? '\n\n' : ' ');
    }
    parts.pop();
    yield { id: `bench-${seed}-${n}`, text: parts.join('') };
  }
}
