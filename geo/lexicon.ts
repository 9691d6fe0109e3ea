import lexiconData from '../data/lexicon/lexicon.json' with { type: 'json' };
import { lowerCase } from './lowerCase.ts';

/**
 * What the recogniser knows of English apart from places: how common a lower-case word is
 * (rank in a frequency list of dictionary words, 1 = most frequent) and which words are first
 * names. Built by `geo/cli/build-lexicon.ts` into `data/lexicon/lexicon.json`.
 */
export interface Lexicon {
  /** Frequency rank of a lower-case English word, or Infinity when it is not a common word. */
  rank(word: string): number;
  /** Whether the word (any case) is a common English first name. */
  isFirstName(word: string): boolean;
}

/** Builds a lexicon from its JSON form. */
export function createLexicon(data: { words: Record<string, number>; firstNames: string[] }): Lexicon {
  const words = new Map(Object.entries(data.words));
  const names = new Set(data.firstNames);
  return {
    rank: (word) => words.get(lowerCase(word)) ?? Infinity,
    isFirstName: (word) => names.has(lowerCase(word)),
  };
}

/** The lexicon shipped in `data/lexicon/`. */
export const defaultLexicon: Lexicon = createLexicon(lexiconData);
