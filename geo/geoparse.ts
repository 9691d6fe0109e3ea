import { markFacilities, unplacedFacilities } from './facilities.ts';
import { foldName } from './fold.ts';
import { defaultLexicon, type Lexicon } from './lexicon.ts';
import { recognize, type Recognized } from './recognize.ts';
import { phoneAreaAfter, phoneAreas } from './phoneAreas.ts';
import { resolve, type ScoredCandidate } from './resolve.ts';
import { assignRoles } from './roles.ts';
import { tokenize } from './tokens.ts';
import type { GazetteerIndex, Mention, Span, Unresolved } from './types.ts';

/** Options of {@link geoparse}. */
export interface GeoparseOptions {
  /** Keep, on each mention, the candidates the resolver weighed and why the winner won. */
  debug?: boolean;
  lexicon?: Lexicon;
  /** The article's date (`YYYY-MM-DD`), against which roles resolve relative dates ("last year"). */
  date?: string | null;
  /** When given, each stage's milliseconds are added to it (the benchmark's split by stage). */
  timings?: StageTimings;
}

/** Milliseconds spent in each stage of {@link geoparse}, summed over calls. */
export interface StageTimings {
  tokenize: number;
  recognize: number;
  resolve: number;
  roles: number;
  facilities: number;
}

/** A mention with, in debug mode, the candidates the resolver weighed. */
export type DebugMention = Mention & { via?: string; candidates?: ScoredCandidate[] };

/** What {@link geoparse} finds in one text. */
export interface GeoparseOutput {
  mentions: DebugMention[];
  unresolved: Unresolved[];
}

/**
 * Finds every place named in a text and resolves each to a gazetteer entry with coordinates.
 * Pure: the same text and gazetteer give the same answer, in Node or the browser.
 *
 * @example geoparse('He was arrested at Los Angeles International Airport.', gazetteer).mentions[0].placeId // 'airport:LAX'
 */
export function geoparse(text: string, gazetteer: GazetteerIndex, options: GeoparseOptions = {}): GeoparseOutput {
  const lexicon = options.lexicon ?? defaultLexicon;
  const timings = options.timings;
  let t = timings ? performance.now() : 0;
  const lap = (stage: keyof StageTimings) => {
    const now = performance.now();
    timings![stage] += now - t;
    t = now;
  };
  const tokens = tokenize(text);
  if (timings) lap('tokenize');
  const { names, unresolved } = recognize(text, gazetteer, lexicon, tokens);
  if (timings) lap('recognize');
  const { mentions: placed, unplaced } = place(text, names, gazetteer, options.debug ?? false);
  if (timings) lap('resolve');
  const roled = assignRoles(text, placed, undefined, options.date ?? null) as DebugMention[];
  if (timings) lap('roles');
  const mentions = markFacilities(text, roled);
  const facilities = unplacedFacilities(text, [...names, ...unresolved], lexicon, tokens);
  if (timings) lap('facilities');
  return { mentions, unresolved: [...unresolved, ...unplaced, ...facilities].sort((a, b) => a.start - b.start || a.end - b.end) };
}

/**
 * Resolves given spans (gold names, or names a user marked) as the geoparser would if it had
 * found them itself; a span the gazetteer does not know gives null.
 */
export function resolveSpans(text: string, spans: Span[], gazetteer: GazetteerIndex, options: GeoparseOptions = {}): Array<Mention | null> {
  const lexicon = options.lexicon ?? defaultLexicon;
  const { names: found } = recognize(text, gazetteer, lexicon);
  const byStart = new Map(found.map((n) => [`${n.start}:${n.end}`, n]));
  // Use the recogniser's own reading where it agrees; otherwise look the span up as a name.
  const names: Recognized[] = [];
  const index: number[] = [];
  for (const span of spans) {
    const own = byStart.get(`${span.start}:${span.end}`);
    const surface = text.slice(span.start, span.end);
    const name = own ?? lookupSpan(surface, span, gazetteer);
    index.push(name ? names.length : -1);
    if (name) names.push(name);
  }
  // Context comes from every name in the text, not only the given spans.
  const all = mergeByPosition(names, found);
  const { mentions } = place(text, all, gazetteer, false);
  const byPos = new Map(mentions.map((m) => [`${m.start}:${m.end}`, m]));
  return spans.map((span, k) => (index[k] < 0 ? null : byPos.get(`${span.start}:${span.end}`) ?? null));
}


function lookupSpan(surface: string, span: Span, gazetteer: GazetteerIndex): Recognized | null {
  const key = foldName(surface);
  let places = gazetteer.lookup(key);
  let via: Recognized['via'] = 'name';
  if (!places.length) {
    places = gazetteer.lookupDemonym(key);
    via = 'demonym';
  }
  if (!places.length) {
    places = gazetteer.lookupCode(key);
    via = 'pattern';
  }
  if (!places.length) return null;
  return { start: span.start, end: span.end, text: surface, key, via, places, initial: false };
}

function mergeByPosition(given: Recognized[], found: Recognized[]): Recognized[] {
  const taken = given.map((g) => [g.start, g.end]);
  const extra = found.filter((f) => !taken.some(([s, e]) => f.start < e && s < f.end));
  return [...given, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
}

function place(text: string, names: Recognized[], gazetteer: GazetteerIndex, debug: boolean) {
  // The states a story's phone numbers call are context, as another place named in it would be.
  const anchors = phoneAreas(text).map((a) => gazetteer.get(`admin1:${a}`)).filter((p) => p !== undefined);
  // A phone number right after a name says which state that name is in ("Huntington at 304-…").
  const phoneStates = names.map((name) => {
    const states = phoneAreaAfter(text, name.end).map((a) => gazetteer.get(`admin1:${a}`)).filter((p) => p !== undefined);
    return states.length ? states : null;
  });
  const resolutions = resolve(text, names, gazetteer, { debug, anchors, phoneStates });
  const mentions: DebugMention[] = [];
  const unplaced: Unresolved[] = [];
  names.forEach((name, k) => {
    const r = resolutions[k];
    if (!r.place) {
      unplaced.push({ start: name.start, end: name.end, text: name.text, reason: r.reason ?? 'no candidate place' });
      return;
    }
    const m: DebugMention = {
      start: name.start,
      end: name.end,
      text: name.text,
      name: r.place.name,
      lat: r.place.lat,
      lon: r.place.lon,
      placeId: r.place.id,
      featureType: r.place.featureType,
      layer: 'other',
      confidence: Math.round(r.confidence * 1000) / 1000,
    };
    if (debug) {
      m.via = name.via;
      m.candidates = r.candidates;
    }
    mentions.push(m);
  });
  return { mentions, unplaced };
}
