/**
 * The last word before a place, which every rule ending in a preposition asks before it runs its
 * pattern (`geo/roles/lastWord.ts`): it must be the preposition whatever stands around it.
 */
import { describe, expect, it } from 'vitest';
import { lastPreposition } from '../../geo/roles/lastWord.ts';

describe('lastPreposition', () => {
  it.each([
    ['a plain preposition', 'arrested him in ', 'in'],
    ['over "the"', 'smuggled into the ', 'into'],
    ['over a direction', 'five men from east ', 'from'],
    ['over "the" and a direction', 'in the northern ', 'in'],
    ['a quotation mark before the word', '\u201cIn ', 'in'],
    ['a parenthesis before the word', '(in ', 'in'],
    ['capitals', 'PROSECUTORS IN ', 'in'],
    ['nothing before the place', '', ''],
  ])('%s: %j → %s', (_p, text, word) => {
    expect(lastPreposition(text)).toBe(word);
  });
});
