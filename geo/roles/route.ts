/**
 * Trafficking movement and storage (issue 9, point 4). A place on the route of something that
 * moves ("from X to Y", "through X", "via X", "into X", "across X", "on to X", "X-bound", "to
 * warehouses in Y") is the scene of trafficking — origin, transit and destination alike — when
 * what moves is contraband (drugs, money, weapons, people, shipments: WordNet's cargo and money
 * classes) or violence, or when the verb is itself one of smuggling or extradition. Money or
 * drugs stored, held or hidden in a place, and accounts in it, make it a scene too. Nothing
 * illicit or violent said to move, no incident: "flew from Dallas to Houston for a wedding".
 */
import type { Mention, Span } from '../types.ts';
import { acrossClause, kindOfBits, leadEnd, negated, type EventCue } from './eventNear.ts';
import { lastPreposition } from './lastWord.ts';
import { stripLocale } from './localePhrase.ts';
import type { RoleContext } from './roleContext.ts';
import { HAND_MOVE, HAND_MOVE_GENERIC, type Cue } from './sentenceCues.ts';
import { CONTRABAND_BITS, W } from './wordClasses.ts';

/** A route preposition just before the place (or the first place of its list). */
const ROUTE_BEFORE = /\b(?:from|to|into|onto|on to|onward to|through|via|across|toward|towards|out of|bound for|destined for|headed (?:for|to)|by way of|past)\s+(?:the\s+)?(?:(?:port|city|town|state|border city|border crossing|coast) of\s+)?$/i;
/** "to warehouses in Atlanta", "through a tunnel into": a route to or through a spot in the place. */
const ROUTE_CHAIN = /\b(?:from|to|into|through|via|toward|towards)\s+(?:(?:a|an|the|its|their|his|her|two|three|several|\d+)\s+)?(?:[a-z-]+\s+){0,3}(?:in|at|near|outside|across)\s+(?:the\s+)?$/;
/** Last words of ROUTE_BEFORE and of ROUTE_CHAIN and LOCATIVE (over "the" and directions). */
const ROUTE_LAST = new Set(['from', 'to', 'into', 'onto', 'through', 'via', 'across', 'toward', 'towards', 'of', 'for', 'past']);
const CHAIN_LAST = new Set(['in', 'at', 'near', 'outside', 'across', 'inside']);
/** "the Rotterdam-bound container". */
const BOUND_AFTER = /^-?bound\b/i;
/** People said to come from a place come from it; no route ("migrants from Honduras"). */
const PEOPLE_FROM = /\b(?:people|persons?|men|women|children|boys|girls|migrants?|immigrants?|refugees?|nationals?|citizens?|natives?|residents?|famil(?:y|ies)|workers?|asylum[- ]seekers?|man|woman|child|national)\s+(?:from|out of)\s+(?:the\s+)?$/i;
/** Storage nouns and money nouns a place holds ("accounts in Guadalajara", "a warehouse in Ontario"). */
const HELD_IN = /([a-z-]+)\s+(?:in|at|inside)\s+(?:the\s+)?$/i;
const LOCATIVE = /\b(?:in|at|inside|near|outside)\s+(?:the\s+)?(?:(?:port|city|town|state) of\s+)?$/i;
/**
 * Where a clause ends: a semicolon, a dash, a parenthesis, a relative clause opening, or "and"
 * before a new verb ("helped locate transportation for drugs, and acted to expand territory to X").
 */
const CLAUSE_BREAK = /[;—–()]|,\s+(?:where|which|who|while|whereas)\b|\band\s+(?:then\s+|later\s+|also\s+)?[a-z]+ed\b/g;

/** Something moves: every movement class, WordNet's and the hand list's. */
const MOVERS = W.transport | W.travel | W.smuggling | W.extradition | HAND_MOVE | HAND_MOVE_GENERIC;
/** A movement that is illicit whatever moves (smuggled, trafficked, extradited). */
const ILLICIT_MOVE = W.smuggling | W.extradition | HAND_MOVE;
/** What makes a movement trafficking: contraband, violence ("violence spread to"), or a case against the people moved ("flown to X to face charges"). */
const WHAT_MOVES = CONTRABAND_BITS | W.attack | W.killing | W.kidnapping | W.smuggling | W.prosecution;

/** The clause around the place: the sentence cut at semicolons, dashes and relative clauses. */
export function clauseAround(text: string, m: Span, sentence: Span): Span {
  let start = Math.max(sentence.start, m.start - 250);
  let end = Math.min(sentence.end, m.end + 250);
  const s = text.slice(start, end);
  const at = m.start - start;
  const atEnd = m.end - start;
  let from = 0;
  let to = s.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let b = CLAUSE_BREAK.exec(s); b !== null; b = CLAUSE_BREAK.exec(s)) {
    if (b.index + b[0].length <= at) from = b.index + b[0].length;
    else if (b.index >= atEnd) {
      to = b.index;
      break;
    }
  }
  end = start + to;
  start += from;
  return { start, end };
}

