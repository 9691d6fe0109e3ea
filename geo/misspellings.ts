import type { GazetteerIndex } from './types.ts';

/** Corrects a folded word to the one well-known place name it is a single edit away from. */
export interface MisspellingIndex {
  /** The place key one edit from `key` ("sinoloa" → "sinaloa"), or null when none or several are. */
  correct(key: string): string | null;
}

/** Places famous enough that a one-letter slip in their name is still read as them. */
// Not PPLA: a small provincial capital (Harper, Olympia) is one letter from too many words and names.
const WELL_KNOWN = new Set(['PCLI', 'PCLD', 'PCLIX', 'PCLS', 'PCLF', 'ADM1', 'PPLC', 'CONT', 'RGN']);
const MIN_POPULATION = 250_000;
const MIN_LENGTH = 6;

/**
 * Builds a symmetric-deletion index over the names of well-known places (countries, first-level
 * divisions, capitals, big cities), so a misspelling costs a few map look-ups, not a scan.
 */
export function misspellingIndex(gazetteer: GazetteerIndex): MisspellingIndex {
  const byDeletion = new Map<string, Set<string>>();
  const keys = new Set<string>();
  for (const [key, places] of gazetteer.entries()) {
    if (key.length < MIN_LENGTH || key.includes(' ')) continue;
    if (!places.some((p) => WELL_KNOWN.has(p.featureType) || p.population >= MIN_POPULATION)) continue;
    keys.add(key);
    for (const d of [key, ...deletions(key)]) {
      let set = byDeletion.get(d);
      if (!set) byDeletion.set(d, (set = new Set()));
      set.add(key);
    }
  }
  // Recent answers: an article asks about its surnames again and again, and each new word costs
  // a dozen look-ups in the big deletion map. Cleared when full.
  const recent = new Map<string, string | null>();
  return {
    correct(word) {
      if (word.length < MIN_LENGTH || keys.has(word)) return null;
      let answer = recent.get(word);
      if (answer !== undefined) return answer;
      const found = new Set<string>();
      for (const d of [word, ...deletions(word)]) {
        for (const key of byDeletion.get(d) ?? []) if (editDistanceAtMostOne(word, key)) found.add(key);
      }
      answer = found.size === 1 ? [...found][0] : null;
      if (recent.size >= RECENT_ANSWERS) recent.clear();
      recent.set(word, answer);
      return answer;
    },
  };
}

/** How many recent answers `correct` keeps. */
const RECENT_ANSWERS = 2048;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Damerau–Levenshtein distance ≤ 1: one substitution, insertion, deletion or adjacent swap. */
export function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
