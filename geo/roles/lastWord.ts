/**
 * The last word of the text before a place, read by stepping back over characters: a cheap
 * test every rule that ends in a preposition ("prosecutors in", "north of", "smuggled into") can
 * ask before it runs its pattern, so that a pattern anchored at the end is tried only where its
 * last word stands (most places follow "in", and most patterns end in another word).
 */

/** "the" and directions, which may stand between a preposition and its place ("from east", "in the northern"). */
const BEFORE_PLACE = new Set(['the', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'rural', 'inner', 'outer', 'downtown']);

/**
 * The last word of `text`, lower case, stepping back over "the" and directions (at most two
 * words); '' when there is none.
 *
 * @example lastPreposition('five men from east ') // 'from'
 */
export function lastPreposition(text: string): string {
  let end = text.length;
  for (let n = 0; n < 3; n++) {
    while (end > 0 && text.charCodeAt(end - 1) <= 0x20) end--;
    // The word's letters only: '“In ' ends in "in".
    let start = end;
    while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
    const word = text.slice(start, end).toLowerCase();
    if (!BEFORE_PLACE.has(word)) return word;
    end = start;
  }
  return '';
}

/** ASCII and Latin-1 letters (what a preposition or direction is written in). */
function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
