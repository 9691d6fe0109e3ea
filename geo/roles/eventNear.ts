/** The event a place is the scene of, from the words around it in its sentence. */
import type { Mention, Span } from '../types.ts';
import { DIRECTION_BEFORE, EVENT, LOCATIVE_BEFORE, MOVEMENT, NEGATED_EVENT } from './cues.ts';

/** How far (characters) an event word may sit from its scene. */
const EVENT_WINDOW = 90;

/** The cue patterns as this file runs them, compiled once (global ones restart at `lastIndex` 0). */
const EVENTS = new RegExp(EVENT.source, 'gi');
const MOVEMENTS = new RegExp(MOVEMENT.source, 'gi');
const PURPOSE = new RegExp(`^\\s+(?:in order\\s+)?to\\s+(?:${EVENT.source})`, 'i');

/**
 * An event word near the place, with the place as its scene (after a locative preposition, or a
 * movement's destination), and how sure that is.
 *
 * @param all every place mention of the text, sorted by start (for "between X and Y")
 * @example eventNear('Police arrested him in Culiacán.', culiacan, { start: 0, end: 32 })?.cue // 'arrested'
 */
export function eventNear(text: string, m: Mention, sentence: Span, all: Mention[] = []): { cue: string; confidence: number } | null {
  // A place coordinated with one before it ("between Monterrey and Nuevo Laredo") shares its preposition.
  let leadEnd = m.start;
  for (let k = all.length - 1; k >= 0; k--) {
    const o = all[k];
    if (o.end > leadEnd || o.start < sentence.start) continue;
    if (!/^\s*(?:,|,?\s*(?:and|or))\s*$/.test(text.slice(o.end, leadEnd))) break;
    leadEnd = o.start;
  }
  const lead = text.slice(Math.max(sentence.start, leadEnd - 25), leadEnd);
  const modifierOfEvent = EVENT.exec(text.slice(m.end, Math.min(sentence.end, m.end + 20)));
  if (modifierOfEvent && /^\s+(?:(?!(?:for|of|to|and|or|in|on|by|with|from|at|as|but|after|before)\s)[\w-]+\s+)?$/i.test(text.slice(m.end, m.end + modifierOfEvent.index))) {
    return { cue: modifierOfEvent[0], confidence: 0.8 }; // "the Culiacán shooting"
  }
  const locative = LOCATIVE_BEFORE.test(lead);
  const directional = !locative && DIRECTION_BEFORE.test(lead);
  // "into the United States to murder targets": the purpose of the movement happens at its destination.
  const purpose = directional ? PURPOSE.exec(text.slice(m.end, Math.min(sentence.end, m.end + 40))) : null;
  if (purpose) return { cue: purpose[0].trim(), confidence: 0.7 };
  if (!directional && !locative) return null;
  const from = Math.max(sentence.start, m.start - EVENT_WINDOW);
  const to = Math.min(sentence.end, m.end + EVENT_WINDOW);
  let best: { cue: string; distance: number } | null = null;
  const re = directional ? MOVEMENTS : EVENTS;
  const window = text.slice(from, to);
  re.lastIndex = 0;
  for (let e = re.exec(window); e !== null; e = re.exec(window)) {
    const s = from + e.index;
    const end = s + e[0].length;
    if (directional && s >= m.end) continue; // the movement comes before its destination
    if (end <= m.start && /[;—]/.test(text.slice(end, m.start))) continue;
    if (s >= m.end && /[;—]/.test(text.slice(m.end, s))) continue;
    if (NEGATED_EVENT.test(text.slice(Math.max(sentence.start, s - 20), s))) continue; // "was not killing", "evaded capture"
    const distance = end <= m.start ? m.start - end : s - m.end;
    if (!best || distance < best.distance) best = { cue: e[0], distance };
  }
  return best ? { cue: best.cue, confidence: Math.max(0.55, 0.9 - best.distance / 200) } : null;
}
