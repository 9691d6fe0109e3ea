/**
 * What the role rules of one article read, indexed once so that each mention's questions ("the
 * group whose name holds this place", "the last group before it in its sentence", "the mention
 * before it", "the class words of its sentence") are answered by binary search or a cached
 * look-up, not by scanning every mention or group of the article: the roles stage costs in
 * proportion to the article, however long it is (issue 9, point 7).
 */
import type { Actor } from '../actors.ts';
import { eventDatesIn, type TextDate } from '../dates.ts';
import { foldName } from '../fold.ts';
import type { Mention, Span } from '../types.ts';
import { GROUP_ANAPHOR, NEGATED_EVENT } from './cues.ts';
import { readCues, type Cue } from './sentenceCues.ts';

/** The article-wide facts the role rules use. */
export interface RoleContext {
  text: string;
  /** Every place mention, sorted by start. */
  all: Mention[];
  /** Named groups and their anaphors ("the cartel"), sorted, non-overlapping. */
  groups: Actor[];
  /** Groups and agencies as `findActors` gives them, sorted, non-overlapping. */
  actors: Actor[];
  /** Groups (with anaphors) and agencies, sorted by start: the actors a sentence names. */
  everyone: Actor[];
  /** Position of a mention in `all`. */
  indexOf(m: Mention): number;
  /** The last of `list` (sorted, non-overlapping) starting at or before `at`, or undefined. */
  lastStartingAtOrBefore<T extends Span>(list: T[], at: number): T | undefined;
  /** Index of the first of `list` (sorted by start) starting at or after `at` (list.length if none). */
  firstStartingAtOrAfter<T extends Span>(list: T[], at: number): number;
  /** The first group whose name span reads like `name` (folded), or undefined. */
  namesake(name: string): Actor | undefined;
  /** The cue words of a sentence (`readCues`), read once per sentence. */
  cues(sentence: Span): Cue[];
  /** The sentence before this one (by binary search in the sentence spans), or null. */
  previousSentence(sentence: Span): Span | null;
  /** The text of a span in lower case, made once for the last span asked. */
  lowerSentence(span: Span): string;
  /** The article's event dates (`dates.ts`), read once per article. */
  dates(articleDate: string | null): TextDate[];
  /** The first cue with one of `bits` in the article's first `chars` characters (not negated), read once per article; or null. */
  lede(chars: number, bits: number): Cue | null;
}

/**
 * Builds the context of one article.
 *
 * @param actors `findActors(text)`
 * @example roleContext(text, mentions, findActors(text)).groups.map((g) => g.name) // ['Sinaloa Cartel', 'Sinaloa Cartel']
 */
