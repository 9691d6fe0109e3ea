/**
 * Derives the roles stage's word classes (event kinds, movement, cargo, prosecution, control)
 * from WordNet: each class is named by seed synsets; it takes their words, the words of their
 * hyponyms (troponyms, for verbs) as many levels down as the seed asks, and, for verb classes,
 * the nouns WordNet relates to the seed verbs by derivation ("seize" → "seizure", "smuggle" → "smuggling"); then
 * every word's inflections. Build-time only, pure: WordNet and the inflector are arguments.
 *
 * A word enters a class through a synset only when that synset is one of the word's commonest
 * senses (WordNet lists senses most frequent first): "deliver" shares a synset with
 * "extradite", but handing over a fugitive is its fifth sense, so "delivered a speech" is no
 * extradition. A seed's own lemma is taken whatever its rank (the seed names that sense on
 * purpose: "run.v.25", to run guns).
 */
import type { Synset, WordNet, WordNetPos } from './wordnet.ts';

/** One class of the table: what seeds it and how far it spreads. */
export interface WordClassSpec {
  name: string;
  /**
   * Synsets as "lemma.pos.N" (sense N of the lemma in WordNet 3.1); each "+" after it takes one
   * more level of hyponyms (troponyms, for verbs): "kill.v.1+" is killing and its manners
   * (murder, execute, strangle …).
   */
  seeds: string[];
  /** Highest sense number through which a word may join (default 3; 2 for hyponyms). */
  maxRank?: number;
  /** Also the act and event nouns derived from the seed verbs ("seize" → "seizure"; default false). */
  nouns?: boolean;
  /** Lemmas WordNet lacks in this use, each as "word/pos" (pos n or v); the spec says why. */
  add?: string[];
  /** Lemmas WordNet puts in the class that news uses otherwise; the spec says why. */
  drop?: string[];
  /** Surface forms taken as they are, not inflected ("met": the past, not the plans of "will meet"). */
  forms?: string[];
}

/** Inflects a lemma: every surface form of it, the lemma first. */
export type Inflect = (lemma: string, pos: WordNetPos) => string[];

/** Noun lexicographer files of acts, events, processes and states: nouns that name something happening. */
const EVENT_NOUN_FILES = new Set(['04', '11', '22', '26']);

/**
 * The lemmas of each class (before inflection), sorted: `{ arrest: ['apprehend', 'arrest', …] }`.
 *
 * @example classLemmas(wordnet, [{ name: 'arrest', seeds: ['arrest.v.1'], nouns: true }]).arrest // ['apprehend', 'arrest', 'collar', …]
 */
export function classLemmas(wordnet: WordNet, specs: readonly WordClassSpec[]): Record<string, Array<{ lemma: string; pos: WordNetPos }>> {
  const out: Record<string, Array<{ lemma: string; pos: WordNetPos }>> = {};
  for (const spec of specs) {
    const maxRank = spec.maxRank ?? 3;
    const drop = new Set(spec.drop ?? []);
    const lemmas = new Map<string, WordNetPos>();
    const take = (word: string, pos: WordNetPos, synset: Synset, limit: number) => {
      if (drop.has(word) || word.split(' ').length > 3 || !/^[a-z][a-z' -]*$/.test(word)) return;
      if (wordnet.rank(pos, word, synset.offset) > limit) return;
      lemmas.set(`${word}/${pos}`, pos);
    };
    const seen = new Set<string>();
    const walk = (s: Synset, levels: number, limit: number) => {
      const key = `${s.pos}${s.offset}:${levels}`;
      if (seen.has(key)) return;
      seen.add(key);
      for (const w of s.words) take(w, s.pos, s, limit);
      if (levels <= 0) return;
      for (const p of s.pointers) {
        if (p.symbol !== '~' || p.pos !== s.pos) continue;
        const child = wordnet.synset(s.pos, p.offset);
        if (child) walk(child, levels - 1, Math.min(2, maxRank));
      }
    };
    for (const seed of spec.seeds) {
      const levels = /\++$/.exec(seed)?.[0].length ?? 0;
      const name = seed.replace(/\++$/, '');
      const s = wordnet.named(name);
      // The seed's own lemma names the sense on purpose: it joins whatever the sense's rank.
      const own = name.slice(0, name.lastIndexOf('.', name.lastIndexOf('.') - 1)).replace(/_/g, ' ');
      if (!drop.has(own)) lemmas.set(`${own}/${s.pos}`, s.pos);
      walk(s, levels, maxRank);
      if (spec.nouns && s.pos === 'v') {
        for (const p of s.pointers) {
          if (p.symbol !== '+' || p.pos !== 'n') continue;
          const n = wordnet.synset('n', p.offset);
          if (n && EVENT_NOUN_FILES.has(n.lexFile)) for (const w of n.words) take(w, 'n', n, 2);
        }
      }
    }
    for (const a of spec.add ?? []) {
      const [word, pos] = a.split('/') as [string, WordNetPos];
      lemmas.set(`${word}/${pos}`, pos);
    }
    out[spec.name] = [...lemmas.keys()].sort().map((k) => ({ lemma: k.slice(0, k.lastIndexOf('/')), pos: lemmas.get(k)! }));
  }
  return out;
}

/**
 * The table: each class → its surface forms (every inflection of every lemma), sorted and
 * joined by "|" (a compact form that ships to the browser; phrases keep their spaces).
 *
 * @example wordClassTable(wordnet, specs, inflect).arrest.split(' ').includes('apprehended') // true
 */
export function wordClassTable(wordnet: WordNet, specs: readonly WordClassSpec[], inflect: Inflect): Record<string, string> {
  const lemmas = classLemmas(wordnet, specs);
  const out: Record<string, string> = {};
  for (const spec of specs) {
    const forms = new Set<string>();
    for (const { lemma, pos } of lemmas[spec.name]) for (const f of inflect(lemma, pos)) forms.add(f);
    for (const f of spec.forms ?? []) forms.add(f);
    out[spec.name] = [...forms].sort().join('|');
  }
  return out;
}
