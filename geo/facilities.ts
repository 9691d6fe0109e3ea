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
import type { Tokens } from './tokens.ts';
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

/** Featuretypes a facility can be named after: towns and counties (PPL…, ADM2…), not countries or states. */
function isTown(featureType: string): boolean {
  return featureType.startsWith('PPL') || featureType.startsWith('ADM2');
}

/**
 * The facility a mention names, if the words around it make it one.
 *
 * @param text the whole text
 * @param m a resolved mention in it
 * @example facilityOf('It docked at the port of Manzanillo.', manzanillo) // { kind: 'port', text: 'port of Manzanillo', start: 17, end: 35 }
 */
export function facilityOf(text: string, m: Span & Pick<Mention, 'featureType'>): Facility | null {
  if (!isTown(m.featureType)) return null;
  // Most towns have no facility word beside them: the patterns run only past these tests.
  if (!mayStartAfter(text, m.end) && !mayEndBefore(text, m.start)) return null;
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
  return mentions.map((m) => {
    const facility = facilityOf(text, m);
    return facility ? { ...m, facility } : m;
  });
}

/** Words by the code of their first letter, for look-ups in the text without making strings. */
type WordTable = ReadonlyArray<readonly string[] | undefined>;

function wordTable(words: readonly string[]): WordTable {
  const byFirst: string[][] = [];
  for (const w of words) (byFirst[w.charCodeAt(0)] ??= []).push(w);
  return byFirst;
}

/** The first word of every AFTER phrase (lower case). */
const AFTER_WORDS = wordTable([
  'international', 'border', 'land', 'ports', 'port', 'crossing', 'checkpoint', 'sea', 'seaport', 'harbour', 'harbor', 'container', 'docks',
  'federal', 'state', 'county', 'military', 'maximum', 'high', 'top', 'women', 'prison', 'penitentiary', 'jail', 'correctional', 'detention', 'penal',
]);
/** The last word of every BEFORE phrase before its link (lower case): "port of entry in", "prison near", "port of". */
const BEFORE_HEADS = wordTable([
  'entry', 'crossing', 'point', 'bridge', 'checkpoint', 'port', 'seaport', 'prison', 'penitentiary', 'jail',
  'center', 'centre', 'facility', 'institution', 'complex', 'colony',
]);
/** The words that link a BEFORE phrase to the town. */
const BEFORE_LINKS = wordTable(['in', 'at', 'near', 'outside', 'into', 'of', 'between']);

/**
 * Whether an AFTER pattern could match at `at`: an optional "'s", a space or hyphen, then one of
 * AFTER_WORDS (in any case of ASCII letters, as the patterns' `i` flag takes them).
 */
function mayStartAfter(text: string, at: number): boolean {
  const q = text.charCodeAt(at);
  if ((q === 0x27 || q === 0x2019) && (text.charCodeAt(at + 1) | 0x20) === 0x73) at += 2;
  const c = text.charCodeAt(at);
  if (c !== 0x20 && c !== 0x2d) return false;
  let end = at + 1;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  return wordIn(text, at + 1, end, AFTER_WORDS);
}

/**
 * Whether a BEFORE pattern could end at `at`: one of BEFORE_HEADS, a space, one of
 * BEFORE_LINKS, a space (in any case of ASCII letters).
 */
function mayEndBefore(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 0x20) return false;
  let link = at - 1;
  while (link > 0 && isAsciiLetter(text.charCodeAt(link - 1))) link--;
  if (!wordIn(text, link, at - 1, BEFORE_LINKS) || text.charCodeAt(link - 1) !== 0x20) return false;
  let head = link - 1;
  while (head > 0 && isAsciiLetter(text.charCodeAt(head - 1))) head--;
  return wordIn(text, head, link - 1, BEFORE_HEADS);
}

/** Whether text[from, to) is one of the table's words, ASCII letters compared without case. */
function wordIn(text: string, from: number, to: number, table: WordTable): boolean {
  if (to <= from) return false;
  const words = table[text.charCodeAt(from) | 0x20];
  if (words === undefined) return false;
  for (const w of words) {
    if (w.length !== to - from) continue;
    let i = 1;
    while (i < w.length && (text.charCodeAt(from + i) | 0x20) === w.charCodeAt(i)) i++;
    if (i === w.length) return true;
  }
  return false;
}

function isAsciiLetter(c: number): boolean {
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x7a;
}

const NAMED = new RegExp(
  `((?:\\p{Lu}[\\p{L}'’.-]*)(?: (?:(?:de|del|la|las|los|el|of) )?\\p{Lu}[\\p{L}'’.-]*){0,3}) (?:(${CROSSING})|${PRISON})\\b`,
  'gu',
);
/** The words every NAMED match holds, as written there (lower case). */
const NAMED_WORDS = /of[ -]entry|crossing|bridge|checkpoint|prison|penitentiary|jail|correctional|detention|penal/g;
/**
 * NAMED_WORDS as the tokens show them, by first letter: each one's occurrence in a match starts a
 * word ("of entry" at its "entry").
 */
const NAMED_HEADS = wordTable(['entry', 'crossing', 'bridge', 'checkpoint', 'prison', 'penitentiary', 'jail', 'correctional', 'detention', 'penal']);

/** Characters a NAMED match can hold: letters, spaces, apostrophes, stops and hyphens (and, to be safe, any surrogate). */
const namedChar = charTest(/[\p{L} '’.\-]|[\uD800-\uDFFF]/u);

function inNamed(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c) || c === 0x20 || c === 0x27 || c === 0x2e || c === 0x2d;
  return namedChar(text, i);
}

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
 * @param tokens the text's words, when at hand: then its facility words are found among them instead of by a scan of the text
 */
export function unplacedFacilities(text: string, mentions: readonly Span[], lexicon: Lexicon, tokens?: Tokens): Unresolved[] {
  const out: Unresolved[] = [];
  const hits = tokens ? namedWordsIn(tokens) : [...text.matchAll(NAMED_WORDS)].map((m) => m.index!);
  if (!hits.length) return out;
  let placed: ((x: Span) => boolean) | undefined; // built at the first match: most texts have none
  for (const hit of namedMatches(text, hits)) {
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
 * such characters around an occurrence of one (`hits`, ascending offsets). The pattern runs over
 * each such run (and the character after it, which its final `\b` reads); other runs cannot hold
 * a match, and no match crosses from one run into the next, so the matches and their order are
 * the same.
 */
function namedMatches(text: string, hits: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let done = 0; // the end of the last run scanned
  for (const at of hits) {
    if (at < done) continue;
    let from = at;
    while (from > 0 && inNamed(text, from - 1)) from--;
    let to = at + 1;
    while (to < text.length && inNamed(text, to)) to++;
    done = to;
    const run = text.slice(from, Math.min(text.length, to + 1));
    NAMED.lastIndex = 0;
    for (let m = NAMED.exec(run); m !== null; m = NAMED.exec(run)) {
      m.index += from;
      out.push(m);
    }
  }
  return out;
}

/** Where the tokens start with one of NAMED_HEADS, ascending: every NAMED_WORDS occurrence inside a NAMED match is one. */
function namedWordsIn(tokens: Tokens): number[] {
  const text = tokens.text;
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const at = tokens.start[i]!;
    const heads = NAMED_HEADS[text.charCodeAt(at)];
    if (heads === undefined || tokens.end[i]! - at < 4) continue;
    for (const w of heads) {
      if (text.charCodeAt(at + 1) === w.charCodeAt(1) && text.startsWith(w, at)) {
        out.push(at);
        break;
      }
    }
  }
  return out;
}
