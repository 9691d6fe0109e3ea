/**
 * The cue words of a stretch of text, read once: WordNet class words (`wordClasses.ts`) and the
 * hand phrases of `cues.ts` that WordNet lacks ("taken into custody", "bodies found", "stash
 * house"), each with its class bits, sorted by position.
 */
import type { Span } from '../types.ts';
import { EVENT, MOVEMENT, MOVEMENT_GENERIC } from './cues.ts';
import { classTokens } from './wordClasses.ts';

/** A hand event phrase (`cues.ts` EVENT). */
export const HAND_EVENT = 1 << 24;
/** A hand movement word (`cues.ts` MOVEMENT): the destination of these is an incident. */
export const HAND_MOVE = 1 << 25;
/** A hand movement word that makes a route only with contraband in its clause (`cues.ts` MOVEMENT_GENERIC). */
export const HAND_MOVE_GENERIC = 1 << 26;

/** One cue: its words, where they are, and its classes. */
export interface Cue extends Span {
  text: string;
  bits: number;
}

const EVENTS = new RegExp(EVENT.source, 'gi');
const MOVEMENTS = new RegExp(MOVEMENT.source, 'gi');
const GENERIC_MOVEMENTS = new RegExp(MOVEMENT_GENERIC.source, 'gi');

/**
 * The cues of `text` between two offsets, sorted by start.
 *
 * @example readCues('Police seized cocaine in Westbury.', 0, 34).map((c) => c.text) // ['seized', 'seized', 'cocaine']
 */
export function readCues(text: string, from: number, to: number): Cue[] {
  const out: Cue[] = classTokens(text, from, to);
  const s = text.slice(from, to);
  let hand = false;
  for (const [re, bits] of [[EVENTS, HAND_EVENT], [MOVEMENTS, HAND_MOVE], [GENERIC_MOVEMENTS, HAND_MOVE_GENERIC]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], bits });
      hand = true;
    }
  }
  if (hand) out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}
