/**
 * Facilities named after a place: ports ("the port of Manzanillo", "Long Beach port"), border
 * crossings ("the San Ysidro port of entry", "the crossing at Nogales") and prisons ("Puente
 * Grande prison", "a federal prison in Florence"). No offline gazetteer lists them, so they are
 * read from the words around a town the geoparser already placed: the mention keeps its town
 * (and its span, which is what scorers compare), and gains `facility`, the facility's words and
 * kind, so the map can say "port of Manzanillo" at Manzanillo's point.
 *
 * Facilities whose name holds no known place ("the Altiplano prison", "Rikers Island jail") are
 * reported as unresolved names with the kind in the reason, not guessed.
 *
 * Airports and courthouses are gazetteer entries of their own (`airport:`, `court:`).
 */
import type { Lexicon } from './lexicon.ts';
import { charTest } from './charTest.ts';
import { overlapTest } from './overlaps.ts';
import type { Facility, FacilityKind, Mention, Span, Unresolved } from './types.ts';

const CROSSING =
  "(?:(?:international|border|land) )?(?:ports? of entry|port-of-entry|border crossing|crossing point|crossing|international bridge|border bridge|checkpoint)";
const PORT = '(?:sea ?port|port|harbou?r|container terminal|docks)';
const PRISON =
  "(?:(?:federal|state|county|military|maximum[- ]security|high[- ]security|top[- ]security|women['’]s) )?(?:prison|penitentiary|jail|correctional (?:center|centre|facility|institution|complex)|detention (?:center|centre|facility)|penal (?:colony|complex))";

/** Heads right after the town: "San Ysidro port of entry", "Manzanillo port", "Puente Grande prison". */
const AFTER: ReadonlyArray<[RegExp, FacilityKind]> = [
  [new RegExp(`^(?:['’]s)?[ -]${CROSSING}\\b`, 'i'), 'border crossing'],
  [new RegExp(`^(?:['’]s)?[ -]${PORT}\\b(?![ -]of[ -]entry)`, 'i'), 'port'],
  [new RegExp(`^(?:['’]s)?[ -]${PRISON}\\b`, 'i'), 'prison'],
];

/** Heads before the town: "the port of Veracruz", "the crossing at Nogales", "a prison in Florence". */
const BEFORE: ReadonlyArray<[RegExp, FacilityKind]> = [
  [new RegExp(`\\b${CROSSING} (?:in|at|near|outside|into|of|between) $`, 'i'), 'border crossing'],
  [/\b(?:sea)?port of $/i, 'port'],
  [new RegExp(`\\b${PRISON} (?:in|at|near|outside|of) $`, 'i'), 'prison'],
];

/** How far around a mention the heads are looked for, characters. */
const WINDOW = 64;

/** Featuretypes a facility can be named after: towns and counties, not countries or states. */
const TOWN = /^(?:PPL|ADM2)/;

/**
 * The facility a mention names, if the words around it make it one.
 *
 * @param text the whole text
 * @param m a resolved mention in it
 * @example facilityOf('It docked at the port of Manzanillo.', manzanillo) // { kind: 'port', text: 'port of Manzanillo', start: 17, end: 35 }
 */
export function facilityOf(text: string, m: Span & Pick<Mention, 'featureType'>): Facility | null {
  if (!TOWN.test(m.featureType)) return null;
  const after = text.slice(m.end, m.end + WINDOW);
  for (const [re, kind] of AFTER) {
    const hit = re.exec(after);
    if (hit) {
      const end = m.end + hit[0].length;
      return { kind, text: text.slice(m.start, end), start: m.start, end };
    }
  }
  const from = Math.max(0, m.start - WINDOW);
  const before = text.slice(from, m.start);
  for (const [re, kind] of BEFORE) {
    const hit = re.exec(before);
    if (hit) {
      const start = from + hit.index;
      return { kind, text: text.slice(start, m.end), start, end: m.end };
    }
  }
  return null;
}

/**
 * Adds `facility` to each mention the words around it make a facility. Returns new objects;
 * mentions without one are returned as they are.
 */
export function markFacilities<M extends Mention>(text: string, mentions: readonly M[]): M[] {
  let near: ((from: number, to: number) => boolean) | undefined; // made at the first town: some texts name none
  return mentions.map((m) => {
    if (!TOWN.test(m.featureType)) return m;
    // Every facility phrase holds a head word (FACILITY_WORDS): without one in either window, the patterns need not run.
    near ??= wordsWithin(text, FACILITY_WORDS);
    if (!near(m.end, m.end + WINDOW) && !near(m.start - WINDOW, m.start)) return m;
    const facility = facilityOf(text, m);
    return facility ? { ...m, facility } : m;
  });
}

