/**
 * The word classes of `data/lexicon/word-classes.json` (derived from WordNet by
 * `geo/cli/build-word-classes.ts`) as a look-up of surface forms: every inflection of every
 * class word maps to the bit set of its classes, so "smuggled", "trafficking" and "ferried" are
 * found by one `Map` read, with no lemmatiser at run time. Phrases ("gun down", "stash house")
 * are read by trying the next words after a word that starts one.
 */
import table from '../../data/lexicon/word-classes.json' with { type: 'json' };
import type { Span } from '../types.ts';
import { HAND_EVENT_FORMS, HAND_MOVE_FORMS, HAND_MOVE_GENERIC_FORMS } from './cues.ts';

/** Class names in bit order. */
export const WORD_CLASS_NAMES = [
  'arrest', 'killing', 'attack', 'raid', 'seizure', 'extradition', 'kidnapping', 'meeting', 'laundering', 'smuggling', 'disaster',
  'transport', 'travel', 'storing', 'cargo', 'money', 'prosecution', 'control', 'locale', 'government',
] as const;
export type WordClass = (typeof WORD_CLASS_NAMES)[number];

/** The bit of each class. */
export const W = Object.fromEntries(WORD_CLASS_NAMES.map((n, k) => [n, 1 << k])) as Record<WordClass, number>;

/** A hand event phrase (`cues.ts` HAND_EVENT_FORMS). */
export const HAND_EVENT = 1 << 24;
/** A hand movement word (`cues.ts` HAND_MOVE_FORMS): the destination of these is an incident. */
export const HAND_MOVE = 1 << 25;
/** A hand movement word that makes a route only with contraband in its clause (`cues.ts` HAND_MOVE_GENERIC_FORMS). */
export const HAND_MOVE_GENERIC = 1 << 26;

/** Something happened at the place: every event class. */
export const EVENT_BITS = W.arrest | W.killing | W.attack | W.raid | W.seizure | W.extradition | W.kidnapping | W.meeting | W.laundering | W.smuggling | W.disaster;
/** What trafficking moves. */
export const CONTRABAND_BITS = W.cargo | W.money;

/** A class word found in a text. */
export interface ClassToken extends Span {
  /** The words as written. */
  text: string;
  bits: number;
}

const forms = new Map<string, number>();
/** First words of phrases, with the most words a phrase starting with it has. */
const phraseHeads = new Map<string, number>();
/**
 * A quick sieve before any string is made: which (first letter, last letter, length) triples
 * some form or phrase head has, for ASCII words. Most words of a text ("the", "said", "and")
 * fail it and are never sliced or looked up.
 */
const sieve = new Uint8Array(32 * 32 * 32);
const sieveKey = (first: number, last: number, length: number) => ((first | 0x20) & 31) * 1024 + ((last | 0x20) & 31) * 32 + Math.min(length, 31);
function sift(word: string): void {
  sieve[sieveKey(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length)] = 1;
}
/** Adds a surface form (a word or a phrase of words separated by single spaces) with its bits. */
function addForm(f: string, bits: number): void {
  forms.set(f, (forms.get(f) ?? 0) | bits);
  const words = f.split(' ');
  if (words.length > 1) phraseHeads.set(words[0], Math.max(phraseHeads.get(words[0]) ?? 0, words.length));
  sift(words[0]);
  // A hyphenated form is looked up whole and by its last part.
  for (const part of words[0].split('-')) sift(part);
  if (words.length === 1) sift(f);
}
for (const [k, name] of WORD_CLASS_NAMES.entries()) {
  const list = (table.classes as Record<string, string>)[name];
  if (list === undefined) throw new Error(`word-classes.json: no class ${name} (rebuild with npm run build:word-classes)`);
  for (const f of list.split('|')) addForm(f, 1 << k);
}

// The hand lists of `cues.ts`, read by the same pass: one look-up per word gives both.
for (const [list, bit] of [[HAND_EVENT_FORMS, HAND_EVENT], [HAND_MOVE_FORMS, HAND_MOVE], [HAND_MOVE_GENERIC_FORMS, HAND_MOVE_GENERIC]] as const) {
  for (const f of list) addForm(f, bit);
}

/**
 * The class bits of one word or phrase, any case (0 when it is in no class).
 *
 * @example classOf('Trafficked') & W.smuggling // non-zero
 */
export function classOf(word: string): number {
  return forms.get(word.toLowerCase()) ?? 0;
}

/** Forms of "try", which before "to" say an attempt. */
const TRY = new Set(['try', 'tries', 'tried', 'trying']);

/** Whether the code unit at `i` is part of a word (ASCII letters, apostrophes, Latin letters with accents). */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x27 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * The class words of `text` between two offsets, in order; a phrase is one token and wins over
 * its first word ("stash house", not "stash"). Hyphenated words are read whole and by their
 * last part ("narco-tunnel"; "drug-laden" gives nothing, "Rotterdam-bound" gives "bound").
 *
 * @example classTokens('They smuggled cocaine into Texas.', 0, 32).map((t) => t.text) // ['smuggled', 'cocaine']
 */
export function classTokens(text: string, from: number, to: number): ClassToken[] {
  const out: ClassToken[] = [];
  let i = from;
  while (i < to) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    for (let c = text.charCodeAt(i); i < to && isWordChar(c); c = text.charCodeAt(++i)) if (c > 0x7a) ascii = false;
    let end = i;
    // Most words are in no class and start no phrase: skip them before making any string.
    if (ascii && text.charCodeAt(end) !== 0x2d && !sieve[sieveKey(text.charCodeAt(start), text.charCodeAt(end - 1), end - start)]) continue;
    // Hyphenated: "narco-tunnel", "Rotterdam-bound".
    let lastPart = start;
    while (end < to && text.charCodeAt(end) === 0x2d && end + 1 < to && isWordChar(text.charCodeAt(end + 1))) {
      lastPart = end + 1;
      end += 1;
      while (end < to && isWordChar(text.charCodeAt(end))) end++;
    }
    const word = text.slice(start, end).toLowerCase();
    let bits = forms.get(word) ?? 0;
    let tokenEnd = end;
    if (!bits && lastPart > start) bits = forms.get(word.slice(lastPart - start)) ?? 0;
    const most = phraseHeads.get(word);
    if (most !== undefined) {
      // Try the longest phrase first: words separated by single spaces.
      let phrase = word;
      let at = end;
      const ends: Array<[number, number]> = [];
      for (let n = 1; n < most; n++) {
        if (text.charCodeAt(at) !== 0x20) break;
        let e = at + 1;
        while (e < to && isWordChar(text.charCodeAt(e))) e++;
        if (e === at + 1) break;
        phrase += ' ' + text.slice(at + 1, e).toLowerCase();
        at = e;
        const b = forms.get(phrase);
        if (b) ends.push([e, b]);
      }
      if (ends.length) [tokenEnd, bits] = ends[ends.length - 1];
    }
    // "tried to board", "trying to leave": an attempt, no trial.
    if (bits && TRY.has(word) && text.startsWith(' to ', tokenEnd)) bits = 0;
    if (bits) out.push({ start, end: tokenEnd, text: text.slice(start, tokenEnd), bits });
    i = Math.max(end, tokenEnd);
  }
  return out;
}
