/**
 * The news set's reading of a place in a story that narrates events (issue 9, point 4): a place
 * the text names is where its events happen or pass — the scene — unless a jurisdiction or
 * territory cue claims it first (`roles.ts`), or a frame makes it background (`otherFrames.ts`).
 * What narrates: an event word (WordNet's event classes, the hand phrases) or contraband in the
 * place's sentence, or an event word in the sentence before. A weak reading: any cue near the
 * place outweighs it.
 */
import type { Mention, Span } from '../types.ts';
import { kindOfBits, negated, type EventCue } from './eventNear.ts';
import type { RoleContext } from './roleContext.ts';
import { HAND_EVENT, type Cue } from './sentenceCues.ts';
import { CONTRABAND_BITS, EVENT_BITS } from './wordClasses.ts';

/** What makes a sentence narrate events: an event word (WordNet's or the hand list's) or contraband. */
const NARRATES = EVENT_BITS | HAND_EVENT | CONTRABAND_BITS;
/** What makes the sentence before narrate: an event word (contraband alone may be trade). */
const EVENTS = EVENT_BITS | HAND_EVENT;

/** How far back (characters) the sentence before may end and still set the scene. */
const PREVIOUS_REACH = 400;

/**
 * The event word that makes the place a scene by default, or null when nothing around it
 * narrates an event.
 *
 * @example sceneByDefault(ctx, colchester, sentence)?.cue // 'crack' in 'ran a drugs line that flooded Colchester with crack'
 */
export function sceneByDefault(ctx: RoleContext, m: Mention, sentence: Span): EventCue | null {
  const own = nearest(ctx, m, sentence, NARRATES);
  if (own) return scene(own, 0.45);
  const prev = ctx.previousSentence(sentence);
  const before = prev && m.start - prev.end <= PREVIOUS_REACH ? nearest(ctx, m, prev, EVENTS) : null;
  return before ? scene(before, 0.4) : null;
}

function scene(c: Cue, confidence: number): EventCue {
  return { cue: c.text, confidence, kind: kindOfBits(c.bits), frame: true };
}

/** The cue of a sentence with one of `bits` nearest to the place (not its own words, not negated), or null. */
function nearest(ctx: RoleContext, m: Mention, sentence: Span, bits: number): Cue | null {
  let best: Cue | null = null;
  for (const c of ctx.cues(sentence)) {
    if (!(c.bits & bits) || (c.start < m.end && c.end > m.start)) continue;
    if (negated(ctx.text, sentence, c)) continue;
    if (!best || Math.abs(c.start - m.start) < Math.abs(best.start - m.start)) best = c;
  }
  return best;
}
