/**
 * `s.toLowerCase()`, without the call when it would change nothing: for ASCII text with no
 * capital letter (most words of a text, and every key already folded) the answer is `s` itself.
 * The scan costs a third of the call, which makes a new string to hash each time; the
 * recogniser lower-cases every word it reads and asks the lexicon of many.
 *
 * @example lowerCase('Sinaloa') // 'sinaloa'
 * @example lowerCase('cartel') // 'cartel' (the same string)
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return s.toLowerCase();
  }
  return s;
}
