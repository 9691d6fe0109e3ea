/** A territory claim in the sentence: a named group linked to the place by a cue. */
import type { Actor } from '../actors.ts';
import type { Mention, Span } from '../types.ts';
import { TERRITORY_BACKWARD, TERRITORY_FORWARD } from './cues.ts';
import type { Decision } from './describeRole.ts';
import { leadEnd as leadStart, listEnd } from './eventNear.ts';
import { stripLocale } from './localePhrase.ts';
import type { RoleContext } from './roleContext.ts';
import { W } from './wordClasses.ts';

/** How far (characters) a group may sit from the place it claims. */
const TERRITORY_WINDOW = 110;

/** What may stand between a territory cue and the places it governs ("Nayarit and later the rest of Sinaloa"). */
const LIST_FILLER =
  /^(?:[\s,]|\u0000|(?:and|or|later|then|eventually|also|even|the|rest|of|parts?|much|all|most|state|states|city|cities|town|towns|areas?|region|regions|municipalit(?:y|ies)|port|ports|nearby|neighbou?ring|surrounding|border|crossings?|routes?|at|in|of|through|southern|northern|eastern|western|central|remote|rural|neighbou?rhoods?|districts?|suburbs?|villages?|estates?|countryside|barrios?|colonias?|slums?)(?![\p{L}]))*$/iu;

/**
 * A group written right before "in <place>" is placed there ("the Chapitos in Sinaloa", "Los
 * Choneros in Guayaquil"): the place is where the group is. A weak claim: when the sentence's
 * event happened there ("detained a boss of the Gulf cartel in Reynosa"), the event is what the
 * sentence is about.
 */
const GROUP_IN = /^\s*,?\s+(?:(?:now|still|long|mainly|mostly|largely|all|also)\s+)?(?:in|inside)\s+(?:the\s+)?(?:(?:state|city|port|region|province|town) of\s+)?$/i;

/**
 * Finds "group … based in … place" or "place, home of the group" within the sentence: the
 * nearest group before the place (binary search in `ctx.groups`), a territory cue between them
 * (the phrases of `cues.ts`, or a WordNet `control` word: "ruled", "monopolized"), and nothing
 * between cue and place but other places and list words.
 *
 * @example territoryLink(ctx, nayarit, sentence)?.cue // 'based in'
 */
export function territoryLink(ctx: RoleContext, m: Mention, sentence: Span): Decision | null {
  const { text } = ctx;
  const last = ctx.lastStartingAtOrBefore(ctx.groups, m.start - 1);
  // The group of the sentence, or, when the sentence opens with a pronoun ("It controls X",
  // "They moved into X"), the last group of the sentence before.
  const g = last && last.start >= sentence.start ? last : pronounSubject(ctx, sentence, last);
  if (g && g.end <= m.start && m.start - g.end <= TERRITORY_WINDOW) {
    const between = text.slice(g.end, m.start);
    if (!/[;—]/.test(between)) {
      if (GROUP_IN.test(between)) return { layer: 'territory', cue: between.trim(), group: g.name, confidence: 0.7, weak: true };
      let cue: { index: number; text: string } | null = null;
      const phrase = lastMatch(TERRITORY_FORWARD, between);
      if (phrase) cue = { index: phrase.index, text: phrase[0] };
      for (const c of ctx.cues(sentence)) {
        if (c.start < g.end) continue;
        if (c.end > m.start) break;
        if (c.bits & W.control && (!cue || c.start - g.end > cue.index)) cue = { index: c.start - g.end, text: c.text };
      }
      if (cue) {
        const tail = maskMentions(ctx, g.end + cue.index + cue.text.length, m.start);
        if (LIST_FILLER.test(tail) || LIST_FILLER.test(stripLocale(tail))) {
          return { layer: 'territory', cue: cue.text, group: g.name, confidence: between.length < 40 ? 0.85 : 0.7 };
        }
      }
    }
  }
  // Backward: "Nayarit, home of the H-2 cartel".
  const k = ctx.firstStartingAtOrAfter(ctx.groups, m.end);
  const after = ctx.groups[k];
  if (after && after.end <= sentence.end && after.start - m.end <= TERRITORY_WINDOW) {
    const between = text.slice(m.end, after.start);
    const cue = TERRITORY_BACKWARD.exec(between);
    if (cue && !/[;—]/.test(between)) return { layer: 'territory', cue: cue[0], group: after.name, confidence: 0.75 };
  }
  // "the Tijuana plaza", "Juárez turf": the place names what a group of the sentence holds or fights for.
  const held = HELD_NOUN.exec(text.slice(m.end, Math.min(sentence.end, m.end + 20)));
  if (held) {
    const group = (g && g.start >= sentence.start ? g : null) ?? (after && after.end <= sentence.end ? after : null);
    if (group) return { layer: 'territory', cue: held[0].trim(), group: group.name, confidence: 0.75 };
  }
  // "X, where rival crews fought over the trade", "In X and Y, clans rented out stairwells":
  // groups no name names, acting in the place (the fronted place weakly: an event there is what
  // the sentence says).
  const end = listEnd(ctx, m, sentence);
  const where = WHERE_GROUPS.exec(text.slice(end, Math.min(sentence.end, end + 60)));
  if (where) return { layer: 'territory', cue: where[0].slice(where[0].lastIndexOf('where')), group: where[1], confidence: 0.7 };
  if (/^\s*(?:In|Across|Throughout)\s+(?:the\s+)?$/.test(text.slice(sentence.start, leadStart(ctx, m, sentence)))) {
    const fronted = FRONTED_GROUPS.exec(text.slice(end, Math.min(sentence.end, end + 60)));
    if (fronted) return { layer: 'territory', cue: fronted[1], group: fronted[1], confidence: 0.65, weak: true };
  }
  return null;
}

