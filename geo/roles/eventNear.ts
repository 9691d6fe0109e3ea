/** The event a place is the scene of, from the words around it in its sentence. */
import type { IncidentKind, Mention, Span } from '../types.ts';
import { DIRECTION_BEFORE, EVENT, LOCATIVE_BEFORE, NEGATED_EVENT } from './cues.ts';
import { lastPreposition } from './lastWord.ts';
import { stripLocale } from './localePhrase.ts';
import type { RoleContext } from './roleContext.ts';
import { HAND_EVENT, HAND_MOVE, type Cue } from './sentenceCues.ts';
import { classOf, EVENT_BITS, W } from './wordClasses.ts';

/** How far (characters) an event word may sit from its scene. */
export const EVENT_WINDOW = 90;

/** "into the United States to murder targets": a purpose clause after a destination (its verb is checked for an event class). */
const PURPOSE = /^\s+(?:in order\s+)?to\s+([a-z]+(?: [a-z]+)?)/i;
/** Between a place and an event noun it modifies ("the Culiacán shooting", "the Lomaria drug bust"): at most one word, not a preposition. */
const MODIFIER_GAP = /^\s+(?:(?!(?:for|of|to|and|or|in|on|by|with|from|at|as|but|after|before)\s)[\w-]+\s+)?$/i;

/** Last words of LOCATIVE_BEFORE and DIRECTION_BEFORE (`cues.ts`), over "the" and directions. */
const LOCATIVE_LAST = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'on', 'off', 'around', 'through', 'above', 'below', 'along', 'within', 'between', 'of']);
const DIRECTION_LAST = new Set(['into', 'to', 'toward', 'towards', 'from', 'of', 'for']);

/** What an event found near a place says. */
export interface EventCue {
  cue: string;
  confidence: number;
  /** The incident kind the cue's word class names, when it names one. */
  kind?: IncidentKind;
  /** Read from the story's frame, not from words near the place (`sceneByDefault.ts`): a weak reading. */
  frame?: boolean;
}

/**
 * The incident kind of a cue's classes: the first of extradition, arrest, killing, raid,
 * seizure, smuggling, meeting that it names.
 *
 * @example kindOfBits(W.killing) // 'killing'
 */
export function kindOfBits(bits: number): IncidentKind | undefined {
  if (bits & W.extradition) return 'extradition';
  if (bits & W.arrest) return 'arrest';
  if (bits & W.killing) return 'killing';
  if (bits & W.raid) return 'raid';
  if (bits & W.seizure) return 'seizure';
  if (bits & (W.smuggling | W.transport | W.cargo | W.storing)) return 'smuggling';
  if (bits & W.meeting) return 'meeting';
  if (bits & (W.attack | W.kidnapping | W.laundering | W.disaster)) return 'other';
  return undefined;
}

/**
 * Where a place's preposition stands: at the start of the place, or of the first place of a
 * list it ends ("between Monterrey and Nuevo Laredo", "through Chiapas and Tabasco" share
 * theirs). Walks back over coordinated mentions of the same sentence only.
 */
export function leadEnd(ctx: RoleContext, m: Mention, sentence: Span): number {
  let end = m.start;
  for (let k = ctx.indexOf(m) - 1; k >= 0; k--) {
    const o = ctx.all[k];
    if (o.start < sentence.start) break;
    if (o.end > end) continue;
    if (!LIST_JOIN.test(ctx.text.slice(o.end, end))) break;
    end = o.start;
  }
  return end;
}

/**
 * Where the list a place belongs to ends: after the last place joined to it by a comma, "and" or
 * "or" in its sentence ("Irish and Spanish police" share "police").
 */
export function listEnd(ctx: RoleContext, m: Mention, sentence: Span): number {
  let end = m.end;
  for (let k = ctx.indexOf(m) + 1; k < ctx.all.length; k++) {
    const o = ctx.all[k];
    if (o.start >= sentence.end || !LIST_JOIN.test(ctx.text.slice(end, o.start))) break;
    end = o.end;
  }
  return end;
}

