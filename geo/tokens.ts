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

/** One-character tests by UTF-16 code unit: 0 not yet asked, 1 yes, 2 no (answers come from the regex itself). */
function charTest(re: RegExp): (text: string, i: number) => boolean {
  const known = new Uint8Array(0x10000);
  return (text, i) => {
    const c = text.charCodeAt(i);
    let k = known[c];
    if (k === 0) known[c] = k = re.test(text[i]) ? 1 : 2;
    return k === 1;
  };
}
const isOpener = charTest(OPENERS);
const isLetterOrDot = charTest(/[\p{L}.]/u);

/** The regex that finds words, reused call after call (`exec` from `lastIndex` 0). */
const WORDS = new RegExp(WORD.source, WORD.flags);

/**
 * Splits text into words, keeping string offsets. Possessive "'s" is cut off ("Mexico's" →
 * "Mexico"); hyphenated words are split ("Mexico-based" → "Mexico", "based").
 *
 * @example tokenize('In Culiacán, Sinaloa')[1] // { start: 3, end: 11, text: 'Culiacán', cap: true, initial: false }
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = WORDS;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let word = m[0];
    const start = m.index;
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
  }
  re.lastIndex = 0;
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
