/**
 * `lowerCase` is `toLowerCase` to the letter: it only skips the call when nothing would change
 * (ASCII with no capital), and leaves every other string to it (accents, dotted İ, final sigma).
 */
import { describe, expect, it } from 'vitest';
import { lowerCase } from '../../geo/lowerCase.ts';

const CASES: Array<[string, string]> = [
  ['ascii lower case', 'cartel'],
  ['ascii capitalised', 'Sinaloa'],
  ['ascii all capitals', 'WASHINGTON'],
  ['capital at the end', 'iPhoneX'],
  ['digits and punctuation', "o'neill-2nd st."],
  ['the letters around A and Z', '@[`{AZaz'],
  ['accented capital', 'Culiacán ÁNGEL'],
  ['accented lower case', 'juárez'],
  ['dotted capital I', 'İstanbul'],
  ['final sigma', 'ΟΔΥΣΣΕΥΣ'],
  ['empty', ''],
];

describe('lowerCase', () => {
  it.each(CASES)('%s: the same as toLowerCase', (_, s) => {
    expect(lowerCase(s)).toBe(s.toLowerCase());
  });
});
