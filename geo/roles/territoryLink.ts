/** A territory claim in the sentence: a named group linked to the place by a cue. */
import type { Actor } from '../actors.ts';
import type { Mention, Span } from '../types.ts';
import { TERRITORY_BACKWARD, TERRITORY_FORWARD } from './cues.ts';
import type { Decision } from './describeRole.ts';

/** How far (characters) a group may sit from the place it claims. */
const TERRITORY_WINDOW = 110;

/** What may stand between a territory cue and the places it governs ("Nayarit and later the rest of Sinaloa"). */
const LIST_FILLER =
  /^(?:[\s,]|\u0000|(?:and|or|later|then|eventually|also|even|the|rest|of|parts?|much|all|most|state|states|city|cities|town|towns|areas?|region|regions|municipalit(?:y|ies)|port|ports|nearby|neighbou?ring|surrounding|border|crossings?|routes?|at|in|of|through|southern|northern|eastern|western|central|remote|rural)(?![\p{L}]))*$/iu;

/**
 * Finds "group … based in … place" or "place, home of the group" within the sentence.
 *
 * @param groups named groups and their anaphors, sorted by start
 * @param all every place mention of the text, sorted by start (other places may stand in a list between cue and place)
 * @example territoryLink(text, nayarit, sentence, groups, all)?.cue // 'based in'
 */
export function territoryLink(text: string, m: Mention, sentence: Span, groups: Actor[], all: Mention[]): Decision | null {
  // Forward: the nearest group before the place in the sentence, a cue between them, and
  // nothing between cue and place but other places and list words.
  const before = groups.filter((g) => g.end <= m.start && g.start >= sentence.start && m.start - g.end <= TERRITORY_WINDOW);
  const g = before[before.length - 1];
  if (g) {
    const between = text.slice(g.end, m.start);
    if (!/[;—]/.test(between)) {
      const cue = lastMatch(TERRITORY_FORWARD, between);
      if (cue) {
        const tail = maskMentions(text, g.end + cue.index + cue[0].length, m.start, all);
        if (LIST_FILLER.test(tail)) {
          return { layer: 'territory', cue: cue[0], group: g.name, confidence: between.length < 40 ? 0.85 : 0.7 };
        }
      }
    }
  }
  // Backward: "Nayarit, home of the H-2 cartel".
  const after = groups.find((x) => x.start >= m.end && x.end <= sentence.end && x.start - m.end <= TERRITORY_WINDOW);
  if (after) {
    const between = text.slice(m.end, after.start);
    const cue = TERRITORY_BACKWARD.exec(between);
    if (cue && !/[;—]/.test(between)) return { layer: 'territory', cue: cue[0], group: after.name, confidence: 0.75 };
  }
  return null;
}

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
function maskMentions(text: string, from: number, to: number, all: Mention[]): string {
  let out = '';
  let at = from;
  for (const o of all) {
    if (o.start < from || o.end > to) continue;
    out += text.slice(at, o.start) + '\u0000';
    at = o.end;
  }
  return out + text.slice(at, to);
}
