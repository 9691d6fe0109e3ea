import { charTest } from './charTest.ts';

/** One word of the text with its offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** First word of a sentence or line (its capital says nothing about it being a name). */
  initial: boolean;
}

// A word: letters/digits with inner apostrophes; initialisms like "U.S." and "D.F.", and state
// abbreviations like "W.Va." / "W. Va.", are one token.
const WORD = /\p{Lu}\. ?\p{Lu}\p{Ll}{1,2}\.(?=[\s,;:)\]"”'’-]|$)|(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’](?=\p{L}))*/gu;
const POSSESSIVE = /['’]s$/u;
// What may stand between the end of a sentence and the next word: spaces, quotes, brackets.
const OPENERS = /[\s"“”'‘’«»(\[—–-]/u;

const isOpener = charTest(OPENERS);
const isLetterOrDot = charTest(/[\p{L}.]/u);

/** The regex that finds words, run from where the hand scanner below hands over. */
const WORDS = new RegExp(WORD.source, WORD.flags);
/** Whether a (non-surrogate) UTF-16 unit can start a word: every alternative of WORD starts with one. */
const startsWord = charTest(/[\p{L}\p{N}]/u);

function asciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/**
 * Splits text into words, keeping string offsets. Possessive "'s" is cut off ("Mexico's" →
 * "Mexico"); hyphenated words are split ("Mexico-based" → "Mexico", "based").
 *
 * The words are WORD's matches, in order. Plain ASCII words (most) are read by hand; wherever a
 * word could be anything else (an initialism, an apostrophe, a non-ASCII letter), WORD itself
 * is run from that point.
 *
 * @example tokenize('In Culiacán, Sinaloa')[1] // { start: 3, end: 11, text: 'Culiacán', cap: true, initial: false }
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const add = (start: number, word: string) => {
    // POSSESSIVE, by hand: the word ends in "'s" or "’s".
    const n = word.length;
    if (n > 2 && word.charCodeAt(n - 1) === 0x73) {
      const q = word.charCodeAt(n - 2);
      if (q === 0x27 || q === 0x2019) word = word.slice(0, -2);
    }
    const c = word.charCodeAt(0);
    let cap: boolean;
    if (c < 0x80) cap = c >= 0x41 && c <= 0x5a; // ASCII: only A–Z lower-case to something else
    else {
      const ch = String.fromCodePoint(word.codePointAt(0)!);
      cap = ch !== ch.toLowerCase();
    }
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      cap,
      initial: isSentenceInitial(text, start),
    });
  };
  const n = text.length;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c < 0x80) {
      if (!asciiAlnum(c)) {
        p++; // no word starts at an ASCII character that is no letter or digit
        continue;
      }
      // WORD's initialisms start with a capital and a period; otherwise its third alternative
      // takes letters and digits, here all ASCII, up to a character that is none of them: if
      // that is ASCII too (not an apostrophe), the word is exactly this run.
      if (!(c <= 0x5a && c >= 0x41 && text.charCodeAt(p + 1) === 0x2e)) {
        let q = p + 1;
        while (q < n && asciiAlnum(text.charCodeAt(q))) q++;
        const d = q < n ? text.charCodeAt(q) : 0;
        if (d < 0x80 && d !== 0x27) {
          add(p, text.slice(p, q));
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
    add(m.index, m[0]);
    p = m.index + m[0].length;
  }
  WORDS.lastIndex = 0;
  return tokens;
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
  const word = text.slice(j + 1, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // "U.S", "D.F"
  return true;
}
