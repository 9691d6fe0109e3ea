import { charTest } from './charTest.ts';
import { lowerCase } from './lowerCase.ts';

/** Token flag: starts with an upper-case letter. */
export const CAP = 1;
/** Token flag (capitalised tokens only): first word of a sentence or line, so its capital says nothing about it being a name. */
export const INITIAL = 2;
/** Token flag: on a line set in Title Case (set by the recogniser). */
export const TITLE = 4;

/**
 * The words of a text as offsets and flags, in typed arrays: the tokeniser makes no string or
 * object per word (a 3 KB article has some 600 words, of which the recogniser reads the
 * capitalised ones and a few neighbours). `word(i)` and `lower(i)` make a word's string when
 * asked, and remember it.
 *
 * @example const t = tokenize('In Culiacán, Sinaloa'); t.word(1) // 'Culiacán'; t.start[1] // 3; t.cap(1) // true
 */
export class Tokens {
  readonly text: string;
  /** Number of words. */
  readonly length: number;
  /** Each word's offsets in `text` (end exclusive; a possessive "'s" is not part of the word). */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Each word's CAP, INITIAL and TITLE bits. */
  readonly flags: Uint8Array;
  #words: Array<string | undefined> | null = null;
  #lowers: Array<string | undefined> | null = null;

  constructor(text: string, length: number, start: Int32Array, end: Int32Array, flags: Uint8Array) {
    this.text = text;
    this.length = length;
    this.start = start;
    this.end = end;
    this.flags = flags;
  }

