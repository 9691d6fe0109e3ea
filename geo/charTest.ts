/**
 * A one-character test by UTF-16 code unit, remembered: 0 not yet asked, 1 yes, 2 no. The answers
 * come from the regex itself, so the test means exactly what the regex means.
 *
 * @example const isSpace = charTest(/\s/); isSpace('a b', 1) // true
 */
export function charTest(re: RegExp): (text: string, i: number) => boolean {
  const known = new Uint8Array(0x10000);
  return (text, i) => {
    const c = text.charCodeAt(i);
    let k = known[c];
    if (k === 0) known[c] = k = re.test(text[i]!) ? 1 : 2;
    return k === 1;
  };
}