/**
 * The place as a point on a trafficking route, or null.
 *
 * @example routeNear(ctx, chiapas, sentence)?.cue // 'moved' in 'They moved cocaine north through Chiapas and Tabasco.'
 */
export function routeNear(ctx: RoleContext, m: Mention, sentence: Span): EventCue | null {
  const { text } = ctx;
  const le = leadEnd(ctx, m, sentence);
  const lead = stripLocale(text.slice(Math.max(sentence.start, le - 100), le));
  const last = lastPreposition(lead);
  const onRoute = (ROUTE_LAST.has(last) && ROUTE_BEFORE.test(lead)) || (CHAIN_LAST.has(last) && ROUTE_CHAIN.test(lead)) || BOUND_AFTER.test(text.slice(m.end, m.end + 7));
  if (!onRoute || ((last === 'from' || last === 'of') && PEOPLE_FROM.test(lead))) return null;
  const clause = clauseAround(text, m, sentence);
  let mover: { c: Cue; distance: number } | null = null;
  let what: Cue | null = null;
  for (const c of ctx.cues(sentence)) {
    if (c.end <= clause.start) continue;
    if (c.start >= clause.end) break;
    if (c.start < m.end && c.end > m.start) continue;
    if (negated(text, sentence, c)) continue;
    if (c.bits & WHAT_MOVES && !what) what = c;
    if (c.bits & MOVERS) {
      // The mover comes before the place, or right after a fronted route ("Through Chiapas, the cocaine moved north").
      const distance = c.end <= m.start ? m.start - c.end : (c.start - m.end) * 2;
      if (c.end <= m.start && acrossClause(text, c.end, m.start)) continue;
      if (!mover || distance < mover.distance) mover = { c, distance };
    }
  }
  if (!mover || mover.distance > 160) return null;
  const illicit = (mover.c.bits & ILLICIT_MOVE) !== 0;
  if (!illicit && !what) return null;
  const kind = illicit ? kindOfBits(mover.c.bits) ?? 'smuggling' : what && what.bits & (W.cargo | W.money) ? 'smuggling' : kindOfBits(what!.bits);
  return { cue: mover.c.text, confidence: Math.max(0.55, 0.85 - mover.distance / 300), kind };
}

/**
 * The place as where money or drugs are stored, held or hidden ("stored cash in Ontario",
 * "kept cocaine in a warehouse in Laredo"), or where accounts or stash houses are ("accounts in
 * Guadalajara"), or null.
 *
 * @param heldOnly only the "accounts in X" reading (a money noun right before the place)
 * @example storedIn(ctx, ontario, sentence)?.cue // 'stored' in 'They stored cash in Ontario.'
 */
export function storedIn(ctx: RoleContext, m: Mention, sentence: Span, heldOnly = false): EventCue | null {
  const { text } = ctx;
  const le = leadEnd(ctx, m, sentence);
  const lead = stripLocale(text.slice(Math.max(sentence.start, le - 80), le));
  const last = lastPreposition(lead);
  if (!CHAIN_LAST.has(last) && last !== 'of') return null;
  if (!LOCATIVE.test(lead)) return null;
  const cues = ctx.cues(sentence);
  const held = HELD_IN.exec(lead);
  if (held) {
    const at = le - (text.slice(Math.max(sentence.start, le - 80), le).length) + held.index;
    const noun = cues.find((c) => c.start === at);
    // "accounts in Guadalajara", "a stash house in Laredo": the place holds what the noun names.
    if (noun && noun.bits & W.money && !(noun.bits & MOVERS)) {
      return { cue: noun.text, confidence: 0.75, kind: noun.bits & W.money ? 'other' : 'smuggling' };
    }
  }
  if (heldOnly) return null;
  const clause = clauseAround(text, m, sentence);
  let store: Cue | null = null;
  let what = false;
  for (const c of cues) {
    if (c.end <= clause.start) continue;
    if (c.start >= clause.end) break;
    if (negated(text, sentence, c)) continue;
    if (c.bits & CONTRABAND_BITS) what = true;
    if (c.bits & (W.storing | W.laundering) && c.end <= m.start && m.start - c.end < 90) store = c;
  }
  return store && what ? { cue: store.text, confidence: 0.7, kind: store.bits & W.laundering ? 'other' : 'smuggling' } : null;
}
