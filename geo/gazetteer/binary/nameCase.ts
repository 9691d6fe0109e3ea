/**
 * A place's name as its folded key plus its capitals: "Los Angeles" is the key "los angeles" in
 * title case, "USA" the key "usa" in upper case, "McAllen" the key "mcallen" with capitals at 0
 * and 2. The binary gazetteer stores plain-ASCII names this way, so each name's letters are
 * stored once (in the key table), not twice.
 */

/** The key as it is (all lower case). */
export const CASE_LOWER = 0;
/** Each run of letters starts with a capital: "Winston-Salem", "O'Hare". */
export const CASE_TITLE = 1;
/** All capitals. */
export const CASE_UPPER = 2;
/** Capitals at listed positions. */
export const CASE_LIST = 3;

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/**
 * The key with a capital at each letter that starts a run of letters.
 *
 * @example titleCase("winston-salem") // 'Winston-Salem'
 */
export function titleCase(key: string): string {
  let out = '';
  let prevLetter = false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const letter = isLower(c);
    out += String.fromCharCode(letter && !prevLetter ? c - 0x20 : c);
    prevLetter = letter;
  }
  return out;
}

/**
 * The key with capitals at `positions` (ascending).
 *
 * @example withCapitals('mcallen', [0, 2]) // 'McAllen'
 */
export function withCapitals(key: string, positions: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const p of positions) {
    out += key.slice(from, p) + key[p]!.toUpperCase();
    from = p + 1;
  }
  return out + key.slice(from);
}

/**
 * How `name` is `key` with some ASCII letters in capitals: the case mode, and for
 * {@link CASE_LIST} the capitals' positions; null when it is not (other letters, accents).
 *
 * @example nameCase('McAllen', 'mcallen') // { mode: 3, positions: [0, 2] }
 */
export function nameCase(name: string, key: string): { mode: number; positions: number[] } | null {
  if (name.length !== key.length) return null;
  const positions: number[] = [];
  for (let i = 0; i < name.length; i++) {
    const a = name.charCodeAt(i);
    const b = key.charCodeAt(i);
    if (a > 0x7e || b > 0x7e) return null;
    if (a === b) continue;
    if (a >= 0x41 && a <= 0x5a && a + 0x20 === b) positions.push(i);
    else return null;
  }
  if (positions.length === 0) return { mode: CASE_LOWER, positions };
  if (name === titleCase(key)) return { mode: CASE_TITLE, positions: [] };
  if (name === key.toUpperCase()) return { mode: CASE_UPPER, positions: [] };
  return { mode: CASE_LIST, positions };
}