export function roleContext(text: string, mentions: readonly Mention[], actors: Actor[], spans: readonly Span[] = []): RoleContext {
  const all = [...mentions].sort((a, b) => a.start - b.start);
  const positions = new Map<Mention, number>();
  all.forEach((m, k) => positions.set(m, k));
  actors = withoutPlaces(actors, all);
  const groups = withAnaphors(text, actors);
  const everyone = mergeByStart(groups, actors.filter((a) => a.kind === 'agency'));
  const byName = new Map<string, Actor>();
  for (const g of groups) {
    if (!g.nameSpan) continue;
    const key = foldName(text.slice(g.nameSpan.start, g.nameSpan.end));
    if (!byName.has(key)) byName.set(key, g);
  }
  // Two sentences' cues at once: a mention's own and the one before it.
  const cache: Array<{ start: number; end: number; cues: Cue[] }> = [];
  const sorted = spans.every((s, k) => k === 0 || spans[k - 1].end <= s.start);
  let ledeCues: Cue[] | null = null;
  let lowered: { start: number; end: number; text: string } | null = null;
  let articleDates: { articleDate: string | null; dates: TextDate[] } | null = null;
  return {
    text,
    all,
    groups,
    actors,
    everyone,
    indexOf: (m) => positions.get(m) ?? -1,
    lastStartingAtOrBefore(list, at) {
      const k = firstStartingAfter(list, at) - 1;
      return k >= 0 ? list[k] : undefined;
    },
    firstStartingAtOrAfter: (list, at) => firstStartingAfter(list, at - 1),
    namesake: (name) => (byName.size ? byName.get(foldName(name)) : undefined),
    cues(sentence) {
      for (const c of cache) if (c.start === sentence.start && c.end === sentence.end) return c.cues;
      const entry = { start: sentence.start, end: sentence.end, cues: readCues(text, sentence.start, sentence.end) };
      cache.unshift(entry);
      if (cache.length > 2) cache.pop();
      return entry.cues;
    },
    previousSentence(sentence) {
      if (!sorted) return null;
      const k = firstStartingAfter(spans as Span[], sentence.start - 1) - 1;
      return k >= 0 && spans[k].end <= sentence.start ? spans[k] : null;
    },
    lowerSentence(span) {
      if (!lowered || lowered.start !== span.start || lowered.end !== span.end) lowered = { start: span.start, end: span.end, text: text.slice(span.start, span.end).toLowerCase() };
      return lowered.text;
    },
    dates(articleDate) {
      if (!articleDates || articleDates.articleDate !== articleDate) articleDates = { articleDate, dates: eventDatesIn(text, articleDate) };
      return articleDates.dates;
    },
    lede(chars, bits) {
      const end = Math.min(text.length, chars);
      ledeCues ??= readCues(text, 0, end);
      for (const c of ledeCues) if (c.bits & bits && !NEGATED_EVENT.test(text.slice(Math.max(0, c.start - 20), c.start))) return c;
      return null;
    },
  };
}

/** Actors found by shape alone that hold a place the geoparser found ("the Philippines", "Los Angeles") are no groups. */
function withoutPlaces(actors: Actor[], all: Mention[]): Actor[] {
  if (!actors.some((a) => a.byShape)) return actors;
  const out: Actor[] = [];
  let k = 0;
  for (const a of actors) {
    if (!a.byShape) {
      out.push(a);
      continue;
    }
    while (k < all.length && all[k].end <= a.start) k++;
    if (k < all.length && all[k].start < a.end) continue;
    out.push(a);
  }
  return out;
}

/** A crime story's words (a cheap test before the anaphors are looked for in a story that names no group). */
const CRIME_WORD = /\b(?:drugs?|narco|traffick|cartels?|gangs?|criminal|crime|smuggl|cocaine|heroin|fentanyl|meth|murder|launder|extort|kidnap)/i;

/** Index of the first of `list` (sorted by start) whose start is greater than `at`. */
function firstStartingAfter<T extends Span>(list: T[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Two lists sorted by start, merged. */
function mergeByStart(a: Actor[], b: Actor[]): Actor[] {
  const out: Actor[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++]);
  return out;
}

/**
 * Named groups plus anaphors ("the cartel") standing for the last named group before them (with
 * none before, in a crime story, a group the phrase names: "the gang"); an anaphor overlapping a
 * named group is part of its name ("the cartel de Sinaloa"). One pass over the anaphors with a
 * pointer into the named groups.
 */
function withAnaphors(text: string, actors: Actor[]): Actor[] {
  const named = actors.filter((a) => a.kind === 'group');
  if (!named.length && !CRIME_WORD.test(text)) return named;
  const anaphors: Actor[] = [];
  let k = 0; // named[0..k) end at or before the anaphor's start
  for (const m of text.matchAll(GROUP_ANAPHOR)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < named.length && named[k].end <= start) k++;
    // named[k] is the first that ends after the anaphor starts: it overlaps when it starts before the anaphor ends.
    if (k < named.length && named[k].start < end) continue;
    // With no group named before it, the phrase names a group of its own ("the gang, which was
    // based in Ilford"), by its words.
    const name = k > 0 ? named[k - 1].name : m[0].replace(/^\S+\s+/, '');
    anaphors.push({ kind: 'group', start, end, text: m[0], name });
  }
  return mergeByStart(named, anaphors);
}
