import { lowerCase } from './lowerCase.ts';

/**
 * Folds a name to the key the gazetteer is indexed by: compatibility-normalised, invisible
 * characters dropped, accents removed, lower case, periods dropped, apostrophes and dashes
 * unified, white space collapsed. "Ciudad Juárez", "CIUDAD JUAREZ" and "Ciudad Jua\u0301rez"
 * fold alike; so do "D.F." and "DF", "St. Louis" and "St Louis".
 *
 * @example foldName('Ciudad Juárez') // 'ciudad juarez'
 */
export function foldName(name: string): string {
  // Plain ASCII (most names and words) only needs lower-casing; see isPlainAscii.
  if (isPlainAscii(name)) return lowerCase(name);
  // The rest (accented names, "St. Louis") take two normalisations and six replacements; the
  // resolver folds the same candidates' names again and again, so remember the answers.
  let folded = memo.get(name);
  if (folded === undefined) {
    folded = foldUnicode(name);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(name, folded);
  }
  return folded;
}

/**
 * Whether `name` folds to `key`: `foldName(name) === key`, without making the folded string
 * for plain-ASCII names (compared letter by letter, upper case as lower).
 *
 * @example foldsTo('Ciudad Juárez', 'ciudad juarez') // true
 */
export function foldsTo(name: string, key: string): boolean {
  if (!isPlainAscii(name)) return foldName(name) === key;
  const n = name.length;
  if (key.length !== n) return false;
  for (let i = 0; i < n; i++) {
    let c = name.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20; // what toLowerCase does to ASCII
    if (c !== key.charCodeAt(i)) return false;
  }
  return true;
}

/** Folded non-ASCII names; cleared when full, so memory stays bounded on any input. */
const memo = new Map<string, string>();
const MEMO_SIZE = 20_000;

function foldUnicode(name: string): string {
  return name
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Zero-width characters, soft hyphen, word joiner, BOM and bidi controls (Trojan Source). */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * True when folding `name` is only lower-casing: printable ASCII without "." or "`", no edge or
 * doubled spaces. Normalisation is then the identity and no mark, invisible character, Unicode
 * apostrophe or dash can occur. One pass, no regular expression: the recogniser folds every
 * capitalised word and n-gram, and the gazetteer 300,000 names (issue 3, point 6).
 */
function isPlainAscii(name: string): boolean {
  const n = name.length;
  if (n === 0 || name.charCodeAt(0) === 0x20 || name.charCodeAt(n - 1) === 0x20) return false;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x2e || c === 0x60) return false;
    if (c === 0x20) {
      if (space) return false;
      space = true;
    } else space = false;
  }
  return true;
}
