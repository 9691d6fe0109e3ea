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

/**
 * Splits text into words, keeping string offsets. Possessive "'s" is cut off ("Mexico's" →
 * "Mexico"); hyphenated words are split ("Mexico-based" → "Mexico", "based").
 *
 * @example tokenize('In Culiacán, Sinaloa')[1] // { start: 3, end: 11, text: 'Culiacán', cap: true, initial: false }
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index!;
    if (POSSESSIVE.test(word) && word.length > 2) word = word.slice(0, -2);
    const first = word.codePointAt(0)!;
    const ch = String.fromCodePoint(first);
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      cap: ch !== ch.toLowerCase(),
      initial: isSentenceInitial(text, start),
    });
  }
  return tokens;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'st', 'ft', 'mt', 'jr', 'sr',
  'no', 'vs', 'inc', 'corp', 'co', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'prof', 'rev', 'adm', 'maj', 'cpl', 'pvt', 'atty', 'supt', 'det',
]);

function isSentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && OPENERS.test(text[i]) && text[i] !== '\n') i--;
  if (i < 0 || text[i] === '\n') return true;
  const c = text[i];
  if (c === '!' || c === '?' || c === ':' || c === ';' || c === '•' || c === '|') return true;
  if (c !== '.') return false;
  // "Gen. Salvador", "St. Louis", "U.S. officials": a period after an abbreviation ends no sentence.
  let j = i - 1;
  while (j >= 0 && /[\p{L}.]/u.test(text[j])) j--;
  const word = text.slice(j + 1, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // "U.S", "D.F"
  return true;
}