  /** The i-th word as written. */
  word(i: number): string {
    const words = (this.#words ??= new Array(this.length));
    let w = words[i];
    if (w === undefined) words[i] = w = this.text.slice(this.start[i]!, this.end[i]!);
    return w;
  }

  /** The i-th word in lower case. */
  lower(i: number): string {
    const lowers = (this.#lowers ??= new Array(this.length));
    let w = lowers[i];
    if (w === undefined) lowers[i] = w = lowerCase(this.word(i));
    return w;
  }

  /** Whether the i-th word starts with an upper-case letter. */
  cap(i: number): boolean {
    return (this.flags[i]! & CAP) !== 0;
  }

  /** Length of the i-th word in UTF-16 units. */
  size(i: number): number {
    return this.end[i]! - this.start[i]!;
  }

  /** Whether the i-th word starts with an ASCII digit. */
  digit(i: number): boolean {
    const c = this.text.charCodeAt(this.start[i]!);
    return c >= 0x30 && c <= 0x39;
  }
}

// A word: letters/digits with inner apostrophes; initialisms like "U.S." and "D.F.", and state
// abbreviations like "W.Va." / "W. Va.", are one token.
const WORD = /\p{Lu}\. ?\p{Lu}\p{Ll}{1,2}\.(?=[\s,;:)\]"”'’-]|$)|(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’](?=\p{L}))*/gu;
// What may stand between the end of a sentence and the next word: spaces, quotes, brackets.
const OPENERS = /[\s"“”'‘’«»(\[—–-]/u;

const isOpener = charTest(OPENERS);
const isLetterOrDot = charTest(/[\p{L}.]/u);

/** The regex that finds words, run from where the hand scanner below hands over. */
const WORDS = new RegExp(WORD.source, WORD.flags);
/** Whether a (non-surrogate) UTF-16 unit can start a word: every alternative of WORD starts with one. */
const startsWord = charTest(/[\p{L}\p{N}]/u);

/** ASCII classes: 0 no word character, 1 lower-case letter or digit, 2 capital. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) ASCII_CLASS[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) ASCII_CLASS[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) ASCII_CLASS[c] = 2;

/** The growing arrays of a tokenisation. */
class TokenArrays {
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  count = 0;

  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  push(start: number, end: number, flags: number): void {
    if (this.count === this.start.length) this.#grow();
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.flags[this.count] = flags;
    this.count++;
  }

  #grow(): void {
    const n = this.start.length * 2;
    const start = new Int32Array(n);
    start.set(this.start);
    this.start = start;
    const end = new Int32Array(n);
    end.set(this.end);
    this.end = end;
    const flags = new Uint8Array(n);
    flags.set(this.flags);
    this.flags = flags;
  }
}

/**
 * Splits text into words, keeping string offsets. Possessive "'s" is cut off ("Mexico's" →
 * "Mexico"); hyphenated words are split ("Mexico-based" → "Mexico", "based").
 *
 * The words are WORD's matches, in order. Plain ASCII words (most) are read by hand; wherever a
 * word could be anything else (an initialism, an apostrophe, a non-ASCII letter), WORD itself
 * is run from that point.
 *
 * @example tokenize('In Culiacán, Sinaloa').word(1) // 'Culiacán' (start 3, end 11, capitalised, not initial)
 */
export function tokenize(text: string): Tokens {
  const n = text.length;
  // News has a word per 6 characters or so: most texts never grow the arrays.
  const out = new TokenArrays((n >> 2) + 16);
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c < 0x80) {
      const k = ASCII_CLASS[c]!;
      if (k === 0) {
        p++; // no word starts at an ASCII character that is no letter or digit
        continue;
      }
      // WORD's initialisms start with a capital and a period; otherwise its third alternative
      // takes letters and digits, here all ASCII, up to a character that is none of them: if
      // that is ASCII too (not an apostrophe), the word is exactly this run (and no possessive).
      if (!(k === 2 && text.charCodeAt(p + 1) === 0x2e)) {
        let q = p + 1;
        let d = 0;
        while (q < n) {
          d = text.charCodeAt(q);
          if (d >= 0x80 || ASCII_CLASS[d] === 0) break;
          q++;
        }
        if (q === n) d = 0;
        if (d < 0x80 && d !== 0x27) {
          // Only a capital can be a name, so only a capitalised word is asked whether it opens a sentence.
          out.push(p, q, k === 2 ? (isSentenceInitial(text, p) ? CAP | INITIAL : CAP) : 0);
          p = q;
          continue;
        }
      }
    } else if ((c < 0xd800 || c > 0xdfff) && !startsWord(text, p)) {
      p++;
      continue;
    }
    const re = WORDS;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m === null) break;
    const start = m.index;
    p = start + m[0].length;
    let end = p;
    // POSSESSIVE, by hand: the word ends in "'s" or "’s".
    if (end - start > 2 && text.charCodeAt(end - 1) === 0x73) {
      const q = text.charCodeAt(end - 2);
      if (q === 0x27 || q === 0x2019) end -= 2;
    }
    const f = text.charCodeAt(start);
    let cap: boolean;
    if (f < 0x80) cap = f >= 0x41 && f <= 0x5a; // ASCII: only A–Z lower-case to something else
    else {
      const ch = String.fromCodePoint(text.codePointAt(start)!);
      cap = ch !== ch.toLowerCase();
    }
    out.push(start, end, cap ? (isSentenceInitial(text, start) ? CAP | INITIAL : CAP) : 0);
  }
  WORDS.lastIndex = 0;
  return new Tokens(text, out.count, out.start, out.end, out.flags);
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'st', 'ft', 'mt', 'jr', 'sr',
  'no', 'vs', 'inc', 'corp', 'co', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'prof', 'rev', 'adm', 'maj', 'cpl', 'pvt', 'atty', 'supt', 'det',
]);

function isSentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isOpener(text, i) && text.charCodeAt(i) !== 0x0a) i--;
  if (i < 0 || text.charCodeAt(i) === 0x0a) return true;
  const c = text[i];
  if (c === '!' || c === '?' || c === ':' || c === ';' || c === '•' || c === '|') return true;
  if (c !== '.') return false;
  // "Gen. Salvador", "St. Louis", "U.S. officials": a period after an abbreviation ends no sentence.
  let j = i - 1;
  while (j >= 0 && isLetterOrDot(text, j)) j--;
  // Longer than any abbreviation, and no initialism (whose last stop comes second to last): a sentence ends here.
  if (i - j - 1 > 4 && text.charCodeAt(i - 2) !== 0x2e) return true;
  const word = text.slice(j + 1, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // "U.S", "D.F"
  return true;
}