/**
 * The head words of every facility phrase, in any case as the patterns take them: "port" (also
 * in "ports of entry", "seaport"), "harbo(u)r", "terminal", "docks", the crossings' and the
 * prisons' nouns. No two overlap, so a scan finds every occurrence.
 */
const FACILITY_WORDS = /port|crossing|bridge|checkpoint|harbo|terminal|docks|prison|penitentiary|jail|correctional|detention|penal/gi;
/** The words every NAMED match holds, as written there (lower case). */
const NAMED_WORDS = /of[ -]entry|crossing|bridge|checkpoint|prison|penitentiary|jail|correctional|detention|penal/g;

/**
 * A test of whether an occurrence of `words` lies wholly inside [from, to) of the text (clipped
 * to the text), from one scan of it.
 */
function wordsWithin(text: string, words: RegExp): (from: number, to: number) => boolean {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(words)) {
    starts.push(m.index!);
    ends.push(m.index! + m[0].length);
  }
  return (from, to) => {
    from = Math.max(0, from);
    to = Math.min(text.length, to);
    // The first occurrence starting at or after `from`: later ones end later still (no overlaps).
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length && ends[lo]! <= to;
  };
}

/** Characters a NAMED match can hold: letters, spaces, apostrophes, stops and hyphens (and, to be safe, any surrogate). */
const inNamed = charTest(/[\p{L} '’.\-]|[\uD800-\uDFFF]/u);

const NAMED = new RegExp(
  `((?:\\p{Lu}[\\p{L}'’.-]*)(?: (?:(?:de|del|la|las|los|el|of) )?\\p{Lu}[\\p{L}'’.-]*){0,3}) (?:(${CROSSING})|${PRISON})\\b`,
  'gu',
);
/** A name word this common is an ordinary word at a sentence start ("Federal prison", "The jail"). */
const COMMON = 3000;

/**
 * Facilities named by a proper name that holds no place the geoparser found: "the Altiplano
 * prison", "Rikers Island jail". Reported, with the kind in the reason, so a reader sees what
 * the map could not place.
 *
 * @param text the whole text
 * @param mentions the mentions found (a facility overlapping one is already placed)
 * @param lexicon word frequencies, to skip "The prison" and "Federal prison"
 */
export function unplacedFacilities(text: string, mentions: readonly Span[], lexicon: Lexicon): Unresolved[] {
  const out: Unresolved[] = [];
  let placed: ((x: Span) => boolean) | undefined; // built at the first hit: most texts have none
  for (const hit of namedMatches(text)) {
    const name = hit[1]!;
    const start = hit.index!;
    const end = start + name.length;
    if ((placed ??= overlapTest(mentions))({ start, end })) continue;
    const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.every((w) => lexicon.rank(w.toLowerCase().replace(/['’]s$/, '')) <= COMMON)) continue;
    const kind: FacilityKind = hit[2] !== undefined ? 'border crossing' : 'prison';
    out.push({ start, end, text: name, reason: `${kind} the gazetteer lacks ("${hit[0]}")` });
  }
  return out;
}

/**
 * `text.matchAll(NAMED)`, scanning only the stretches that can hold a match: a match is made of
 * the characters `inNamed` admits and holds one of NAMED_WORDS, so it lies inside the run of
 * such characters around an occurrence of one. The pattern runs over each such run (and the
 * character after it, which its final `\b` reads); other runs cannot hold a match, and no match
 * crosses from one run into the next, so the matches and their order are the same.
 */
function* namedMatches(text: string): Generator<RegExpMatchArray> {
  let done = 0; // the end of the last run scanned
  for (const word of text.matchAll(NAMED_WORDS)) {
    if (word.index! < done) continue;
    let from = word.index!;
    while (from > 0 && inNamed(text, from - 1)) from--;
    let to = word.index! + word[0].length;
    while (to < text.length && inNamed(text, to)) to++;
    done = to;
    const run = text.slice(from, Math.min(text.length, to + 1));
    for (const m of run.matchAll(NAMED)) {
      m.index! += from;
      yield m;
    }
  }
}
