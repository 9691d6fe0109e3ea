/**
 * The news set's reading of a place in a story that narrates events (issue 9, point 4): a place
 * the text names is where its events happen or pass — the scene — unless it stands in one of the
 * frames that make a place background (`otherFrames.ts`), or a jurisdiction or territory cue
 * claims it first (`roles.ts`). What narrates: an event word (WordNet's event classes, the hand
 * phrases) or contraband in the place's sentence, an event word in the sentence before, or a
 * disaster, protest or election in the story's lede (its opening, which says what the report is
 * about: a bushfire story's closed roads and evacuated towns are the fire's extent). A country
 * or a continent is the scene only by its own sentence: named elsewhere, it is the background of
 * an analysis ("the Army is the prime actor in Mexico"). A weak reading: any cue near the place
 * outweighs it.
 */
import type { Mention, Span } from '../types.ts';
import { EVENT_WINDOW, kindOfBits, leadEnd, negated, type EventCue } from './eventNear.ts';
import { lastPreposition } from './lastWord.ts';
import type { RoleContext } from './roleContext.ts';
import { HAND_EVENT, HAND_MOVE, type Cue } from './sentenceCues.ts';
import { CONTRABAND_BITS, EVENT_BITS, W } from './wordClasses.ts';

/** What makes a sentence narrate events: an event word (WordNet's or the hand list's) or contraband. */
const NARRATES = EVENT_BITS | HAND_EVENT | CONTRABAND_BITS;
/** What makes the sentence before narrate: an event word (contraband alone may be trade). */
const EVENTS = EVENT_BITS | HAND_EVENT;

/** How far back (characters) the sentence before may end and still set the scene. */
const PREVIOUS_REACH = 400;
/** How much of the article is its lede (whose disaster, protest or election sets every place's scene). */
const LEDE = 600;

/** A person or an organisation named right before "in" or "at" (a capitalised word, not the sentence's first). */
const NAME_IN = /(?<=\S\s+)\p{Lu}[\p{L}\p{M}]+\s+(?:in|at)\s+$/u;

/**
 * The event word that makes the place a scene by default, or null when nothing around it
 * narrates an event.
 *
 * @example sceneByDefault(ctx, colchester, sentence)?.cue // 'crack' in 'ran a drugs line that flooded Colchester with crack'
 */
export function sceneByDefault(ctx: RoleContext, m: Mention, sentence: Span): EventCue | null {
  // A person or an organisation named right before "in X" is placed there, no event ("said the
  // FBI's Austin Carr in Kyiv", "a consultant with the Chertoff Group in Washington").
  const near = ctx.text.slice(Math.max(sentence.start, m.start - 40), m.start);
  const prep = lastPreposition(near);
  const name = prep === 'in' || prep === 'at' ? NAME_IN.exec(near) : null;
  // (A place before "at" is no name: "two boys from Handsworth at Gloucester station".)
  const placeBefore = ctx.all[ctx.indexOf(m) - 1];
  if (name && !(placeBefore && placeBefore.end === m.start - name[0].length + name[0].search(/\s/))) return null;
  // A trip's destination with nothing illicit moving (no route found it): "tried to board a flight to X".
  if (tripTo(ctx, m, sentence)) return null;
  let own: Cue | null = null;
  for (const c of ctx.cues(sentence)) {
    if (!(c.bits & NARRATES) || (c.start < m.end && c.end > m.start)) continue;
    // A negated event near the place leaves it no scene ("evaded capture in X", "was not killing in X").
    if (negated(ctx.text, sentence, c)) {
      if (c.bits & EVENTS && Math.abs(c.start - m.start) < EVENT_WINDOW) return null;
      continue;
    }
    if (!own || Math.abs(c.start - m.start) < Math.abs(own.start - m.start)) own = c;
  }
  if (own) return scene(own, 0.45);
  if (/^country:/.test(m.placeId) || /^(?:PCL|CONT)/.test(m.featureType)) return null;
  const prev = ctx.previousSentence(sentence);
  const before = prev && m.start - prev.end <= PREVIOUS_REACH ? nearest(ctx, m, prev, EVENTS) : null;
  if (before) return scene(before, 0.4);
  const lede = ctx.lede(LEDE, W.disaster);
  return lede ? scene(lede, 0.35) : null;
}

/** Whether the place is where a trip (WordNet's travel class: a flight, flew, travelled, arrived) goes, after "to", "for", "toward". */
function tripTo(ctx: RoleContext, m: Mention, sentence: Span): boolean {
  const le = leadEnd(ctx, m, sentence);
  const lead = ctx.text.slice(Math.max(sentence.start, le - 40), le);
  const prep = lastPreposition(lead);
  if (prep !== 'to' && prep !== 'for' && prep !== 'toward' && prep !== 'towards') return false;
  const to = /\b(?:to|for|toward|towards)\s+(?:the\s+)?$/i.exec(lead);
  if (!to) return false;
  const at = le - lead.length + to.index;
  let last: Cue | null = null;
  for (const c of ctx.cues(sentence)) {
    if (c.end > at) break;
    if (at - c.end <= 25) last = c;
  }
  return last !== null && (last.bits & W.travel) !== 0 && !(last.bits & (EVENT_BITS | HAND_EVENT | HAND_MOVE));
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