/** What joins the places of a list: a comma, "and", "or", "and then", with "the" before the next. */
const LIST_JOIN = /^\s*(?:,|,?\s*(?:and|or)(?:\s+then)?)\s*(?:the\s+)?$/;

/** Whether the cue's words are negated ("was not killing", "evaded capture"). */
export function negated(text: string, sentence: Span, c: Cue): boolean {
  return NEGATED_EVENT.test(text.slice(Math.max(sentence.start, c.start - 20), c.start));
}

/** Whether a clause boundary (";", "—") stands between two offsets. */
export function acrossClause(text: string, a: number, b: number): boolean {
  return /[;—]/.test(text.slice(a, b));
}

/**
 * An event word near the place, with the place as its scene (after a locative preposition, or a
 * movement's destination), and how sure that is. Event words are WordNet's event classes
 * (`wordClasses.ts`: any inflection or synonym of an arrest, killing, raid, seizure …) and the
 * hand phrases of `cues.ts` that WordNet lacks.
 *
 * @example eventNear(ctx, culiacan, sentence)?.cue // 'arrested' for 'Police arrested him in Culiacán.'
 */
export function eventNear(ctx: RoleContext, m: Mention, sentence: Span): EventCue | null {
  const { text } = ctx;
  const cues = ctx.cues(sentence);
  const le = leadEnd(ctx, m, sentence);
  const lead = stripLocale(text.slice(Math.max(sentence.start, le - 70), le)).slice(-25);
  // "the Culiacán shooting": an event noun the place modifies.
  for (const c of cues) {
    if (c.start < m.end) continue;
    if (c.start >= m.end + 20) break;
    // A past tense after the place is its verb ("Lomaria crossed"), not a noun it modifies.
    if (c.bits & (EVENT_BITS | HAND_EVENT) && !/ed$/i.test(c.text) && MODIFIER_GAP.test(text.slice(m.end, c.start))) return { cue: c.text, confidence: 0.8, kind: kindOfBits(c.bits) };
  }
  const last = lastPreposition(lead);
  const locative = LOCATIVE_LAST.has(last) && LOCATIVE_BEFORE.test(lead);
  const directional = !locative && DIRECTION_LAST.has(last) && DIRECTION_BEFORE.test(lead);
  // "into the United States to murder targets": the purpose of the movement happens at its destination.
  const purpose = directional ? PURPOSE.exec(text.slice(m.end, Math.min(sentence.end, m.end + 40))) : null;
  if (purpose) {
    const verb = purpose[1].split(' ')[0];
    const bits = classOf(verb) | (EVENT.test(purpose[1]) ? HAND_EVENT : 0);
    if (bits & (EVENT_BITS | HAND_EVENT)) return { cue: `to ${verb}`, confidence: 0.7, kind: kindOfBits(bits) };
  }
  if (!directional && !locative) return null;
  const from = Math.max(sentence.start, m.start - EVENT_WINDOW);
  const to = Math.min(sentence.end, m.end + EVENT_WINDOW);
  // A destination is the scene only of a movement that ends there (extradited, smuggled, deported into it).
  const wanted = directional ? HAND_MOVE | W.smuggling | W.extradition : EVENT_BITS | HAND_EVENT;
  let best: { c: Cue; distance: number } | null = null;
  for (const c of cues) {
    if (c.end <= from) continue;
    if (c.start >= to) break;
    if (!(c.bits & wanted)) continue;
    if (c.start < m.end && c.end > m.start) continue; // the place's own words
    if (directional && c.start >= m.end) continue; // the movement comes before its destination
    if (c.end <= m.start && acrossClause(text, c.end, m.start)) continue;
    if (c.start >= m.end && acrossClause(text, m.end, c.start)) continue;
    if (negated(text, sentence, c)) continue;
    const distance = c.end <= m.start ? m.start - c.end : c.start - m.end;
    if (!best || distance < best.distance) best = { c, distance };
  }
  return best ? { cue: best.c.text, confidence: Math.max(0.55, 0.9 - best.distance / 200), kind: kindOfBits(best.c.bits) } : null;
}