/** A subject pronoun opening a sentence. */
const PRONOUN_OPENING = /^\s*(?:It|They|Its|Their)\b/;

/**
 * The last group of the sentence before, standing for the pronoun that opens this one, as a
 * group spanning the pronoun; or undefined.
 */
function pronounSubject(ctx: RoleContext, sentence: Span, last: Actor | undefined): Actor | undefined {
  if (!last) return undefined;
  const pronoun = PRONOUN_OPENING.exec(ctx.text.slice(sentence.start, sentence.start + 8));
  const prev = ctx.previousSentence(sentence);
  if (!pronoun || !prev || last.start < prev.start) return undefined;
  return { ...last, start: sentence.start, end: sentence.start + pronoun[0].length, text: pronoun[0].trim() };
}

/** A group's kind of hold right after a place: "the Tijuana plaza", "Juárez turf". */
const HELD_NOUN = /^\s+(?:plaza|turf|stronghold|fiefdom|bastion|heartland)\b/i;
/** Groups that no name names, as news writes them. */
const GENERIC_GROUPS = '((?:(?:rival|armed|criminal|drug|local|street|organi[sz]ed[- ]crime)\\s+)?(?:gangs|clans|crews|cartels|factions|militias|mafias|paramilitaries|armed\\s+groups|criminal\\s+groups|gangsters))';
/** ", where <groups>" after a place (or its list, names the geoparser did not find included). */
const WHERE_GROUPS = new RegExp(`^(?:\\s*(?:,|,?\\s*and|,?\\s*or)\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+)*)*,?\\s+where\\s+(?:the\\s+)?${GENERIC_GROUPS}\\b`, 'iu');
/** ", <groups>" after a fronted "In X": the groups are the clause's subject. */
const FRONTED_GROUPS = new RegExp(`^\\s*,\\s+(?:the\\s+)?${GENERIC_GROUPS}\\s+(?!(?:were|was|are|is)\\s+(?:arrested|killed|detained|raided)\\b)`, 'i');

/** Global case-insensitive copies of the patterns `lastMatch` runs, made once each. */
const globalCopies = new WeakMap<RegExp, RegExp>();

function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  let g = globalCopies.get(re);
  if (!g) globalCopies.set(re, (g = new RegExp(re.source, 'gi')));
  g.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = g.exec(s); m; m = g.exec(s)) last = m;
  g.lastIndex = 0;
  return last;
}

/** The text between two offsets with every place mention replaced by one NUL. */
function maskMentions(ctx: RoleContext, from: number, to: number): string {
  const { text, all } = ctx;
  let out = '';
  let at = from;
  for (let k = ctx.firstStartingAtOrAfter(all, from); k < all.length && all[k].start < to; k++) {
    const o = all[k];
    if (o.end > to) continue;
    out += text.slice(at, o.start) + '\u0000';
    at = o.end;
  }
  return out + text.slice(at, to);
}
