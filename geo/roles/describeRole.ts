/**
 * Turns a role decision into the evidence a reader sees: where the cue is, how sure the rule
 * is, and what the cue says (incident kind and date, jurisdiction kind, claim kind and period),
 * with the actors the sentence names.
 */
import { findPeriods, nearestDate } from '../dates.ts';
import type { IncidentKind, Layer, Mention, RoleDetail, Span } from '../types.ts';
import { CLAIM_KINDS, INCIDENT_KINDS, JURISDICTION_CUE_KINDS, kindOf } from './kinds.ts';
import type { RoleContext } from './roleContext.ts';

/** A role rule's verdict for one mention. */
export interface Decision {
  layer: Layer;
  cue?: string;
  group?: string;
  /** 0..1, how sure the rule is. */
  confidence: number;
  /** The place is in the group's name ("the Sinaloa cartel"). */
  named?: boolean;
  /** A claim read from "the <group> in <place>" alone, which an event in the sentence outweighs. */
  weak?: boolean;
  /** For incidents: the kind the cue's word class names (else read from the cue's words). */
  kind?: IncidentKind;
  /** A second role the same sentence supports. */
  also?: Decision;
}

/**
 * The full role of a mention: the decision plus cue position, kind, date, claim, period and actors.
 *
 * @param ctx the article's role context (its text, and the groups with anaphors resolved and agencies it names)
 * @param sentence the mention's sentence span in `text`
 * @param articleDate `YYYY-MM-DD` or null
 * @example describeRole(ctx, m, { layer: 'incident', cue: 'arrested', confidence: 0.8 }, s, '2020-11-17').kind // 'arrest'
 */
export function describeRole(ctx: RoleContext, m: Mention, d: Decision, sentence: Span, articleDate: string | null): RoleDetail {
  const { text } = ctx;
  // A sentence is read around the mention only: a run-on "sentence" (a list, a page without
  // stops) must not make each of its mentions read all of it.
  sentence = { start: Math.max(sentence.start, m.start - SENTENCE_REACH), end: Math.min(sentence.end, m.end + SENTENCE_REACH) };
  const out: RoleDetail = { layer: d.layer };
  if (d.cue !== undefined) out.cue = d.cue;
  const at = d.cue ? locate(ctx, sentence, m, d.cue) : null;
  if (at) {
    out.cueStart = at.start;
    out.cueEnd = at.end;
  }
  out.roleConfidence = Math.round(d.confidence * 100) / 100;
  if (d.layer === 'other') return out;
  const names: string[] = [];
  for (let k = ctx.firstStartingAtOrAfter(ctx.everyone, sentence.start); k < ctx.everyone.length && ctx.everyone[k].start < sentence.end; k++) {
    const a = ctx.everyone[k];
    if (a.end <= sentence.end && !names.includes(a.name)) names.push(a.name);
  }
  names.sort();
  if (d.layer === 'incident') {
    out.kind = d.kind ?? kindOf(INCIDENT_KINDS, d.cue, 'other');
    // "those murders took place in X": a generic cue takes its kind from the event it speaks of.
    if (out.kind === 'other' && /occurred|took place|happened/i.test(d.cue ?? '')) out.kind = kindOf(INCIDENT_KINDS, text.slice(sentence.start, sentence.end), 'other');
    const anchor = at ?? m;
    const date = nearestDate(ctx.dates(articleDate), sentence, anchor);
    if (date) {
      out.date = date.date;
      out.dateApprox = date.approximate;
      out.dateText = date.text;
    }
    if (names.length) out.actors = names;
  } else if (d.layer === 'jurisdiction') {
    out.kind = kindOf(JURISDICTION_CUE_KINDS, d.cue, placeKind(m));
    if (/^(?:district):/.test(m.placeId) || m.featureType === 'ADMD') out.kind = 'district';
    if (/^(?:court):/.test(m.placeId) || m.featureType === 'CTHSE') out.kind = 'court';
    // Agencies in the sentence are not said to act for this place ("DEA" beside "Mexican
    // authorities"), so a jurisdiction names no actors.
  } else {
    if (d.group !== undefined) out.group = d.group;
    out.claim = d.named ? 'named after' : kindOf(CLAIM_KINDS, d.cue, 'based in');
    // A name is no claim with a period; a stated claim takes the period its sentence gives.
    const periods = d.named ? [] : findPeriods(text.slice(sentence.start, sentence.end));
    if (periods.length) out.period = periods.map((p) => p.period).join('; ');
    if (d.group) out.actors = [d.group];
  }
  return out;
}

/** How far (characters) on either side of a mention its sentence is read for dates, periods and actors. */
const SENTENCE_REACH = 600;

/** A place's own jurisdiction kind: country, state or city. */
function placeKind(m: Mention): 'country' | 'state' | 'city' {
  if (/^country:/.test(m.placeId) || /^PCL/.test(m.featureType)) return 'country';
  if (/^admin1:/.test(m.placeId) || m.featureType === 'ADM1') return 'state';
  return 'city';
}

/** The occurrence of `cue` in the sentence nearest to the mention (case-insensitive), or null. */
function locate(ctx: RoleContext, sentence: Span, m: Mention, cue: string): Span | null {
  const c = cue.toLowerCase();
  if (!c) return null;
  // The sentence in lower case, made once for all its mentions.
  const s = ctx.lowerSentence(sentence);
  let best: Span | null = null;
  let bestDistance = Infinity;
  for (let i = s.indexOf(c); i !== -1; i = s.indexOf(c, i + 1)) {
    const start = sentence.start + i;
    const end = start + cue.length;
    const distance = end <= m.start ? m.start - end : start >= m.end ? start - m.end : 0;
    if (distance < bestDistance) {
      best = { start, end };
      bestDistance = distance;
    }
  }
  return best;
}
