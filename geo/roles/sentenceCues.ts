/**
 * The cue words of a stretch of text, read once: WordNet class words (`wordClasses.ts`) and the
 * hand phrases of `cues.ts` that WordNet lacks ("bodies found", "stash house", "fled"), each
 * with its class bits, sorted by position. One pass and one look-up per word reads both.
 */
import type { Span } from '../types.ts';
import { classTokens, HAND_EVENT, HAND_MOVE, HAND_MOVE_GENERIC } from './wordClasses.ts';

export { HAND_EVENT, HAND_MOVE, HAND_MOVE_GENERIC };

/** One cue: its words, where they are, and its classes. */
export interface Cue extends Span {
  text: string;
  bits: number;
}

/**
 * The cues of `text` between two offsets, sorted by start.
 *
 * @example readCues('Police seized cocaine in Westbury.', 0, 34).map((c) => c.text) // ['seized', 'cocaine']
 */
export function readCues(text: string, from: number, to: number): Cue[] {
  return classTokens(text, from, to);
}
