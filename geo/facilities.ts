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
  return mentions.map((m) => {
    const facility = facilityOf(text, m);
    return facility ? { ...m, facility } : m;
  });
}

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
  for (const hit of text.matchAll(NAMED)) {
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
