import { hashStringWithout, tableSize } from './gazetteer/binary/keyHash.ts';
import type { GazetteerIndex, Place } from './types.ts';

/** Corrects a folded word to the one well-known place name it is a single edit away from. */
export interface MisspellingIndex {
  /** The place key one edit from `key` ("sinoloa" → "sinaloa"), or null when none or several are. */
  correct(key: string): string | null;
}

/**
 * A gazetteer that knows its well-known names already (the binary one stores them), so the
 * index needs no pass over every name; null when it cannot vouch for them (built by another rule).
 */
export interface WellKnownKeys {
  wellKnownKeys(): string[] | null;
}

/** Places famous enough that a one-letter slip in their name is still read as them. */
// Not PPLA: a small provincial capital (Harper, Olympia) is one letter from too many words and names.
const WELL_KNOWN = new Set(['PCLI', 'PCLD', 'PCLIX', 'PCLS', 'PCLF', 'ADM1', 'PPLC', 'CONT', 'RGN']);
const MIN_POPULATION = 250_000;
const MIN_LENGTH = 6;

/**
 * The rule of {@link isWellKnownName} as a string: the binary gazetteer records it beside the
 * names it marked, and they are trusted only while the rule is the same.
 */
export const MISSPELLING_RULE = JSON.stringify({ v: 1, wellKnown: [...WELL_KNOWN], minPopulation: MIN_POPULATION, minLength: MIN_LENGTH, oneWord: true });

/**
 * Whether a name key is one whose misspellings are read as it: one word of at least six letters
 * naming a country, first-level division, capital, continent or region, or a place of 250,000.
 *
 * @example isWellKnownName('sinaloa', gazetteer.lookup('sinaloa')) // true
 */
export function isWellKnownName(key: string, places: readonly Place[]): boolean {
  if (key.length < MIN_LENGTH || key.includes(' ')) return false;
  return places.some((p) => WELL_KNOWN.has(p.featureType) || p.population >= MIN_POPULATION);
}

/**
 * Builds a symmetric-deletion index over the names of well-known places (countries, first-level
 * divisions, capitals, big cities), so a misspelling costs a few probes, not a scan. The index is
 * typed arrays of (name, deleted position) pairs hashed by the deletion's letters, so building it
 * makes no string per deletion (a few milliseconds, where a `Map` of 170,000 deletion strings took
 * a third of a second in Node and seconds in a browser).
 */
export function misspellingIndex(gazetteer: GazetteerIndex): MisspellingIndex {
  const keys = (gazetteer as Partial<WellKnownKeys>).wellKnownKeys?.() ?? scanWellKnown(gazetteer);
  return deletionIndex(keys);
}

function scanWellKnown(gazetteer: GazetteerIndex): string[] {
  const keys: string[] = [];
  for (const [key, places] of gazetteer.entries()) if (isWellKnownName(key, places)) keys.push(key);
  return keys;
}

function deletionIndex(keys: readonly string[]): MisspellingIndex {
  const known = new Set(keys);
  let count = 0;
  for (const k of keys) count += k.length + 1;
  // Entry e: key entryKey[e] without its letter at entrySkip[e] (skip = length: the whole key).
  const entryKey = new Int32Array(count);
  const entrySkip = new Int32Array(count);
  const slots = new Int32Array(tableSize(count));
  const mask = slots.length - 1;
  let e = 0;
  keys.forEach((key, q) => {
    for (let skip = 0; skip <= key.length; skip++, e++) {
      entryKey[e] = q;
      entrySkip[e] = skip;
      let s = hashStringWithout(key, skip) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = e + 1;
    }
  });

  /** The key one edit from `word`, or -1 (none) or -2 (several). */
  const search = (word: string): number => {
    let found = -1;
    const n = word.length;
    for (let skip = 0; skip <= n; skip++) {
      const length = skip < n ? n - 1 : n;
      for (let s = hashStringWithout(word, skip) & mask; slots[s] !== 0; s = (s + 1) & mask) {
        const entry = slots[s]! - 1;
        const q = entryKey[entry]!;
        if (q === found) continue;
        const key = keys[q]!;
        const keySkip = entrySkip[entry]!;
        if ((keySkip < key.length ? key.length - 1 : key.length) !== length) continue;
        if (!sameWithout(word, skip, key, keySkip, length) || !editDistanceAtMostOne(word, key)) continue;
        if (found >= 0) return -2;
        found = q;
      }
    }
    return found;
  };

  // Recent answers: an article asks about its surnames again and again. Cleared when full.
  const recent = new Map<string, string | null>();
  return {
    correct(word) {
      if (word.length < MIN_LENGTH || known.has(word)) return null;
      let answer = recent.get(word);
      if (answer !== undefined) return answer;
      const q = search(word);
      answer = q >= 0 ? keys[q]! : null;
      if (recent.size >= RECENT_ANSWERS) recent.clear();
      recent.set(word, answer);
      return answer;
    },
  };
}

/** Whether `a` without its unit at `skipA` equals `b` without its unit at `skipB`, both `length` long after the cut. */
function sameWithout(a: string, skipA: number, b: string, skipB: number, length: number): boolean {
  for (let k = 0, i = 0, j = 0; k < length; k++, i++, j++) {
    if (i === skipA) i++;
    if (j === skipB) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  }
  return true;
}

/** How many recent answers `correct` keeps. */
const RECENT_ANSWERS = 2048;

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
